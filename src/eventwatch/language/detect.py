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
    code = details[0][1]
    if code in ("un", "xx", "xxx"):
        return None, 0.0
    return code.split("-")[0], details[0][2] / 100.0


def language_name(code: str) -> str:
    try:
        import pycountry
        lang = pycountry.languages.get(alpha_2=code)
        return lang.name if lang else code
    except Exception:
        return code
