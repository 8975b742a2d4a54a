"""The DuckDB store: articles, event mentions and events; one writer.

Idempotence and resumption rest on the article's content hash: an article
already stored is skipped (the same text ingested twice changes nothing), and
every article is committed with its mentions in one transaction, so a run
killed halfway keeps what it finished and the next run does the rest.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from typing import Iterable, Optional, Union

import duckdb

from ..dedupe.group import MentionKey, group
from ..resolve.dates import day_slack
from ..records import Article, Drop, Event, Result, Span

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY, id VARCHAR, source VARCHAR, url VARCHAR, title VARCHAR,
    lang VARCHAR, published DATE, status VARCHAR, reason VARCHAR, n_events INTEGER,
    ingested_at TIMESTAMP, outlet VARCHAR, outlet_kind VARCHAR, duplicate_of VARCHAR, signature BLOB);
CREATE TABLE IF NOT EXISTS drops (
    drop_id VARCHAR PRIMARY KEY, source VARCHAR, reason VARCHAR, seen_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY, content_hash VARCHAR, article_id VARCHAR, idx INTEGER,
    event_type VARCHAR, sub_event_type VARCHAR, event_date DATE, time_precision INTEGER,
    actor1 VARCHAR, actor2 VARCHAR, claimed_by VARCHAR, attributed_to VARCHAR,
    location VARCHAR, admin1 VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE,
    geo_precision INTEGER, fatalities INTEGER, date_basis VARCHAR, fatalities_basis VARCHAR,
    evidence VARCHAR, event_id VARCHAR, place_named VARCHAR, date_hint VARCHAR);
CREATE TABLE IF NOT EXISTS fetch_state (
    url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, status INTEGER, fetched_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, event_date DATE, time_precision INTEGER, event_type VARCHAR,
    sub_event_type VARCHAR, actor1 VARCHAR, actor2 VARCHAR, claimed_by VARCHAR, location VARCHAR,
    admin1 VARCHAR, country VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER,
    fatalities INTEGER, fatalities_min INTEGER, fatalities_max INTEGER, n_mentions INTEGER,
    n_articles INTEGER, languages VARCHAR, first_seen TIMESTAMP, last_seen TIMESTAMP,
    n_sources INTEGER, outlets VARCHAR, independent BOOLEAN, place_named VARCHAR);
"""


# Reconciliation of an event's fields across its mentions (docs/reconciliation.md):
# the most precise date and place win (then the earliest); actor1 prefers a named
# actor to "Unidentified"; fatalities take the independent outlets' figure (their
# median) when any gives one, else the median of all, and keep the range.
_EVENTS_SQL = """
INSERT INTO events
SELECT m.event_id,
       arg_min(m.event_date, m.time_precision * 1000000 + epoch(m.event_date) / 86400),
       min(m.time_precision),
       -- one (type, sub-type) pair, the commonest: reports of one event may give sister kinds
       split_part(mode(m.event_type || '|' || m.sub_event_type), '|', 1),
       split_part(mode(m.event_type || '|' || m.sub_event_type), '|', 2),
       coalesce(mode(m.actor1) FILTER (WHERE m.actor1 NOT LIKE 'Unidentified%'), mode(m.actor1)),
       mode(m.actor2), mode(m.claimed_by),
       arg_min(m.location, coalesce(m.geo_precision, 9)),
       arg_min(m.admin1, coalesce(m.geo_precision, 9)),
       mode(m.country),
       arg_min(m.latitude, coalesce(m.geo_precision, 9)),
       arg_min(m.longitude, coalesce(m.geo_precision, 9)),
       min(m.geo_precision),
       CAST(coalesce(median(m.fatalities) FILTER (WHERE a.outlet_kind IN ('wire', 'independent')),
                     median(m.fatalities)) AS INTEGER),
       min(m.fatalities), max(m.fatalities),
       count(*), count(DISTINCT m.content_hash),
       string_agg(DISTINCT a.lang, ','),
       min(a.ingested_at), max(a.ingested_at),
       count(DISTINCT coalesce(a.duplicate_of, a.content_hash)),
       string_agg(DISTINCT a.outlet, ', '),
       coalesce(bool_or(a.outlet_kind IN ('wire', 'independent')), false),
       -- the village named where no gazetteer places it, as most reports spell it
       mode(m.place_named)
FROM mentions m JOIN articles a USING (content_hash)
WHERE {where}
GROUP BY m.event_id"""


