"""Cleaning: from raw text (or HTML) to the paragraphs that carry the report.

Cascade, each step recording why it removed a line:
 1. HTML goes through trafilatura (main-text extraction, drops figcaptions and
    share links); its output is the article text that offsets refer to.
 2. Page furniture lines (data/boilerplate.yaml) are removed.
 3. Lone labels (one or two words, no sentence punctuation: "TV", "Monde") are removed,
    and so is a line that repeats an earlier one word for word.
 4. Paragraphs in another language than the body (a stray caption from another
    story) are removed.
 5. The first short unpunctuated line before the body is kept as the title.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Optional, Union


from ..language.detect import SUPPORTED, detect, language_name
from ..records import TITLE_BASE, Article, CleanArticle, Drop, Segment
from ..text import fold, load_yaml


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    path = resources.files("eventwatch") / "data" / "boilerplate.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    full = [re.compile(p, re.I) for p in data.get("fullmatch", [])]
    cont = [re.compile(p, re.I | re.M) for p in data.get("contains", [])]
    related = [re.compile(p, re.I) for p in data.get("related", [])]
    return full, cont, related


def _opens_related(line: str) -> bool:
    """A heading of a box of other stories' headlines ("أخبار متعلقة", "Related stories")."""
    return any(p.fullmatch(line) for p in _patterns()[2])


def html_to_text(html: str) -> Optional[str]:
    import trafilatura
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True, deduplicate=True)
    except Exception:   # trafilatura raises assorted parser errors on broken pages
        return None
    if not text or len(text.split()) < 15:
        return None
    return text


def html_published(html: str) -> Optional[str]:
    import trafilatura
    try:
        meta = trafilatura.extract_metadata(html)
    except Exception:
        return None
    d = getattr(meta, "date", None) if meta else None
    return d[:10] if d else None


def _is_furniture(line: str) -> Optional[str]:
    full, cont, _ = _patterns()
    s = line.strip()
    for p in full:
        if p.fullmatch(s):
            return "boilerplate"
    for p in cont:
        if p.search(s):
            return "photo credit or rights line"
    words = s.split()
    if len(words) <= 2 and not re.search(r"[.!?؟:]$", s) and len(s) < 25:
        return "lone label"
    return None


