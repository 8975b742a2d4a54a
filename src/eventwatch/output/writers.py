"""Writing results: JSON Lines (the batch contract), CSV in ACLED's columns, Parquet."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Iterable, Optional

from ..records import Event, Result

# ACLED's export columns, in ACLED's order, then eventwatch's own.
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]
EXTRA_COLUMNS = ["article_id", "claimed_by", "attributed_to", "date_basis", "fatalities_basis", "evidence"]

DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Riots": "Political violence",
            "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def acled_row(r: Result, e: Event, timestamp: int = 0) -> dict:
    return {
        "event_id_cnty": e.event_id or "", "event_date": e.event_date or "",
        "year": (e.event_date or "")[:4], "time_precision": e.time_precision,
        "disorder_type": DISORDER.get(e.event_type, ""), "event_type": e.event_type,
        "sub_event_type": e.sub_event_type, "actor1": e.actor1 or "", "assoc_actor_1": "", "inter1": "",
        "actor2": e.actor2 or "", "assoc_actor_2": "", "inter2": "", "interaction": "",
        "civilian_targeting": "Civilian targeting" if (e.actor2 or "").startswith("Civilians") else "",
        "iso": e.iso or "", "region": "", "country": e.country or "", "admin1": e.admin1 or "", "admin2": "",
        "admin3": "", "location": e.location or "", "latitude": e.latitude, "longitude": e.longitude,
        "geo_precision": e.geo_precision, "source": r.url or r.source, "source_scale": "",
        "notes": " ".join(s.text for s in e.evidence)[:2000], "fatalities": e.fatalities,
        "tags": "", "timestamp": timestamp,
        "article_id": r.id, "claimed_by": e.claimed_by or "", "attributed_to": e.attributed_to or "",
        "date_basis": e.date_basis, "fatalities_basis": e.fatalities_basis,
        "evidence": json.dumps([s.__dict__ for s in e.evidence], ensure_ascii=False),
    }


class Writer:
    """Streams results to one output file; the format follows the extension."""

    def __init__(self, path: str) -> None:
        self.stdout = path in ("-", "/dev/stdout")
        self.path = Path(path)
        ext = ".jsonl" if self.stdout else self.path.suffix.lower()
        if ext not in (".jsonl", ".csv", ".parquet", ".json"):
            raise ValueError(f"output '{path}': unknown format '{ext}' (use .jsonl, .csv or .parquet)")
        self.kind = "jsonl" if ext in (".jsonl", ".json") else ext[1:]
        self.tmp = self.path.with_name(self.path.name + ".part")
        self.rows: list[dict] = []
        if self.stdout:
            import sys
            self.fh = sys.stdout
        else:
            self.fh = open(self.tmp, "w", encoding="utf-8", newline="") if self.kind != "parquet" else None
        self.csv = None
        if self.kind == "csv":
            self.csv = csv.DictWriter(self.fh, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS)
            self.csv.writeheader()

    def write(self, r: Result) -> None:
        if self.kind == "jsonl":
            self.fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        elif self.kind == "csv":
            for e in r.events:
                self.csv.writerow(acled_row(r, e))
        else:
            self.rows.extend(acled_row(r, e) for e in r.events)

    def abort(self) -> None:
        """Give up: no output file, and no half-written one left behind."""
        if self.stdout:
            return
        if self.fh is not None:
            self.fh.close()
        try:
            os.remove(self.tmp)
        except OSError:
            pass

    def close(self) -> None:
        if self.kind == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq
            cols = ACLED_COLUMNS + EXTRA_COLUMNS
            table = pa.table({c: [row[c] for row in self.rows] for c in cols}) if self.rows else pa.table(
                {c: pa.array([], type=pa.string()) for c in cols})
            pq.write_table(table, self.tmp)
        elif self.stdout:
            self.fh.flush()
            return
        else:
            self.fh.close()
        os.replace(self.tmp, self.path)   # the output appears whole or not at all
