"""Places a report names that no gazetteer here holds.

Conflict news happens in villages: "the central Somali town of Galcad", "le
détachement de Tin-Akoff", "بلدة جلعد". When the gazetteer lacks the village, the
report still names it, in words that say it is a place (town of X, X village,
بلدة X). Such a name is kept:

- written in Arabic, it may be a village the gazetteer holds under a Latin name only
  ("تين-أكوف" is Tin-Akoff): one entry of the report's countries that sounds the
  same (resolve/translit.py) places it;
- otherwise it is the event's `place_named`: the event stays placed where the rest of
  the report allows (a province, a town nearby), and every report naming the same
  village, in any script, tells the same place (dedupe/group.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..text import HARAKAT, fold, is_arabic
from .gazetteer import Loc, gazetteer, km
from .translit import sound_key, sounds_alike


@dataclass
class NamedPlace:
    start: int       # offset in the raw article text
    end: int
    sentence: int
    raw: str
    within: Optional[object] = None   # the place hit told right after it as what holds it ("Kuriga, Kaduna State")


# words that say a place follows ("the town of", "la localité de", "بلدة"), or precedes
_BEFORE = {
    "en": re.compile(r"\b(?:town|village|city|locality|hamlet|settlement|commune|outpost|area) of\s+$"
                     r"|\b(?:camp|base|barracks|outpost|garrison|post) (?:in|at)\s+$|\bnear\s+$"),
    "fr": re.compile(r"\b(?:ville|localite|commune|village|bourgade|hameau|detachement|camp|base|garnison|poste|brigade)"
                     r" (?:(?:de gendarmerie|de la gendarmerie|militaire|de l'armee|de police) )?(?:de |d')$|\bpres de\s+$"),
    "ar": re.compile(r"(?:^|\s)[وبلف]?(?:بلده|قريه|مدينه|بلدتي|قريتي|منطقه|معسكر|قاعده|مخيم|ثكنه|ناحيه|قرب)\s+\"?$"),
}
_AFTER = {
    # "the Galcad base", "in Njaba village"
    "en": re.compile(r"^ (?:village|town|locality|base|camp|military base|army base|barracks|outpost)\b"),
    "fr": re.compile(r"^, (?:une |un |la )?(?:petite |grande )?(?:localite|ville|commune|village|bourgade)\b"),
    "ar": re.compile(r"^$a"),   # (Arabic puts the word for the place first)
}
# "the gunmen who stormed Njaba": a raid's object, if one word ("attacked Muhammad Yasin Khalifah" is a man)
_VERB_BEFORE = re.compile(r"\b(?:stormed|attacked|raided|invaded|overran|(?:attack|raid|assault) on)\s+$")
# ("the Galcad base", "in Njaba village", not "the predominantly Shia Muslim village", "a Sahwa Council base")
_AFTER_OPENS = re.compile(r"\b(?:the|in|at|near|of)\s+$")
_EN_APPOSED = re.compile(r"^, (?:a|the) (?:[a-z]+ ){0,3}(?:town|village|locality|city|community|settlement|hamlet)\b")   # "in Galcad, a town"
# between a village and the place that holds it: ", Kaduna State", ", dans la région de Mopti", "، محافظة"
_HELD_BY = re.compile(r"^, (?:(?:dans|in) (?:le |la |l'|les |the )?(?:(?:region|province|state|district|departement|"
                      r"cercle|commune) (?:de |d'|du |of )?)?)?$")
_LATIN_NAME = re.compile(r"[A-Z][\w'’]*(?:[- ](?:[A-Z][\w'’]*|al|el))*(?:[- ][A-Z][\w'’]*)?")
# a verb with its object ("استعادها", "سيطروا عليها") or a form-X verb or noun ("استعادة")
_VERB_LIKE = re.compile(r"^(?:است\w+|\w{3,}(?:ها|هم|هما|وا))$")
_ARABIC_NEXT = re.compile(rf"[ ]([\u0621-\u064a{HARAKAT}]{{3,}})(?![\u0621-\u064a])")
_ARABIC_NAME = re.compile(rf"[\u0621-\u064a{HARAKAT}]+(?:-[\u0621-\u064a{HARAKAT}]+)?")


def find(text: str, folded: str, offset: int, sentence: int, hits: list, exclude: list[tuple[int, int]],
         lang: str) -> list[NamedPlace]:
    """Names of one sentence said to be places where the gazetteer found none."""
    from wordfreq import zipf_frequency

    from .actors import actor_dict
    from .places import _is_common, _stopwords
    before, after = _BEFORE.get(lang, _BEFORE["en"]), _AFTER.get(lang, _AFTER["en"])
    taken = [(h.start - offset, h.end - offset) for h in hits] + [(a - offset, b - offset) for a, b in exclude]
    out: list[NamedPlace] = []
    rx = _ARABIC_NAME if lang == "ar" else _LATIN_NAME
    for m in rx.finditer(text):
        s, e = m.span()
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        raw = m.group()
        if re.search(r"['’]s$", raw) or text[e:e + 2] in ("'s", "’s"):
            continue   # "Sheikh Latif al-Jari's house": a man's
        lead = folded[max(0, s - 40):s]
        # "at Kuriga, Kaduna State", "à Kassa, dans le Mopti": a place the gazetteer knows, told
        # right after it, holds it
        within = next((h for h in hits if e + 2 <= h.start - offset <= e + 26
                       and _HELD_BY.match(folded[e:h.start - offset])), None)
        cued = (within is not None and re.search(r"\b(?:in|at|a|au|dans)\s+$", lead)) or before.search(lead) or (after.match(folded[e:e + 20]) and (lang != "en" or _AFTER_OPENS.search(lead))) \
            or (lang == "en" and " " not in raw and _VERB_BEFORE.search(lead)) \
            or (lang == "en" and re.search(r"\b(?:in|at)\s+$", lead) and _EN_APPOSED.match(folded[e:e + 40]))
        if not cued:
            continue
        if lang == "ar":
            bare = re.sub(f"[{HARAKAT}]", "", raw)
            if len(bare) < 3 or zipf_frequency(bare, "ar") >= 3.3 or fold(bare) in _stopwords():
                continue   # "قاعدة عسكرية", "منطقة إقليم": a word, not a name
            if _VERB_LIKE.match(fold(bare)):
                continue   # "بلدة استعادها": a town "it took back", not a town of that name
            # a name of two words ("قرية عيل جاب"): the second is no frequent word, with or
            # without a particle glued to it ("بإقليم هيران" goes on to the province)
            nxt = _ARABIC_NEXT.match(text, e)
            if nxt:
                w = re.sub(f"[{HARAKAT}]", "", nxt.group(1))
                if zipf_frequency(w, "ar") < 4.0 and not _VERB_LIKE.match(fold(w)) and not (
                        w[0] in "وبلف" and zipf_frequency(w[1:], "ar") >= 3.3):
                    e = nxt.end()
                    raw = text[s:e]
        else:
            if _is_common(raw) or (raw.isupper() and len(raw) <= 4) or folded[s:e] in _stopwords() \
                    or folded[s:e] in actor_dict().demonyms:
                continue   # "a Somali town" names no town
        out.append(NamedPlace(offset + s, offset + e, sentence, raw, within))
    return out


# a village read by its sound lies near the other places of the report, if it names any
# ("كيمبا" in a report on Biu is no Kamba 900 km away in Kebbi)
_NEAR_OTHERS_KM = 150


def by_sound(name: str, countries: list[str], others: list[tuple[float, float]] = ()) -> Optional[Loc]:
    """The one town of the report's countries whose name sounds like `name` (an Arabic
    spelling of a village the gazetteer knows in Latin letters), if there is exactly one
    and it lies near the report's other places (`others`, towns and provinces)."""
    if not is_arabic(name) or not countries:
        return None
    key = sound_key(name)
    if len(key) < 3:
        return None   # "ديو": two consonants fit too many villages
    found: list[Loc] = []
    for cc in countries:
        for latin, loc in gazetteer().sounding(key, cc):
            if sounds_alike(name, latin, cc) and not any(km((loc.lat, loc.lon), (x.lat, x.lon)) <= 10 for x in found):
                found.append(loc)
    if len(found) != 1:
        return None
    loc = found[0]
    if others and all(km((loc.lat, loc.lon), p) > _NEAR_OTHERS_KM for p in others):
        return None
    return loc