_TERMINAL = re.compile(r"[.!?؟\"»”]\s*$")
# A dateline names where the report was filed, not where the event was:
# "KADUNA, Nigeria (Reuters) — ...", "BAMAKO - ...", "الموصل – ..."
# "BAGHDAD —", "GAO, Mali -", "BAGHDAD, Feb 3 (Reuters) -", "MOGADISHU, Somalia, June 5 (AP) —", "QUETTA:",
# "KINSHASA, Oct. 26, (Xinhua/GNA) —",
# "Bamako, Nov 2 (IANS) At least ..."
# and "Mogadishu (AFP) —": a city in mixed case needs its agency in brackets
_DATELINE = re.compile(# several cities and the agencies, read whole: "جاكرتا - سيدني - لندن - وكالات: انفجرت سيارتان"
                       r"^[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{3,})?(?:\s*[-–—]\s*[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{3,})?){1,5}:"
                       r"(?:\s+(?=[\u0621-\u064a])|\s*$)|"
                       r"^(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}(?:,\s*[A-Za-zÀ-ÿ0-9' .\-]{2,30}){0,2}(?:,?\s*\([^)]{2,30}\))?"
                       r"|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÿ'’.\- ]{2,40}(?:,\s*[A-Za-zÀ-ÿ0-9' .\-]{2,30}){0,2}\s*\([A-Z][^)]{1,29}\)"
                       # ("Dakar, Senegal — Separatist rebels in northern Mali said ...": a town, its country, an em dash)
                       r"|[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+){0,2}"
                       r"(?:,\s*[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+){0,2})?(?=\s*—|\s-\s+[A-ZÀ-ÖØ-Þ])"
                       # (or a spaced hyphen before a capital: "Rabat - Deux touristes ...")
                       # (after the outlet's name: "أخبار الآن | ياوندي – الكاميرون (أ ف ب)")
                       r"|(?:[\u0600-\u06FF ]{2,30}\|\s*)?[\u0600-\u06FF]+(?: [\u0600-\u06FF]+){0,2}(?:\s*\([^)]{2,30}\))?)"
                       r"\s*[—–-]{1,2}\s+"
                       # a byline with the reporter's town: "From Scholastica Hir, Makurdi", "Par Jean Dupont, à Niamey"
                       r"|^(?:From|By|Par|De)\s+[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]+){0,3},\s*(?:à\s+|in\s+)?"
                       r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?\s*$"
                       # "نيروبي ـ د.ب.أ: ذكر مسؤولون": a city, a tatweel for a dash, the agency
                       r"|^[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}\s+\u0640\s+(?:[\u0621-\u064a.]{2,10}:\s*)?"
                       # "QUETTA: At least 52 people ...", "MOGADISHU (AFP): ...": a city in capitals and a colon
                       r"|^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}(?:\s*\([^)]{2,30}\))?:\s+(?=[A-Z0-9])"
                       # ... or in Arabic with its agency in brackets and no dash: "مقديشو (وكالات) قتل 20 شخصا"
                       r"|^[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{3,}){0,2}\s*\([^)]{2,30}\)\s+(?=[\u0621-\u064a])"
                       # ... or in Arabic: "كانو: قتل 45 قرويا", "ياوندي: قتل ستة قرويين"
                       r"|^[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{3,})?:\s+(?=[\u0621-\u064a])"
                       # ... or in mixed case, a story's first words a number or a capital: "Peshawar: At least 25"
                       r"|^[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+)?:\s+(?=(?:At least|Au moins|[0-9]|[A-Z][a-z]+ [a-z]))"
                       # "Reuters, Sanaa :At least 27 people ...": the agency, the city, a colon
                       r"|^(?:Reuters|AFP|AP|Xinhua|Anadolu|IANS|PTI|UNI|APP|Bernama|Kyodo|dpa|EFE|ANSA|SPA|WAM|KUNA|QNA|MENA|SANA),\s*"
                       r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+)?\s*:\s*(?=[A-Z0-9])"
                       # "Bamako, Nov 2 At least 53 soldiers ...": a city, a month and a day, no dash
                       r"|^[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+(?: [A-ZÀ-ÖØ-Þ][a-zà-ÿ'’]+){0,2},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                       r"[a-z]*\.?\s+\d{1,2}(?:\s*\([^)]{2,30}\))?\s+(?=[A-Z0-9])"
                       # "سبها 14 مارس 2019 / قتل ...": a city, the day, month and year, a slash or a dash
                       r"|^[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}\s+[0-9\u0660-\u0669]{1,2}\s+[\u0621-\u064a]+"
                       r"(?:\s*/\s*[\u0621-\u064a]+(?: [\u0621-\u064a]+)?)?\s+[0-9\u0660-\u0669]{4}\s*[/—–-]\s*")


