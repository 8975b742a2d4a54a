"""Shards: a slice of the input processed by one worker, written as one Parquet file.

A shard's name is derived from the content hashes of its articles, so the same
slice of the same input always maps to the same file: a shard already on disk is
not processed again (a rerun after a crash resumes), and a shard whose worker died
is simply missing and gets redone. Files appear whole or not at all (written to a
temporary name, then renamed).
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path
from typing import Optional

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import Article, Event, Result, Span

_COLUMNS = ["id", "content_hash", "source", "url", "title", "lang", "published", "dropped", "outlet",
            "outlet_kind", "signature", "text", "events"]


def shard_name(articles: list[Article]) -> str:
    h = hashlib.sha256("\n".join(a.content_hash for a in articles).encode()).hexdigest()[:20]
    return f"shard-{h}.parquet"


def to_table(results: list[Result]) -> pa.Table:
    cols: dict[str, list] = {c: [] for c in _COLUMNS}
    for r in results:
        for c in _COLUMNS[:10]:
            cols[c].append(getattr(r, c))
        cols["signature"].append(r.signature.tobytes() if r.signature is not None else None)
        cols["text"].append(r.text)
        cols["events"].append(json.dumps([e.to_dict() for e in r.events], ensure_ascii=False))
    schema = pa.schema([(c, pa.binary() if c == "signature" else pa.string()) for c in _COLUMNS])
    return pa.table(cols, schema=schema)


def from_table(table: pa.Table) -> list[Result]:
    import numpy as np
    out = []
    for row in table.to_pylist():
        events = []
        for d in json.loads(row["events"] or "[]"):
            d["evidence"] = [Span(**s) for s in d.get("evidence", [])]
            events.append(Event(**d))
        sig = np.frombuffer(row["signature"], dtype=np.uint64) if row["signature"] else None
        out.append(Result(id=row["id"], events=events, lang=row["lang"], published=row["published"],
                          title=row["title"], url=row["url"], source=row["source"] or "",
                          content_hash=row["content_hash"] or "", dropped=row["dropped"], outlet=row["outlet"],
                          outlet_kind=row["outlet_kind"], signature=sig, text=row["text"]))
    return out


def process_shard(articles: list[Article], directory: str, today: Optional[str] = None) -> str:
    """The worker's task: run the pipeline on a slice and write its shard; returns its path.
    Runs in a Dask worker process (local or remote), so it imports what it needs."""
    from ..pipeline import process
    path = Path(directory) / shard_name(articles)
    if path.exists():
        return str(path)     # done by an earlier run
    day = date.fromisoformat(today) if today else None
    results = [process(a, day) for a in articles]
    tmp = path.with_name(path.name + f".{os.getpid()}.part")
    pq.write_table(to_table(results), tmp)
    os.replace(tmp, path)
    return str(path)


def read_shard(path: str) -> list[Result]:
    return from_table(pq.read_table(path))
