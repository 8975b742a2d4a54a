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


# Arabic short vowels and marks (harakat), written now and then on exactly the words
# that matter ("قُتل", killed): inside a word, not separators; ignored when matching.
HARAKAT = "\u064B-\u0652\u0670"
_HARAKAT_RE = re.compile(f"[{HARAKAT}]")
# (a compass word glued to the next word by a scraper, "جنوبيالفلبين", is two tokens: "southern", "the
# Philippines")
TOKEN_RE = re.compile(f"(?:جنوبي|شمالي|شرقي|غربي)(?=ال[\u0621-\u064a]{{2}})|[^\\W_](?:[^\\W_]|[{HARAKAT}])*", re.UNICODE)


def tokens(folded: str) -> Iterator[tuple[str, int, int]]:
    """(token, start, end) in the folded text; a token's text has no harakat."""
    for m in TOKEN_RE.finditer(folded):
        t = m.group()
        yield (_HARAKAT_RE.sub("", t) if "\u064b" <= max(t) else t), m.start(), m.end()


def ar_tolerant(pattern: str) -> str:
    """A regex over folded Arabic that also matches with harakat between the letters:
    an optional run of marks after every Arabic letter outside character classes. The
    pattern's own letters are folded as the text is ("مسؤولية" is matched as "مسوولية")."""
    out, in_class, esc = [], False, False
    for c in pattern:
        if "\u0621" <= c <= "\u06ff" and c in _ARABIC:
            c = _ARABIC[c]
        out.append(c)
        if esc:
            esc = False
        elif c == "\\":
            esc = True
        elif c == "[":
            in_class = True
        elif c == "]":
            in_class = False
        elif not in_class and "\u0621" <= c <= "\u064a":
            out.append(f"[{HARAKAT}]*")
    return "".join(out)


def key(name: str) -> str:
    """The lookup key of a name: folded tokens joined by one space."""
    return " ".join(t for t, _, _ in tokens(fold(name)))


ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# Arabic proclitics glued to the next word: wa- (and), bi- (in/with), li- (for), fa-,
# and their combinations; tried when a token is not found as it stands.
AR_PROCLITICS = ("وبال", "وال", "بال", "فال", "لل", "وب", "ول", "و", "ب", "ل", "ف")


def is_arabic(s: str) -> bool:
    return bool(ARABIC_RE.search(s))


def load_yaml(source):
    """A data file's YAML, parsed by libyaml's C loader when PyYAML has it (five to ten times
    faster than the pure-Python one on the gazetteer and actor files: start-up time)."""
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(source, Loader=loader)  # noqa: S506 - a safe loader