# a dateline whose city is written in capitals ("PESHAWAR, Pakistan - ", "QUETTA: ")
_CAPITALS = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}\b(?=[,:(\s—–-])")


# the dateline opens the body, after at most this many lines of page furniture (headlines, byline,
# date, captions)
_DATELINE_WITHIN = 10


def _headline(rest: str) -> bool:
    """What follows a dateline-like opening is a headline: no closing stop, five words or more, most
    of them capitalised (English headlines capitalise each word; a story's sentence does not)."""
    words = [w for w in rest.split() if w[:1].isalpha()]
    return not _TERMINAL.search(rest) and len(words) >= 5 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def clean(article: Article) -> Union[CleanArticle, Drop]:
    if article.html is not None:
        text = html_to_text(article.html)
        if text is None:
            return Drop(article.source, "HTML holds no article text", article.id)
        if not article.published:
            article.published = html_published(article.html)
        article.text = text
    raw = article.text.replace("\r\n", "\n").replace("\r", "\n")
    if raw != article.text:
        article.text = raw
    removed: list[tuple[str, str]] = []
    lines: list[Segment] = []
    pos = 0
    related = False   # inside a box of other stories' headlines
    # (a scraped page prints its headline or a caption twice: the second is no sentence of its own,
    # and would part the headline from the lead that tells its day)
    seen: set[str] = set()
    for line in raw.split("\n"):
        start = pos
        pos += len(line) + 1
        s = line.strip()
        if not s:
            continue
        if _opens_related(s):
            related = True
            removed.append((s, "heading of other stories"))
            continue
        if related and not _TERMINAL.search(s):
            removed.append((s, "another story's headline"))
            continue
        related = False
        why = _is_furniture(s) or ("repeats an earlier line" if s in seen else None)
        if why:
            removed.append((s, why))
            continue
        seen.add(s)
        lines.append(Segment(s, start + (len(line) - len(line.lstrip()))))
    if not lines:
        return Drop(article.source, "no article text left after removing boilerplate", article.id)

    # The article's language is the one most of its text is written in, paragraph by
    # paragraph, so a long caption in another language cannot outvote the report.
    para_lang: dict[int, tuple] = {}
    weight: dict[str, int] = {}
    for i, seg in enumerate(lines):
        if len(seg.text) >= 40:
            para_lang[i] = detect(seg.text)
            if para_lang[i][0]:
                weight[para_lang[i][0]] = weight.get(para_lang[i][0], 0) + len(seg.text)
    if article.lang:
        lang = article.lang
    elif weight:
        lang = max(weight, key=weight.get)
    else:
        lang, _ = detect(" ".join(seg.text for seg in lines))
    if lang is None:
        return Drop(article.source, "language could not be identified", article.id)
    if lang not in SUPPORTED:
        return Drop(article.source, f"language '{lang}' ({language_name(lang)}) is not supported "
                                    f"(supported: {', '.join(SUPPORTED)})", article.id)
    kept: list[Segment] = []
    for i, seg in enumerate(lines):
        seg.lang = lang
        if i in para_lang:
            plang, pshare = para_lang[i]
            if plang and plang != lang and pshare >= 0.7:
                # A paragraph in another language inside a report is almost always a
                # caption or embed from elsewhere (the founding example's English caption).
                removed.append((seg.text, f"paragraph in another language ({plang}) than the article ({lang})"))
                continue
            seg.lang = plang or lang
        kept.append(seg)
    if not kept:
        return Drop(article.source, "no article text left after removing other-language paragraphs", article.id)
    # Title: a first line without sentence punctuation, followed by more text.
    first = kept[0]
    head = _DATELINE.match(first.text)
    # (a first line that is only a dateline, "أخبار الآن | ياوندي – الكاميرون (أ ف ب)", is no title)
    dateline_only = head is not None and len(first.text[head.end():].split()) <= 4
    if len(kept) > 1 and not _TERMINAL.search(first.text) and len(first.text.split()) >= 3 and len(first.text) < 250 \
            and not dateline_only:
        first.is_title = True
    # A title given apart from the text (JSONL "title") is read too, unless the text repeats it.
    title = (article.title or "").strip()
    if title and fold(title[:60]) not in fold(raw[:400]) and len(title) < 300:
        kept.insert(0, Segment(title, TITLE_BASE, lang, is_title=True))
    datelines = []
    passed = 0   # long lines passed over: then only a city in capitals opens the story
    for seg in kept[:_DATELINE_WITHIN]:
        if seg.is_title:
            continue
        m = _DATELINE.match(seg.text)
        if m and _headline(seg.text[m.end():]):
            continue   # a second headline in title case ("Kalapur Ambush: 12 Guards Killed By ..."): its
            # topic and colon are no town's dateline; the story's own may follow
        if m and passed and not _CAPITALS.match(seg.text):
            break
        if m:
            datelines.append((seg.start, seg.start + m.end()))
            if len(seg.text[m.end():].split()) <= 4:
                continue   # a line of furniture only ("ا ف ب - الأمة برس"): the story's dateline may follow
        elif len(seg.text.split()) <= 20 and not _TERMINAL.search(seg.text):
            # a photo's caption between the title and the dateline ("Des forces armées du Niger"), a
            # second headline, a byline, the page's date or a ticker ("AVN 63.60 Increased By ▲ 1.85")
            continue
        elif passed < 1:
            # a long caption ("A view of the mountains near the dam from the highway ..."): the
            # story may open on the next line, "PESHAWAR, Pakistan - Five engineers were killed"
            passed += 1
            continue
        break
    return CleanArticle(article, kept, lang, removed, datelines)
