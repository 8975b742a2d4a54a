"""Grouping event mentions into events (one row per real event).

Two mentions are the same event when they have the same event type, dates at
most one day apart (or one undated), places within MAX_KM (or the same named
place), and compatible actors (equal, or one of them unidentified). Candidates
are blocked by day and by a ~1 degree place cell, so grouping stays near-linear.
Groups are the connected components of that relation, so the result does not
depend on the order mentions arrive in; an event's id is derived from its
smallest member id, so it is stable too.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Optional

from ..resolve.gazetteer import km

MAX_KM = 30.0


@dataclass
class MentionKey:
    mention_id: str
    event_type: str
    day: Optional[date]
    lat: Optional[float]
    lon: Optional[float]
    location: Optional[str]
    geo_precision: Optional[int]
    actor1: Optional[str]
    country: Optional[str]


def _unidentified(a: Optional[str]) -> bool:
    return not a or a.startswith("Unidentified")


def compatible(a: MentionKey, b: MentionKey) -> bool:
    if a.event_type != b.event_type:
        return False
    if a.day and b.day and abs((a.day - b.day).days) > 1:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    same_place = bool(a.location and a.location == b.location)
    if not same_place:
        if a.lat is None or b.lat is None:
            return False
        if (a.geo_precision or 3) >= 3 or (b.geo_precision or 3) >= 3:
            return False     # region-level places are too vague to merge on
        if km((a.lat, a.lon), (b.lat, b.lon)) > MAX_KM:
            return False
    if not (_unidentified(a.actor1) or _unidentified(b.actor1)) and a.actor1 != b.actor1:
        return False
    return True


def _blocks(m: MentionKey) -> list[tuple]:
    keys = []
    days = [m.day.toordinal() + d for d in (-1, 0, 1)] if m.day else [None]
    cells = ([(round(m.lat) + dx, round(m.lon) + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
             if m.lat is not None else [None])
    loc = [m.location] if m.location else []
    for d in days:
        for c in cells:
            keys.append(("c", d, c))
        for name in loc:
            keys.append(("n", d, name))
    return keys


def event_id_for(members: list[str]) -> str:
    return "ev-" + hashlib.sha1(min(members).encode()).hexdigest()[:12]


def group(mentions: list[MentionKey]) -> dict[str, str]:
    """mention_id -> event_id for a set of mentions."""
    parent = {m.mention_id: m.mention_id for m in mentions}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_block: dict[tuple, list[MentionKey]] = defaultdict(list)
    for m in mentions:
        own = ("c", m.day.toordinal() if m.day else None, (round(m.lat), round(m.lon)) if m.lat is not None else None)
        for k in _blocks(m):
            for other in by_block.get(k, []):
                if other.mention_id != m.mention_id and compatible(m, other):
                    ra, rb = find(m.mention_id), find(other.mention_id)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
        by_block[own].append(m)
        if m.location:
            by_block[("n", m.day.toordinal() if m.day else None, m.location)].append(m)
    comps: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        comps[find(m.mention_id)].append(m.mention_id)
    out = {}
    for members in comps.values():
        eid = event_id_for(members)
        for x in members:
            out[x] = eid
    return out
