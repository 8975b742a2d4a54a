"""Compiled event cues (data/cues.yaml), one regex per (language, cue kind)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..text import ar_tolerant, fold, load_yaml

SUB_TO_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}


@dataclass
class Cues:
    lang: str
    patterns: dict[str, re.Pattern]

    def find(self, folded: str) -> dict[str, list[tuple[int, int]]]:
        out: dict[str, list[tuple[int, int]]] = {}
        for kind, rx in self.patterns.items():
            spans = [m.span() for m in rx.finditer(folded)]
            if spans:
                out[kind] = spans
        return out


def _fold_pattern(p: str) -> str:
    """A cue folded as the text is, its escapes kept as written (\\W must not become \\w)."""
    out, i = [], 0
    while i < len(p):
        if p[i] == "\\" and i + 1 < len(p):
            out.append(p[i:i + 2])
            i += 2
        else:
            out.append(fold(p[i]))
            i += 1
    return "".join(out)


def _compile(lang: str, pats: list[str]) -> re.Pattern | None:
    if not pats:
        return None
    parts = []
    for p in pats:
        p = _fold_pattern(p)
        if lang == "ar":
            parts.append(ar_tolerant(p))     # clitics glue to Arabic words: no boundaries
        elif lang == "fr":
            parts.append(r"\b(?:" + p + r")\w*")  # French inflects: accept endings
        else:
            parts.append(r"\b(?:" + p + r")\b")
    return re.compile("|".join(f"(?:{x})" for x in parts))


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    data = load_yaml((resources.files("eventwatch") / "data" / "cues.yaml").read_text(encoding="utf-8"))
    table = data.get(lang) or data["en"]
    pats = {}
    for kind, lst in table.items():
        rx = _compile(lang, lst or [])
        if rx is not None:
            pats[kind] = rx
    return Cues(lang, pats)
