"""Grouping speed: N event mentions (default 100,000) spread over a year and a
region, a third of them repeated reports of the same events; one in ten names a
village no gazetteer holds (placed at its province, so only the name joins its
reports), and one in fifty has no date (joined afterwards to the one dated event
that fits it, or to none); one in twenty is placed only at its country. Each
event has a toll (none, small, or ten and more: a high toll joins reports placed
only in their province on the same or next day).

    python benchmarks/grouping.py --mentions 100000
"""
from __future__ import annotations

import argparse
import json
import random
import time
from datetime import date, timedelta

from eventwatch.dedupe.group import MentionKey, group

TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"]


def mentions(n: int, seed: int = 3) -> list[MentionKey]:
    rnd = random.Random(seed)
    out = []
    n_events = n * 2 // 3
    for i in range(n):
        e = i if i < n_events else rnd.randrange(n_events)      # a third are other reports of earlier events
        r = random.Random(e)
        lat, lon = 10 + r.random() * 25, 20 + r.random() * 30
        jitter = (rnd.random() - 0.5) * 0.02 if i >= n_events else 0
        day = date(2024, 1, 1) + timedelta(days=r.randrange(365) + (rnd.choice([0, 1]) if i >= n_events else 0))
        etype = r.choice(TYPES)
        toll = r.choice([None, None, 0, 1, 2, 3, 5, 8, 12, 20, 35, 60])
        # place names are made-up words: their sounds collide as real names do, now and then
        name = "".join(r.choice("bdgklmnrstz") + r.choice("aeiou") for _ in range(r.choice([2, 3, 4]))).capitalize()
        if r.random() < 0.1:   # a village: the province's point, the village's name
            village = name
            out.append(MentionKey(f"m{i}", etype, day, round(lat), round(lon), f"province{round(lat)}", 3,
                                  "Unidentified Armed Group", "X", fatalities=toll, place_named=village))
            continue
        if rnd.random() < 0.05:   # placed only at the country (joined afterwards to the one event that fits)
            out.append(MentionKey(f"m{i}", etype, day, 22.0, 35.0, "X", 3, "Unidentified Armed Group", "X",
                                  fatalities=toll))
            continue
        undated = rnd.random() < 0.02
        out.append(MentionKey(f"m{i}", etype, None if undated else day, lat + jitter, lon + jitter, name, 1,
                              "Unidentified Armed Group", "X", fatalities=toll))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=100_000)
    a = ap.parse_args()
    ms = mentions(a.mentions)
    t = time.perf_counter()
    ids = group(ms)
    el = time.perf_counter() - t
    print(json.dumps({"mentions": len(ms), "events": len(set(ids.values())), "seconds": round(el, 2)}))


if __name__ == "__main__":
    main()