def _arrow_types():
    import pyarrow as pa
    s, i, f, d, ts, b = pa.string(), pa.int64(), pa.float64(), pa.string(), pa.timestamp("us"), pa.binary()
    arts = [("content_hash", s), ("id", s), ("source", s), ("url", s), ("title", s), ("lang", s), ("published", d),
            ("status", s), ("reason", s), ("n_events", i), ("ingested_at", ts), ("outlet", s), ("outlet_kind", s),
            ("duplicate_of", s), ("signature", b), ("text", s)]
    ments = [("mention_id", s), ("content_hash", s), ("article_id", s), ("idx", i), ("event_type", s),
             ("sub_event_type", s), ("event_date", d), ("time_precision", i), ("actor1", s), ("actor2", s),
             ("claimed_by", s), ("attributed_to", s), ("location", s), ("admin1", s), ("country", s),
             ("latitude", f), ("longitude", f), ("geo_precision", i), ("fatalities", i), ("date_basis", s),
             ("fatalities_basis", s), ("evidence", s), ("event_id", s), ("place_named", s), ("date_hint", s)]
    return arts, ments


_ART_COLS, _MENTION_COLS = _arrow_types()


class StoreError(Exception):
    pass


def mention_id(content_hash: str, i: int) -> str:
    return hashlib.sha1(f"{content_hash}:{i}".encode()).hexdigest()[:16]


