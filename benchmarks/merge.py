"""How fast the single writer stores results (the merge step of a parallel run).

Processes a few hundred generated articles once, then stores copies of their
results (new keys each) into a fresh DuckDB store in batches of a shard (200),
and groups them: articles stored per second bounds how many workers one writer
can keep up with.

    python benchmarks/merge.py --articles 20000
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from throughput import corpus  # noqa: E402

from eventwatch.pipeline import process  # noqa: E402
from eventwatch.records import Article  # noqa: E402
from eventwatch.store.db import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    a = ap.parse_args()
    base = [process(Article(id=d["id"], text=d["text"], published=d["published"])) for d in corpus(300)]
    with tempfile.TemporaryDirectory() as tmp:
        st = Store(os.path.join(tmp, "m.duckdb"))
        t = time.perf_counter()
        batch = []
        for i in range(a.articles):
            r = base[i % len(base)]
            batch.append(dataclasses.replace(r, id=f"{r.id}-{i}", content_hash=f"{i:064x}"))
            if len(batch) == 200:
                st.add_many(batch)
                batch = []
        if batch:
            st.add_many(batch)
        stored = time.perf_counter() - t
        t = time.perf_counter()
        st.regroup()
        grouped = time.perf_counter() - t
        st.close()
    print(json.dumps({"articles": a.articles, "store_s": round(stored, 1),
                      "stored_articles_per_s": round(a.articles / stored), "group_s": round(grouped, 1)}))


if __name__ == "__main__":
    main()
