"""Query speed of the API's SQL over a large generated store.

Builds a store of N events (default 1,000,000) directly in DuckDB — random types,
days over five years, places over Africa and the Middle East, a few mentions per
event — then times the queries the web page sends: a filtered, sorted page of the
list and the weekly counts for the timeline (median of repeated runs).

    python benchmarks/serve.py --events 1000000
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from datetime import date

import duckdb

from eventwatch.serve import query as Q
from eventwatch.store.db import SCHEMA


def build(path: str, n: int) -> None:
    con = duckdb.connect(path)
    con.execute(SCHEMA)
    con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS text VARCHAR")
    con.execute(f"""
        INSERT INTO events
        SELECT 'ev-' || lpad(CAST(i AS VARCHAR), 12, '0'),
               DATE '2020-01-01' + CAST(floor(random() * 1826) AS INTEGER), 1,
               (['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots',
                 'Strategic developments'])[1 + CAST(floor(random() * 6) AS INTEGER)],
               'Attack',
               (['Islamic State', 'Al Shabaab', 'Unidentified Armed Group (Mali)', 'Military Forces of Sudan',
                 'Protesters (Kenya)'])[1 + CAST(floor(random() * 5) AS INTEGER)],
               NULL, CASE WHEN random() < 0.2 THEN 'Islamic State' END,
               'Town ' || CAST(i % 5000 AS VARCHAR), 'Province', 
               (['Iraq', 'Syria', 'Somalia', 'Mali', 'Nigeria', 'Sudan', 'Yemen', 'Kenya'])[1 + CAST(i % 8 AS INTEGER)],
               -5 + random() * 45, -15 + random() * 65, 1,
               CAST(floor(random() * 10) AS INTEGER), 0, 10, 3, 3, 'en', now(), now(),
               1 + CAST(floor(random() * 4) AS INTEGER), 'Outlet', random() < 0.5
        FROM range({n}) t(i)""")
    con.close()


def timed(fn, repeat: int = 7) -> float:
    fn()   # warm
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.duckdb")
        t = time.perf_counter()
        build(path, args.events)
        built = time.perf_counter() - t
        con = duckdb.connect(path, read_only=True)
        f = Q.Filters(start=date(2022, 1, 1), end=date(2022, 12, 31), country="Somalia", event_type="Battles",
                      min_sources=2)
        fb = Q.Filters(bbox=(30.0, 0.0, 45.0, 15.0), actor="Shabaab")
        out = {
            "machine": f"{platform.machine()} {platform.python_version()} {os.cpu_count()} cores",
            "events": args.events, "build_s": round(built, 1),
            "list_filtered_ms": round(1000 * timed(lambda: Q.list_events(con, f, "date", "desc", 50, 0)), 1),
            "list_bbox_actor_ms": round(1000 * timed(lambda: Q.list_events(con, fb, "fatalities", "desc", 50, 0)), 1),
            "list_unfiltered_page_ms": round(1000 * timed(lambda: Q.list_events(con, Q.Filters(), "date", "desc", 50,
                                                                                  1000)), 1),
            "list_text_search_ms": round(1000 * timed(lambda: Q.list_events(con, Q.Filters(q="Town 4242"), "date",
                                                                              "desc", 50, 0)), 1),
            "counts_week_all_ms": round(1000 * timed(lambda: Q.counts(con, Q.Filters(), "week")), 1),
            "counts_week_filtered_ms": round(1000 * timed(lambda: Q.counts(con, f, "week")), 1),
            "counts_type_ms": round(1000 * timed(lambda: Q.counts(con, Q.Filters(), "type")), 1),
        }
        con.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
