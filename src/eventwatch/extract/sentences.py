"""Sentence splitting that keeps offsets into the raw article text."""
from __future__ import annotations

import re

from ..records import CleanArticle, Sentence

# A sentence ends at . ! ? ؟ followed by space and a capital, digit, quote or Arabic letter;
# common abbreviations (U.S., Gen., Jan.) do not end sentences.
_END = re.compile(r"(?<=[.!?؟])[\"'»”)]*\s+(?=[\"'«“(]?[A-ZÀ-ÖØ-Þ0-9\u0600-\u06FF])")
_ABBR = re.compile(r"(\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
                   r"Nov|Dec|No|vs|etc|Mt|Brig|Cpl|Pvt|Rep|Sen|Gov|Prof|M|Mme|Cie|approx|Jr|Sr|Inc|Co|al)\.)$")


def split(article: CleanArticle) -> list[Sentence]:
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
