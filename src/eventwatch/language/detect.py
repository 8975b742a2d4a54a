"""Language identification per article and per paragraph (CLD2 via pycld2:
~1 ms an article, no model download)."""
from __future__ import annotations

from typing import Optional

import pycld2

SUPPORTED = ("en", "fr", "ar")


def detect(text: str) -> tuple[Optional[str], float]:
    """(ISO 639-1 code or None, share of the text in that language 0..1)."""
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:
        try:
            reliable, _, details = pycld2.detect("".join(c for c in text if c.isprintable() or c in "\n\t"))
        except pycld2.error:
            return None, 0.0
    # CLD2 orders languages by the share of bytes it gave them, which a short French paragraph
    # full of names can lose to English by one point ("en" 50 % at score 495, "fr" 49 % at 905):
    # the share weighted by how well the text fits the language decides.
    found = [d for d in details if d[1] not in ("un", "xx", "xxx") and d[2] > 0]
    if not found:
        return None, 0.0
    best = max(found, key=lambda d: d[2] * d[3])
    return best[1].split("-")[0], best[2] / 100.0


def language_name(code: str) -> str:
    try:
        import pycountry
        lang = pycountry.languages.get(alpha_2=code)
        return lang.name if lang else code
    except Exception:
        return code
