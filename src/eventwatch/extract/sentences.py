"""Sentence splitting that keeps offsets into the raw article text."""
from __future__ import annotations

import re

from ..records import CleanArticle, Sentence

# A sentence ends at . ! ? ؟ followed by space and a capital, digit, quote or Arabic letter;
# common abbreviations (U.S., Gen., Jan.) do not end sentences.
# (and at one followed straight by an Arabic letter after a word, a space lost in scraping: "مساء
# الاثنين.وقال"; not in letters standing for words, "د.ب.أ")
_END = re.compile(r"(?<=[.!?؟])[\"'»”)]*\s+(?=[\"'«“(]?[A-ZÀ-ÖØ-Þ0-9\u0600-\u06FF])"
                  r"|(?<=[\u0621-\u064a\d]{2}[.!?؟])(?=[\u0621-\u064a])")
_ABBR = re.compile(r"(\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
                   r"Nov|Dec|No|vs|etc|Mt|Brig|Cpl|Pvt|Rep|Sen|Gov|Prof|M|Mme|Cie|approx|Jr|Sr|Inc|Co|al|"
                   r"janv|févr|fév|avr|juil|sept|oct|nov|déc)\.)$")


# "a roadside bomb killed three soldiers in Mosul, while gunmen shot dead an official in
# Kirkuk": one sentence, two incidents. Split where such a joint stands between two
# clauses that each tell violence.
_WEAPON_SUBJECT = (r"(?:bombs?|car bombs?|roadside bombs?|suicide bombers?|gunmen|mortars?|rockets?|drones?|"
                   r"explosive devices?|ieds?|grenades?|snipers?|attackers?|militants?|assailants?|air ?strikes?)")
_JOINT = re.compile(r",\s+(?:while|whereas|and in (?:a )?(?:separate|another) (?:incident|attack))\s+|"
                    # "..., and a roadside bomb killed two soldiers in Dora": a new doer, a new incident
                    rf",\s+and\s+(?=(?:a|an|another|two|three|four|\d+)\s+(?:[\w-]+\s+)?{_WEAPON_SUBJECT}\b)|"
                    r";\s+(?:(?:and\s+)?in (?:a )?(?:separate|another) (?:incident|attack),?|elsewhere,?|meanwhile,?)\s+"
                    r"|,\s+(?:tandis que|alors qu(?:e|'))\s*|،?\s+(?:فيما|بينما)\s+")
_VIOLENT = re.compile(r"\b(?:kill\w*|shot|attack\w*|bomb\w*|explo\w*|detonat\w*|clash\w*|abduct\w*|kidnap\w*|"
                      r"tu(?:e|es|ee|ant)\b|attaqu\w*|enlev\w*|affront\w*)|قتل|مقتل|هجوم|انفجار|اشتباك|اختطاف",
                      re.IGNORECASE)


# the second clause names a place of its own ("... in Kirkuk"): a separate incident, not
# the same one's other victims ("killing 3 soldiers, while 2 attackers were also killed")
_OWN_PLACE = re.compile(r"\b(?:in|at|near|outside|à|dans|près de|pres de)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
                        r"[A-ZÀ-ÖØ-Þ]|في (?:مدينه|مدينة|بلده|بلدة|قريه|قرية|محافظه|محافظة|منطقه|منطقة)")


def _clauses(sent: Sentence) -> list[Sentence]:
    m = _JOINT.search(sent.text)
    if not m or not _VIOLENT.search(sent.text[:m.start()]) or not _VIOLENT.search(sent.text[m.end():]) \
            or not _OWN_PLACE.search(sent.text[m.end():]):
        return [sent]
    a = sent.text[:m.start()].rstrip()
    b = sent.text[m.end():]
    return [Sentence(a, sent.start, sent.start + len(a), sent.para, sent.is_title),
            Sentence(b, sent.start + m.end(), sent.end, sent.para, sent.is_title, clause=1)]


def split(article: CleanArticle) -> list[Sentence]:
    return [c for s in _split(article) for c in _clauses(s)]


def _split(article: CleanArticle) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, seg in enumerate(article.segments):
        text = seg.text
        last = 0
        for m in _END.finditer(text):
            if _ABBR.search(text[last:m.start()]):
                continue
            chunk = text[last:m.start()].strip()
            if chunk:
                s = last + (len(text[last:m.start()]) - len(text[last:m.start()].lstrip()))
                out.append(Sentence(chunk, seg.start + s, seg.start + s + len(chunk), pi, seg.is_title))
            last = m.end()
        chunk = text[last:].strip()
        if chunk:
            s = last + (len(text[last:]) - len(text[last:].lstrip()))
            out.append(Sentence(chunk, seg.start + s, seg.start + s + len(chunk), pi, seg.is_title))
    return out
