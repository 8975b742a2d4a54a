"""Which outlet published an article: from its URL's domain, or from the source
and credit lines scraped text carries ("SOURCE: FRENCH PRESS TV", "(AFP)").
Outlets are data (data/outlets.yaml): name, country, languages, kind, party."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional
from urllib.parse import urlparse

from ..text import fold, load_yaml


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str               # wire | independent | state | partisan | aligned
    country: str = ""
    party: str = ""

    @property
    def independent(self) -> bool:
        return self.kind in ("wire", "independent")


@lru_cache(maxsize=1)
def _rows() -> list[dict]:
    return load_yaml((resources.files("eventwatch") / "data" / "outlets.yaml").read_text(encoding="utf-8")) or []


def names() -> list[str]:
    """Every outlet's name and the markers texts name it by ("Al Jazeera", "الجزيرة")."""
    return [n for o in _rows() for n in [o["name"], *(o.get("markers") or [])]]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Outlet], list[tuple[re.Pattern, Outlet]]]:
    by_domain: dict[str, Outlet] = {}
    markers: list[tuple[re.Pattern, Outlet]] = []
    for o in _rows():
        outlet = Outlet(o["name"], o["kind"], o.get("country", ""), o.get("party", ""))
        for d in o.get("domains") or []:
            by_domain[d.lower()] = outlet
        for m in sorted(o.get("markers") or [], key=len, reverse=True):
            markers.append((re.compile(r"(?<![\w])" + re.escape(fold(m)) + r"(?![\w])"), outlet))
    markers.sort(key=lambda x: -len(x[0].pattern))
    return by_domain, markers


_SOURCE_LINE = re.compile(r"^\s*(?:source|sources|credit|المصدر)\s*:\s*(?P<who>.+)$", re.I | re.M)
_CREDIT = re.compile(r"\((?P<who>[^()]{2,40})\)\s*[-—–]|^[A-Z .,'-]{3,40}\((?P<who2>[^()]{2,30})\)", re.M)


def detect(url: Optional[str], text: str) -> Optional[Outlet]:
    by_domain, markers = _table()
    if url:
        host = (urlparse(url).netloc or "").lower().split(":")[0]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            cand = ".".join(parts[i:])
            if cand in by_domain:
                return by_domain[cand]
        for d, o in by_domain.items():       # paths like t.me/name
            if "/" in d and d in url:
                return o
    for rx in (_SOURCE_LINE, _CREDIT):
        for m in rx.finditer(text[:20000]):
            who = fold(m.group("who") if m.groupdict().get("who") else m.group("who2") or "")
            for pat, o in markers:
                if pat.search(who):
                    return o
    return None