class Store:
    def __init__(self, path: str, read_only: bool = False) -> None:
        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
            if not read_only:
                self.con.execute(SCHEMA)
                # stores made before the text was kept get the column (evidence is shown in it)
                self.con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS text VARCHAR")
                # ... and the village a report names where no gazetteer places it (grouping reads it)
                self.con.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS place_named VARCHAR")
                self.con.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS date_hint VARCHAR")
                self.con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS place_named VARCHAR")
        except duckdb.Error as e:
            raise StoreError(f"database '{path}': {str(e).splitlines()[0]}") from None

    def close(self) -> None:
        self.con.close()

    # -- writing -----------------------------------------------------------
    def pending(self, items: list[Union[Article, Drop]]) -> list[Union[Article, Drop]]:
        """The inputs not stored yet (by content hash); drops are always re-reported."""
        arts = [it for it in items if isinstance(it, Article)]
        if not arts:
            return list(items)
        hashes = list({a.content_hash for a in arts})
        have = {r[0] for r in self.con.execute(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))", [hashes]).fetchall()}
        seen: set[str] = set()
        out = []
        for it in items:
            if isinstance(it, Article):
                h = it.content_hash
                if h in have or h in seen:
                    continue
                seen.add(h)
            out.append(it)
        return out

    def add_many(self, results: list[Result]) -> None:
        """Store articles with their mentions, all in one transaction: a batch is stored
        whole or not at all, and an article already stored (same text) is skipped."""
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        drops = [r for r in results if not r.content_hash]
        for r in drops:   # unreadable input: no text, so no hash to key an article on
            did = hashlib.sha1(f"{r.source}\x00{r.dropped}".encode()).hexdigest()[:16]
            self.con.execute("INSERT OR REPLACE INTO drops VALUES (?, ?, ?, ?)", [did, r.source, r.dropped, now])
        arts = [r for r in results if r.content_hash]
        if not arts:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            have = {x[0] for x in self.con.execute(
                "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
                [[r.content_hash for r in arts]]).fetchall()}
            rows, mrows = [], []
            for r in arts:
                if r.content_hash in have:
                    continue
                have.add(r.content_hash)
                rows.append([r.content_hash, r.id, r.source, r.url, r.title, r.lang, r.published,
                             "dropped" if r.dropped else "ok", r.dropped, len(r.events), now, r.outlet,
                             r.outlet_kind, r.duplicate_of, r.signature.tobytes() if r.signature is not None else None,
                             r.text])
                for i, e in enumerate(r.events):
                    mrows.append([mention_id(r.content_hash, i), r.content_hash, r.id, i, e.event_type,
                                  e.sub_event_type, e.event_date, e.time_precision, e.actor1, e.actor2, e.claimed_by,
                                  e.attributed_to, e.location, e.admin1, e.country, e.latitude, e.longitude,
                                  e.geo_precision, e.fatalities, e.date_basis, e.fatalities_basis,
                                  json.dumps([s.__dict__ for s in e.evidence], ensure_ascii=False), None,
                                  e.place_named, e.date_hint])
            # bulk inserts through Arrow: row-by-row INSERTs cost a millisecond each
            if rows:
                self._bulk("articles", _ART_COLS, rows)
            if mrows:
                self._bulk("mentions", _MENTION_COLS, mrows)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _bulk(self, table: str, cols: list[tuple[str, object]], rows: list[list]) -> None:
        import pyarrow as pa
        data = pa.table({name: pa.array([r[i] for r in rows], type=typ) for i, (name, typ) in enumerate(cols)})
        self.con.register("_bulk_rows", data)
        try:
            names = ", ".join(n for n, _ in cols)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _bulk_rows")
        finally:
            self.con.unregister("_bulk_rows")

    # -- polling state -------------------------------------------------------
    def has_url(self, url: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", [url]).fetchone() is not None

    def fetch_state(self, url: str) -> Optional[tuple]:
        row = self.con.execute("SELECT etag, last_modified FROM fetch_state WHERE url = ?", [url]).fetchone()
        return tuple(row) if row else None

    def set_fetch_state(self, url: str, etag: Optional[str], last_modified: Optional[str], status: int) -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        if status == 304:
            self.con.execute("UPDATE fetch_state SET status = 304, fetched_at = ? WHERE url = ?", [now, url])
        else:
            self.con.execute("INSERT OR REPLACE INTO fetch_state VALUES (?, ?, ?, ?, ?)",
                             [url, etag, last_modified, status, now])

    # -- grouping ----------------------------------------------------------
    # (a day guessed from a weekday, or "last week", keeps its hint: it groups as an undated report,
    # as in commands.mention_key)
    _UNDATED = "(event_date IS NULL OR date_hint IS NOT NULL)"
    _KEY_COLS = ("mention_id, event_type, CASE WHEN date_hint IS NULL THEN event_date END, latitude, longitude, "
                 "location, geo_precision, actor1, country, "
                 "content_hash, sub_event_type, fatalities, place_named, actor2, date_hint, "
                 "date_basis, time_precision")   # (read by resolve/dates.day_slack)

    def _keys(self, where: str, params: list) -> list[MentionKey]:
        rows = self.con.execute(f"SELECT {self._KEY_COLS}, event_id FROM mentions WHERE {where}", params).fetchall()
        n = self._KEY_COLS.count(",") + 1   # MentionKey's fields in its order, then the day's basis; event_id after
        self._old_ids.update({r[0]: r[n] for r in rows})
        return [MentionKey(*r[:n - 2], day_slack=day_slack(r[n - 2], r[n - 1])) for r in rows]

    def regroup(self, full: bool = False) -> int:
        """Attach the mentions not grouped yet to events, or make new events of them.

        Incremental: only the stored mentions that could join a new one (within two
        days of it, or the same named place) are read, with every
        other member of their events, so a component is always complete and the
        result is the one a full regrouping gives. Returns the mentions re-labelled."""
        self._old_ids: dict[str, Optional[str]] = {}
        if full:
            keys = self._keys("true", [])
        else:
            new = self._keys("event_id IS NULL", [])
            if not new:
                return 0
            # (two days either side: a report placed only in its country, stored on the day before a
            # new one, fits the events of the day before it too, dedupe/group.py _attach_unplaced)
            days = sorted({(m.day.toordinal() + d) for m in new if m.day for d in (-2, -1, 0, 1, 2)})
            day_list = [date.fromordinal(d) for d in days]
            names = sorted({m.location for m in new if m.location})
            undated = any(m.day is None for m in new)
            touched = {r[0] for r in self.con.execute(
                "SELECT DISTINCT event_id FROM mentions WHERE event_id IS NOT NULL AND "
                "(event_date IN (SELECT unnest(?::DATE[])) OR location IN (SELECT unnest(?::VARCHAR[]))"
                + (f" OR {self._UNDATED}" if undated else "") + ")", [day_list, names]).fetchall()}
            # an undated mention joins the one dated event that fits it, on any day (dedupe/group.py):
            # every undated mention is looked at again, with every event of its kind in its country
            undated_kinds = {(m.event_type, m.country) for m in new if m.day is None} | {
                tuple(r) for r in self.con.execute(
                    f"SELECT DISTINCT event_type, country FROM mentions WHERE {self._UNDATED}").fetchall()}
            for etype, country in sorted(undated_kinds, key=str):
                touched |= {r[0] for r in self.con.execute(
                    "SELECT DISTINCT event_id FROM mentions WHERE event_id IS NOT NULL AND event_type = ? AND "
                    + ("country = ?" if country is not None else "true"),
                    [etype] + ([country] if country is not None else [])).fetchall()}
            keys = new + (self._keys("event_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(touched)]) if touched else [])
        ids = group(keys)
        changed = {m: e for m, e in ids.items() if self._old_ids.get(m) != e}
        stale = {self._old_ids[m] for m in changed if self._old_ids.get(m)}
        affected = sorted(set(changed.values()) | stale)
        if not affected:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            if changed:
                import pyarrow as pa
                tbl = pa.table({"mention_id": list(changed.keys()), "event_id": list(changed.values())})
                self.con.register("_ids_arrow", tbl)
                self.con.execute("UPDATE mentions SET event_id = _ids_arrow.event_id FROM _ids_arrow "
                                 "WHERE mentions.mention_id = _ids_arrow.mention_id")
                self.con.unregister("_ids_arrow")
            self.con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [affected])
            self.con.execute(_EVENTS_SQL.format(where="m.event_id IN (SELECT unnest(?::VARCHAR[]))"), [affected])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(changed)

    def signatures(self):
        """(content_hash, signature) of every stored article, oldest first, for near-duplicates."""
        import numpy as np
        for h, sig in self.con.execute("SELECT content_hash, signature FROM articles WHERE signature IS NOT NULL "
                                       "ORDER BY ingested_at, content_hash").fetchall():
            yield h, np.frombuffer(sig, dtype=np.uint64)

    def stored_results(self, arts: list[Article]) -> list[Result]:
        """The stored outcome of articles, as Results with their event ids (for the output
        file): two queries for the whole list, not two per article."""
        hashes = list({a.content_hash for a in arts})
        if not hashes:
            return []
        rows = {r[0]: r for r in self.con.execute(
            "SELECT content_hash, lang, status, reason, outlet, outlet_kind, duplicate_of FROM articles "
            "WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))", [hashes]).fetchall()}
        events: dict[str, list[Event]] = {}
        for m in self.con.execute(
                "SELECT content_hash, event_type, sub_event_type, event_date, time_precision, actor1, actor2, "
                "claimed_by, location, admin1, country, latitude, longitude, geo_precision, fatalities, evidence, "
                "event_id, date_basis, fatalities_basis, attributed_to FROM mentions "
                "WHERE content_hash IN (SELECT unnest(?::VARCHAR[])) ORDER BY content_hash, idx", [hashes]).fetchall():
            events.setdefault(m[0], []).append(Event(
                m[1], m[2], m[3].isoformat() if m[3] else None, m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11],
                m[12], m[13], m[14], [Span(**x) for x in json.loads(m[15] or "[]")], event_id=m[16],
                date_basis=m[17], fatalities_basis=m[18], attributed_to=m[19]))
        out = []
        for a in arts:
            row = rows.get(a.content_hash)
            if row is None:
                continue
            out.append(Result(id=a.id, events=events.get(a.content_hash, []), lang=row[1], source=a.source,
                              url=a.url, title=a.title, content_hash=a.content_hash,
                              dropped=row[3] if row[2] == "dropped" else None, outlet=row[4], outlet_kind=row[5],
                              duplicate_of=row[6]))
        return out

    # -- reading -----------------------------------------------------------
    def events(self, limit: int = 50) -> list[tuple]:
        return self.con.execute(
            "SELECT event_id, event_date, sub_event_type, location, country, actor1, claimed_by, fatalities, "
            "n_sources, languages, first_seen, last_seen, outlets, independent FROM events ORDER BY event_date DESC NULLS LAST, event_id "
            "LIMIT ?", [limit]).fetchall()

    def event(self, event_id: str) -> Optional[dict]:
        cur = self.con.execute("SELECT * FROM events WHERE event_id = ?", [event_id])
        row = cur.fetchone()
        if row is None:
            return None
        cols = [d[0] for d in cur.description]
        ev = dict(zip(cols, row))
        cur = self.con.execute(
            "SELECT m.*, a.source, a.url, a.lang, a.published, a.outlet, a.outlet_kind, a.duplicate_of "
            "FROM mentions m JOIN articles a USING (content_hash) "
            "WHERE m.event_id = ? ORDER BY a.published NULLS LAST, m.article_id", [event_id])
        cols = [d[0] for d in cur.description]
        ev["mentions"] = [dict(zip(cols, r)) for r in cur.fetchall()]
        return ev

    def counts(self) -> dict[str, int]:
        q = lambda s: self.con.execute(s).fetchone()[0]  # noqa: E731
        return {"articles": q("SELECT count(*) FROM articles"), "mentions": q("SELECT count(*) FROM mentions"),
                "events": q("SELECT count(*) FROM events"), "dropped": q("SELECT count(*) FROM articles WHERE status='dropped'") + q("SELECT count(*) FROM drops")}
