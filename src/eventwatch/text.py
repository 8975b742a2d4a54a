"""Length-preserving text folding and tokenisation shared by every stage.

`fold` maps each character to one character (lowercase, Latin diacritics
stripped, Arabic letter variants unified, typographic quotes straightened), so
a match found in folded text has the same offsets in the original text: that
is what lets every field point back to the source words.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

_ARABIC = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "ک": "ك", "ی": "ي", "،": ",", "؛": ";", "؟": "?",
}
_PUNCT = {"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"',
          "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "ـ": "-"}


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    if c in _ARABIC:
        return _ARABIC[c]
    if c in _PUNCT:
        return _PUNCT[c]
    if c.isascii():
        return c.lower()
    low = c.lower()
    if len(low) != 1:
        return c
    base = unicodedata.normalize("NFKD", low)[0]
    if base.isascii() and base.isalpha():
        return base
    if low in "ßæœøłđı":
        return {"ß": "s", "æ": "a", "œ": "o", "ø": "o", "ł": "l", "đ": "d", "ı": "i"}[low]
    return low


def fold(s: str) -> str:
    """Lowercase, strip diacritics, unify Arabic forms; same length as `s`."""
    return "".join(_fold_char(c) for c in s)


TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)


def tokens(folded: str) -> Iterator[tuple[str, int, int]]:
    for m in TOKEN_RE.finditer(folded):
        yield m.group(), m.start(), m.end()


def key(name: str) -> str:
    """The lookup key of a name: folded tokens joined by one space."""
    return " ".join(t for t, _, _ in tokens(fold(name)))


ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# Arabic proclitics glued to the next word: wa- (and), bi- (in/with), li- (for), fa-,
# and their combinations; tried when a token is not found as it stands.
AR_PROCLITICS = ("وبال", "وال", "بال", "فال", "لل", "وب", "ول", "و", "ب", "ل", "ف")


def is_arabic(s: str) -> bool:
    return bool(ARABIC_RE.search(s))
