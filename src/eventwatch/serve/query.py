"""Filtered queries over the events table, shared by the HTTP API and `eventwatch export`.

Every filter becomes a parameterised SQL condition (never string-pasted values),
so a bad value is a clear validation error, not an SQL error.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from ..output.writers import ACLED_COLUMNS, DISORDER

SORTS = {"date": "event_date", "fatalities": "fatalities", "sources": "n_sources", "last_seen": "last_seen"}
EVENT_COLUMNS = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "claimed_by", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
                 "fatalities", "fatalities_min", "fatalities_max", "n_mentions", "n_articles", "n_sources",
                 "languages", "outlets", "independent", "first_seen", "last_seen", "place_named"]


class QueryError(ValueError):
    """A filter value that cannot be used; the message names the parameter."""


@dataclass
class Filters:
    start: Optional[date] = None
    end: Optional[date] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None
    actor: Optional[str] = None
    claimed: Optional[bool] = None
    min_sources: Optional[int] = None
    bbox: Optional[tuple[float, float, float, float]] = None   # min lon, min lat, max lon, max lat
    q: Optional[str] = None
    extra: dict = field(default_factory=dict)

    def where(self) -> tuple[str, list[Any]]:
        conds, params = [], []
        if self.start and self.end and self.start > self.end:
            raise QueryError(f"start {self.start} is after end {self.end}")
        if self.start:
            conds.append("event_date >= ?"); params.append(self.start)
        if self.end:
            conds.append("event_date <= ?"); params.append(self.end)
        for col in ("country", "admin1", "event_type", "sub_event_type"):
            v = getattr(self, col)
            if v:
                conds.append(f"lower({col}) = lower(?)"); params.append(v)
        if self.actor:
            conds.append("(actor1 ILIKE ? OR actor2 ILIKE ? OR claimed_by ILIKE ?)")
            params += [f"%{self.actor}%"] * 3
        if self.claimed is True:
            conds.append("claimed_by IS NOT NULL")
        elif self.claimed is False:
            conds.append("claimed_by IS NULL")
        if self.min_sources is not None:
            if self.min_sources < 0:
                raise QueryError("min_sources must be 0 or more")
            conds.append("n_sources >= ?"); params.append(self.min_sources)
        if self.bbox:
            w, s, e, n = self.bbox
            if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90 and s <= n):
                raise QueryError("bbox must be min_lon,min_lat,max_lon,max_lat within -180..180 and -90..90")
            conds.append("latitude BETWEEN ? AND ?"); params += [s, n]
            if w <= e:
                conds.append("longitude BETWEEN ? AND ?"); params += [w, e]
            else:   # across the antimeridian
                conds.append("(longitude >= ? OR longitude <= ?)"); params += [w, e]
        if self.q:
            like = f"%{self.q}%"
            conds.append("(location ILIKE ? OR actor1 ILIKE ? OR actor2 ILIKE ? OR claimed_by ILIKE ? "
                         "OR admin1 ILIKE ? OR country ILIKE ? OR sub_event_type ILIKE ? OR event_id IN "
                         "(SELECT event_id FROM mentions WHERE evidence ILIKE ?))")
            params += [like] * 8
        return (" AND ".join(conds) or "true"), params


def parse_bbox(s: Optional[str]) -> Optional[tuple[float, float, float, float]]:
    if not s:
        return None
    try:
        parts = [float(x) for x in s.split(",")]
    except ValueError:
        raise QueryError(f"bbox '{s}': four numbers expected, min_lon,min_lat,max_lon,max_lat") from None
    if len(parts) != 4:
        raise QueryError(f"bbox '{s}': four numbers expected, min_lon,min_lat,max_lon,max_lat")
    return parts[0], parts[1], parts[2], parts[3]


def list_events(con, f: Filters, sort: str = "date", order: str = "desc", limit: int = 50,
                offset: int = 0) -> tuple[int, list[dict]]:
    if sort not in SORTS:
        raise QueryError(f"sort '{sort}': one of {', '.join(SORTS)}")
    if order not in ("asc", "desc"):
        raise QueryError(f"order '{order}': asc or desc")
    where, params = f.where()
    total = con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
    cur = con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {where} "
                      f"ORDER BY {SORTS[sort]} {order.upper()} NULLS LAST, event_id LIMIT ? OFFSET ?",
                      params + [limit, offset])
    return total, [_jsonable(dict(zip(EVENT_COLUMNS, r))) for r in cur.fetchall()]


def counts(con, f: Filters, by: str = "day") -> list[dict]:
    if by not in ("day", "week", "month", "type", "country"):
        raise QueryError(f"by '{by}': day, week, month, type or country")
    where, params = f.where()
    if by in ("day", "week", "month"):
        key = "event_date" if by == "day" else f"date_trunc('{by}', event_date)"
        rows = con.execute(f"SELECT CAST({key} AS DATE) AS k, event_type, count(*), coalesce(sum(fatalities), 0) "
                           f"FROM events WHERE {where} AND event_date IS NOT NULL GROUP BY ALL ORDER BY k",
                           params).fetchall()
        return [{"period": r[0].isoformat(), "event_type": r[1], "events": r[2], "fatalities": int(r[3])}
                for r in rows]
    col = "event_type" if by == "type" else "country"
    rows = con.execute(f"SELECT {col}, count(*), coalesce(sum(fatalities), 0) FROM events WHERE {where} "
                       f"GROUP BY ALL ORDER BY 2 DESC", params).fetchall()
    return [{by: r[0], "events": r[1], "fatalities": int(r[2])} for r in rows]


def event_detail(con, event_id: str) -> Optional[dict]:
    cur = con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE event_id = ?", [event_id])
    row = cur.fetchone()
    if row is None:
        return None
    ev = _jsonable(dict(zip(EVENT_COLUMNS, row)))
    cur = con.execute(
        "SELECT m.mention_id, m.article_id, m.event_date, m.sub_event_type, m.location, m.actor1, m.actor2, "
        "m.claimed_by, m.attributed_to, m.fatalities, m.date_basis, m.fatalities_basis, m.evidence, "
        "m.place_named, m.date_hint, "
        "a.content_hash, a.source, a.url, a.title, a.lang, a.published, a.outlet, a.outlet_kind, a.duplicate_of, "
        + ("a.text " if _has_text(con) else "NULL AS text ") +
        "FROM mentions m JOIN articles a USING (content_hash) WHERE m.event_id = ? "
        "ORDER BY a.published NULLS LAST, m.article_id", [event_id])
    cols = [d[0] for d in cur.description]
    ev["mentions"] = []
    for r in cur.fetchall():
        m = _jsonable(dict(zip(cols, r)))
        m["evidence"] = json.loads(m["evidence"] or "[]")
        m["partisan"] = m.get("outlet_kind") in ("state", "partisan", "aligned")
        ev["mentions"].append(m)
    return ev


def _has_text(con) -> bool:
    """Stores written before the article text was kept lack the column."""
    return any(r[0] == "text" for r in con.execute("DESCRIBE articles").fetchall())


def article(con, content_hash: str) -> Optional[dict]:
    cur = con.execute("SELECT content_hash, id, source, url, title, lang, published, status, reason, n_events, "
                      "ingested_at, outlet, outlet_kind, duplicate_of FROM articles WHERE content_hash = ?",
                      [content_hash])
    row = cur.fetchone()
    if row is None:
        return None
    out = _jsonable(dict(zip([d[0] for d in cur.description], row)))
    out["events"] = [r[0] for r in con.execute(
        "SELECT DISTINCT event_id FROM mentions WHERE content_hash = ? AND event_id IS NOT NULL",
        [content_hash]).fetchall()]
    return out


def list_articles(con, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    cur = con.execute("SELECT content_hash, id, url, title, lang, published, status, reason, n_events, outlet, "
                      "outlet_kind FROM articles ORDER BY ingested_at DESC, content_hash LIMIT ? OFFSET ?",
                      [limit, offset])
    cols = [d[0] for d in cur.description]
    return total, [_jsonable(dict(zip(cols, r))) for r in cur.fetchall()]


# -- exports -------------------------------------------------------------------
def _rows(con, f: Filters) -> list[dict]:
    where, params = f.where()
    cur = con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE {where} "
                      f"ORDER BY event_date NULLS LAST, event_id", params)
    return [dict(zip(EVENT_COLUMNS, r)) for r in cur.fetchall()]


def acled_record(e: dict) -> dict:
    d = e.get("event_date")
    return {
        "event_id_cnty": e["event_id"], "event_date": d.isoformat() if d else "", "year": d.year if d else "",
        "time_precision": e["time_precision"], "disorder_type": DISORDER.get(e["event_type"], ""),
        "event_type": e["event_type"], "sub_event_type": e["sub_event_type"], "actor1": e["actor1"] or "",
        "assoc_actor_1": "", "inter1": "", "actor2": e["actor2"] or "", "assoc_actor_2": "", "inter2": "",
        "interaction": "", "civilian_targeting": "Civilian targeting" if (e["actor2"] or "").startswith("Civilians")
        else "", "iso": "", "region": "", "country": e["country"] or "", "admin1": e["admin1"] or "", "admin2": "",
        "admin3": "", "location": e["location"] or "", "latitude": e["latitude"], "longitude": e["longitude"],
        "geo_precision": e["geo_precision"], "source": e["outlets"] or "", "source_scale": "", "notes": "",
        "fatalities": e["fatalities"], "tags": "", "timestamp": int(e["last_seen"].timestamp()) if e["last_seen"] else "",
        "claimed_by": e["claimed_by"] or "", "n_sources": e["n_sources"], "independent": e["independent"],
    }


EXPORT_COLUMNS = ACLED_COLUMNS + ["claimed_by", "n_sources", "independent"]


def export_csv(con, f: Filters) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS)
    w.writeheader()
    for e in _rows(con, f):
        w.writerow(acled_record(e))
    return buf.getvalue()


def export_parquet(con, f: Filters) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq
    recs = [acled_record(e) for e in _rows(con, f)]
    table = pa.table({c: [r[c] for r in recs] for c in EXPORT_COLUMNS}) if recs else pa.table(
        {c: pa.array([], type=pa.string()) for c in EXPORT_COLUMNS})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def export_geojson(con, f: Filters) -> dict:
    feats = []
    for e in _rows(con, f):
        if e["latitude"] is None or e["longitude"] is None:
            continue
        props = _jsonable({k: v for k, v in e.items() if k not in ("latitude", "longitude")})
        feats.append({"type": "Feature", "id": e["event_id"],
                      "geometry": {"type": "Point", "coordinates": [e["longitude"], e["latitude"]]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def _jsonable(d: dict) -> dict:
    out = {}
    for k, v in d.items():
        if hasattr(v, "isoformat"):
            v = v.isoformat()
        out[k] = v
    return out
