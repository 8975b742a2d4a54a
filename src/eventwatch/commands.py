"""The CLI commands' bodies: parse nothing, print and write."""
from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from typing import Optional

from rich.console import Console
from rich.markup import escape

from .dedupe.group import MentionKey, group
from .ingest.reader import ReadOptions, iter_inputs
from .pipeline import Stats, run
from .records import Article, Result
from .resolve.dates import day_slack


def mention_id(r: Result, i: int) -> str:
    return hashlib.sha1(f"{r.content_hash or r.id}:{i}".encode()).hexdigest()[:16]


def mention_key(r: Result, i: int) -> MentionKey:
    e = r.events[i]
    # (a day guessed from a weekday keeps its hint: it groups as an undated report of that weekday)
    return MentionKey(mention_id(r, i), e.event_type,
                      date.fromisoformat(e.event_date) if e.event_date and not e.date_hint else None,
                      e.latitude, e.longitude, e.location, e.geo_precision, e.actor1, e.country,
                      r.content_hash or r.id, e.sub_event_type, e.fatalities, e.place_named, e.actor2,
                      e.date_hint, day_slack(e.date_basis, e.time_precision))


def assign_event_ids(results: list[Result]) -> None:
    keys = [mention_key(r, i) for r in results for i in range(len(r.events))]
    ids = group(keys)
    for r in results:
        for i, e in enumerate(r.events):
            e.event_id = ids[mention_id(r, i)]


def _progress(console: Console, enabled: bool):
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)
    return Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                    TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console,
                    disable=not enabled, transient=True)


def _results(todo: list, args, today, engine_box: list):
    """The pipeline over the inputs: in this process, or on Dask workers (--workers N > 1,
    --cluster ADDRESS) that write Parquet shards this process merges. The engine is
    started once and kept in `engine_box` for the next chunk."""
    if args.workers <= 1 and not args.cluster:
        yield from run(todo, today)
        return
    eng, directory = engine_box[0]   # started by _start_engine before any input is read
    yield from eng.results(todo, directory, today)


def _start_engine(args, engine_box: list, err: Console) -> bool:
    """Start the Dask workers (or connect to the cluster) before reading any input, so a
    cluster that cannot be reached is a clear error, not a traceback halfway through."""
    if args.workers <= 1 and not args.cluster:
        return True
    import tempfile

    from .batch.engine import Engine
    directory = args.shards or (args.db + ".shards" if args.db else tempfile.mkdtemp(prefix="eventwatch-shards-"))
    try:
        engine_box.append((Engine(args.workers, args.cluster), directory))
    except (OSError, TimeoutError, ValueError) as e:
        where = f"the Dask cluster at {args.cluster}" if args.cluster else f"{args.workers} local workers"
        err.print(f"[red]error:[/] cannot start {escape(where)}: {escape(str(e).splitlines()[0])}")
        return False
    return True


def _close_engine(engine_box: list) -> None:
    for eng, directory in engine_box:
        eng.close()
        try:
            os.rmdir(directory)   # every shard merged: nothing left to resume from
        except OSError:
            pass


def _chunks(it, n: int):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def _count_inputs(paths: list[str]) -> Optional[int]:
    """How many inputs the paths hold (for the progress bar's ETA): files, JSONL lines."""
    from pathlib import Path
    n = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() in (".jsonl", ".ndjson", ".json"):
                try:
                    with open(f, "rb") as fh:
                        n += sum(1 for line in fh if line.strip())
                except OSError:
                    n += 1
            else:
                n += 1
    return n


# Results are stored in batches of this many articles, one transaction each: a
# killed run loses at most one unfinished batch, which the next run redoes.
STORE_BATCH = 100


def _merge_leftovers(store, args, near, err) -> None:
    """Shards a killed parallel run wrote but did not merge are finished work: store
    them first (storing is idempotent), so the rerun only processes the rest."""
    directory = args.shards or (args.db + ".shards")
    if not os.path.isdir(directory):
        return
    from .batch.shards import read_shard
    n = 0
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if name.endswith(".part"):
            os.remove(path)   # half-written by a worker that died: its shard is redone
            continue
        if not name.endswith(".parquet"):
            continue
        try:
            results = read_shard(path)
        except Exception:   # a torn file cannot be: shards are renamed into place whole
            continue
        for res in results:
            if res.content_hash and not res.dropped:
                res.duplicate_of = near.add(res.content_hash, res.signature)
            n += 1
        store.add_many(results)
        os.remove(path)
    if n:
        err.print(f"{n} article(s) merged from the shards of an interrupted run")


# Inputs are read, processed and stored this many at a time: memory stays flat
# however large the input (with --db; without, results are kept for grouping).
CHUNK = 2000


def cmd_extract(args, items: Optional[list] = None, store=None) -> int:
    """Extract events from the inputs (or from `items` already read, by ingest/watch)."""
    import time
    err = Console(stderr=True, soft_wrap=True, highlight=False)
    out = Console()
    opts = ReadOptions(published=args.published, lang=args.lang, max_bytes=args.max_bytes)
    today = date.fromisoformat(args.today) if args.today else None
    if args.workers < 1:
        err.print("[red]error:[/] --workers must be 1 or more")
        return 2
    writer = None
    if args.output:
        from .output.writers import Writer
        try:
            writer = Writer(args.output)
        except (ValueError, OSError) as e:
            err.print(f"[red]error:[/] {e}")
            return 2
    if args.db and store is None:
        from .store.db import Store, StoreError
        try:
            store = Store(args.db)
        except StoreError as e:
            err.print(f"[red]error:[/] {e}")
            return 2
    from .dedupe.neardup import NearDupIndex
    near = NearDupIndex()
    if store is not None:
        for h, sig in store.signatures():
            near.add(h, sig)
        _merge_leftovers(store, args, near, err)
    engine_box: list = []
    if not _start_engine(args, engine_box, err):
        if store is not None:
            store.close()
        if writer is not None:
            writer.abort()
        return 2
    show = not args.quiet and not args.output      # the table on the terminal
    want_output = writer is not None or show
    stats = Stats()
    results: list[Result] = []       # without a store: everything, for grouping; with one: nothing
    order: list = []                 # with a store: what to write, in input order (hashes and drops)
    show_bar = not args.quiet and err.is_terminal
    total = len(items) if items is not None else (_count_inputs(args.paths) if show_bar else None)
    source = iter(items) if items is not None else iter_inputs(args.paths, opts)
    t0 = time.monotonic()
    in_store = 0
    with _progress(err, show_bar and (total or 0) > 1) as bar:
        task = bar.add_task("extract", total=total, rate="")
        for chunk in _chunks(source, CHUNK):
            todo = chunk
            if store is not None:
                todo = store.pending(chunk)          # stored before, or repeated in the chunk: once
                in_store += len(chunk) - len(todo)
                bar.advance(task, len(chunk) - len(todo))
            batch: list[Result] = []
            textless: dict[int, Result] = {}     # inputs dropped before having a text (unreadable)
            # results first in zip: the engine must run to its end (it removes the last shard there)
            for res, it in zip(_results(todo, args, today, engine_box), todo):
                if res.content_hash and not res.dropped:
                    res.duplicate_of = near.add(res.content_hash, res.signature)
                stats.add(res)
                if res.dropped:
                    err.print(f"[yellow]dropped[/] {escape(res.source or res.id)}: {escape(res.dropped)}")
                    _log(args, "dropped", source=res.source or res.id, reason=res.dropped)
                if store is not None:
                    batch.append(res)
                    if len(batch) >= STORE_BATCH:
                        store.add_many(batch)
                        batch = []
                    if not res.content_hash:
                        textless[id(it)] = res
                else:
                    results.append(res)
                el = time.monotonic() - t0
                bar.update(task, advance=1, rate=f"{stats.articles / el:.1f} art/s" if el > 0 else "")
            if store is not None:
                if batch:
                    store.add_many(batch)
                if want_output:   # articles are written from the store (with event ids), in input order
                    order.extend(_OutKey(it.content_hash, it.id, it.source, it.url, it.title)
                                 if isinstance(it, Article) else textless[id(it)] for it in chunk
                                 if isinstance(it, Article) or id(it) in textless)
    _close_engine(engine_box)
    if store is not None:
        if in_store:
            err.print(f"{in_store} article(s) already in {escape(args.db)} (or repeated in this batch): skipped")
        store.regroup()
        if want_output:
            results = []
            for part in _chunks(order, 1000):
                arts = [x for x in part if isinstance(x, _OutKey)]
                stored = {id(a): r for a, r in zip(arts, _aligned(store, arts))}
                for x in part:
                    r = stored.get(id(x)) if isinstance(x, _OutKey) else x
                    if r is None:
                        continue
                    if writer is not None:
                        writer.write(r)
                    if show:
                        results.append(r)
        store.close()
    else:
        assign_event_ids(results)
        if writer is not None:
            for r in results:
                writer.write(r)
    if writer is not None:
        writer.close()
    if show:
        _table(out, results)
    n_drop = sum(stats.dropped.values())
    summary = f"{stats.articles} article(s), {stats.events} event(s), {n_drop} dropped"
    if n_drop:
        summary += " (" + ", ".join(f"{k}: {v}" for k, v in sorted(stats.dropped.items())) + ")"
    summary += f", {time.monotonic() - t0:.1f} s"
    _log(args, "summary", articles=stats.articles, events=stats.events, dropped=dict(stats.dropped),
         seconds=round(time.monotonic() - t0, 2))
    if not args.quiet:
        err.print(escape(summary))
    return 1 if n_drop else 0


@dataclass
class _OutKey:
    """What the output needs of an input article once it is stored (not its text)."""
    content_hash: str
    id: str
    source: str
    url: Optional[str]
    title: Optional[str]


def _aligned(store, arts: list) -> list[Optional[Result]]:
    """stored_results for each article, None where it is not stored (a drop)."""
    got = {r.content_hash: r for r in store.stored_results(arts)}
    out = []
    for a in arts:
        r = got.get(a.content_hash)
        if r is not None and (r.id != a.id or r.source != a.source):
            import dataclasses
            r = dataclasses.replace(r, id=a.id, source=a.source, url=a.url, title=a.title)
        out.append(r)
    return out


def _table(console: Console, results: list[Result]) -> None:
    from rich.table import Table
    t = Table(title="eventwatch: extracted events", show_lines=False)
    for c in ("article", "date", "type", "location", "actor1", "actor2", "claimed by", "deaths"):
        t.add_column(c, overflow="fold")
    for r in results:
        if not r.events:
            t.add_row(r.id, "", "[dim]no event[/]" if not r.dropped else f"[yellow]dropped: {r.dropped}[/]",
                      "", "", "", "", "")
        for e in r.events:
            loc = ", ".join(x for x in (e.location, e.admin1, e.country) if x)
            t.add_row(r.id, e.event_date or "?", e.sub_event_type, loc, e.actor1 or "", e.actor2 or "",
                      e.claimed_by or "", "unknown" if e.fatalities is None else str(e.fatalities))
    console.print(t)


def cmd_events(args) -> int:
    from rich.table import Table

    from .store.db import Store, StoreError
    con = Console()
    try:
        st = Store(args.db, read_only=True)
    except StoreError as e:
        Console(stderr=True, soft_wrap=True).print(f"[red]error:[/] {e}")
        return 2
    t = Table(title=f"events in {args.db}")
    for c in ("event", "date", "type", "place", "actor1", "claimed by", "deaths", "sources", "langs", "outlets",
              "first seen", "last seen"):
        t.add_column(c, overflow="fold")
    for r in st.events(args.limit):
        outlets = (r[12] or "") + ("" if r[13] else " [yellow](no independent source)[/]")
        t.add_row(r[0], str(r[1] or "?"), r[2], ", ".join(x for x in (r[3], r[4]) if x), r[5] or "", r[6] or "",
                  "unknown" if r[7] is None else str(r[7]), str(r[8]), r[9] or "", outlets, str(r[10])[:19],
                  str(r[11])[:19])
    con.print(t)
    st.close()
    return 0


def cmd_show(args) -> int:
    from .store.db import Store, StoreError
    con = Console()
    err = Console(stderr=True, soft_wrap=True)
    try:
        st = Store(args.db, read_only=True)
    except StoreError as e:
        err.print(f"[red]error:[/] {e}")
        return 2
    ev = st.event(args.event_id)
    st.close()
    if ev is None:
        err.print(f"[red]error:[/] no event '{args.event_id}' in {args.db}")
        return 1
    con.print(f"[bold]{ev['event_id']}[/]  {ev['event_type']} › {ev['sub_event_type']}")
    for k in ("event_date", "location", "place_named", "admin1", "country", "latitude", "longitude", "geo_precision",
              "actor1", "actor2", "claimed_by", "fatalities"):
        said = {}
        for m in ev["mentions"]:
            said.setdefault(str(m.get(k)), []).append(m["article_id"])
        detail = "; ".join(f"{v} per {', '.join(ids)}" for v, ids in said.items()) if len(said) > 1 else ""
        if k == "event_date":   # an undated report's own words of the day
            hints = [f"{m['date_hint']} per {m['article_id']}" for m in ev["mentions"] if m.get("date_hint")]
            detail = "; ".join([detail] * bool(detail) + [f"undated, told as {h}" for h in hints])
        con.print(f"  {k:14} {ev[k]}" + (f"   [dim]({detail})[/]" if detail else ""))
    if ev.get("fatalities_min") != ev.get("fatalities_max"):
        con.print(f"  fatalities range across sources: {ev['fatalities_min']}–{ev['fatalities_max']}")
    con.print(f"  sources: {ev['n_sources']} independent stor(ies) in {ev['n_articles']} article(s), "
              f"languages {ev['languages']}, outlets {ev['outlets'] or 'unknown'}")
    con.print("  confirmed by an independent outlet" if ev["independent"] else
              "  [yellow]rests only on state, partisan or unknown outlets[/]")
    for m in ev["mentions"]:
        who = f"{m['outlet']} ({m['outlet_kind']})" if m.get("outlet") else "outlet unknown"
        dup = f", republishes {m['duplicate_of'][:12]}" if m.get("duplicate_of") else ""
        con.print(f"\n  [bold]{m['article_id']}[/] ({m['lang']}, {who}{dup}, {m['source']})")
        for s in json.loads(m["evidence"] or "[]"):
            con.print(f"    “{s['text']}” [dim][{s['start']}:{s['end']}][/]")
    return 0


def _open_read_only(db: str, err: Console):
    import duckdb
    from pathlib import Path
    if not Path(db).exists():
        err.print(f"[red]error:[/] database '{escape(db)}' does not exist")
        return None
    try:
        return duckdb.connect(db, read_only=True)
    except duckdb.Error as e:
        err.print(f"[red]error:[/] database '{escape(db)}': {escape(str(e).splitlines()[0])}")
        return None


def cmd_serve(args) -> int:
    err = Console(stderr=True, soft_wrap=True)
    con = _open_read_only(args.db, err)
    if con is None:
        return 2
    con.close()
    import uvicorn

    from .serve.app import create_app, vendor_dir
    if vendor_dir() is None:
        err.print("[yellow]warning:[/] the map libraries are not installed (run `npm ci` in web/): "
                  "the API works, the map does not")
    import socket
    try:
        with socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((args.host, args.port))
    except OSError as e:
        err.print(f"[red]error:[/] cannot listen on {escape(args.host)}:{args.port}: {escape(e.strerror or str(e))}")
        return 2
    err.print(f"serving {escape(args.db)} on http://{args.host}:{args.port}/ (API schema: /docs)")
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_export(args) -> int:
    from .serve import query as Q
    err = Console(stderr=True, soft_wrap=True)
    if args.format == "parquet" and not args.output:
        err.print("[red]error:[/] --format parquet needs -o FILE (it is binary)")
        return 2
    con = _open_read_only(args.db, err)
    if con is None:
        return 2
    try:
        f = Q.Filters(args.start and date.fromisoformat(args.start), args.end and date.fromisoformat(args.end),
                      args.country, args.admin1, args.event_type, args.sub_event_type, args.actor, args.claimed,
                      args.min_sources, Q.parse_bbox(args.bbox), args.search)
        if args.format == "csv":
            data: bytes = Q.export_csv(con, f).encode("utf-8")
        elif args.format == "parquet":
            data = Q.export_parquet(con, f)
        else:
            data = json.dumps(Q.export_geojson(con, f), ensure_ascii=False).encode("utf-8")
    except Q.QueryError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        return 2
    finally:
        con.close()
    if not args.output:
        sys.stdout.buffer.write(data)
        return 0
    tmp = args.output + ".part"
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, args.output)   # whole or not at all
    return 0


# -- ingest and watch ------------------------------------------------------------
WARC_EXT = (".warc", ".warc.gz", ".arc", ".arc.gz")


def load_sources(path: str) -> list[tuple[str, Optional[tuple]]]:
    """A sources file (YAML): `sources: [{url: ..., outlet: ..., kind: ...}, {warc: ...}, {path: ...}]`;
    returns (address, (outlet name, outlet kind) or None)."""
    import yaml
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ValueError(f"sources file '{path}': {str(e).splitlines()[0]}") from None
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"sources file '{path}': expected a list under 'sources:'")
    out = []
    for i, e in enumerate(entries, 1):
        if isinstance(e, str):
            out.append((e, None))
        elif isinstance(e, dict) and any(k in e for k in ("url", "feed", "sitemap", "warc", "path")):
            addr = str(e.get("url") or e.get("feed") or e.get("sitemap") or e.get("warc") or e.get("path"))
            name = e.get("outlet") or e.get("name")
            kind = e.get("kind")
            if kind is not None and kind not in ("wire", "independent", "state", "partisan", "aligned"):
                raise ValueError(f"sources file '{path}': entry {i}: kind '{kind}' is not one of wire, "
                                 f"independent, state, partisan, aligned")
            out.append((addr, (str(name), kind) if name else None))
        else:
            raise ValueError(f"sources file '{path}': entry {i} has no url, feed, sitemap, warc or path")
    return out


def _log(args, kind: str, **fields) -> None:
    """--log-json: one JSON object per line on stderr, for log shippers."""
    if getattr(args, "log_json", False):
        import datetime as _dt
        rec = {"time": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"), "event": kind, **fields}
        sys.stderr.write(json.dumps(rec, ensure_ascii=False) + "\n")
        sys.stderr.flush()


def _ingest_once(args, err: Console) -> int:
    from .ingest.fetch import Fetcher
    from .ingest.warc import read_warc
    from .ingest.web import FetchState, discover
    from .store.db import Store, StoreError
    targets = list(args.inputs)
    outlets: dict = {}
    if args.sources:
        try:
            for addr, outlet in load_sources(args.sources):
                targets.append(addr)
                if outlet:
                    outlets[addr] = outlet
        except ValueError as e:
            err.print(f"[red]error:[/] {escape(str(e))}")
            return 2
    if not targets:
        err.print("[red]error:[/] nothing to ingest: give addresses, files or --sources FILE")
        return 2
    try:
        store = Store(args.db)
    except StoreError as e:
        err.print(f"[red]error:[/] {escape(str(e))}")
        return 2
    opts = ReadOptions(published=args.published, lang=args.lang, max_bytes=args.max_bytes)
    urls = [t for t in targets if t.startswith(("http://", "https://"))]
    items: list = []
    if urls:
        fetcher = Fetcher(timeout=args.timeout, retries=args.retries, backoff=args.backoff,
                          host_delay=args.host_delay, max_bytes=args.max_bytes * 4)
        state = FetchState(store.fetch_state, store.set_fetch_state)
        try:
            for it in discover(urls, fetcher, opts, store.has_url, state, outlets=outlets):
                items.append(it)
                _log(args, "fetched" if isinstance(it, Article) else "dropped", source=it.source,
                     **({"reason": it.reason} if not isinstance(it, Article) else {}))
        finally:
            fetcher.close()
    from pathlib import Path
    files = [t for t in targets if not t.startswith(("http://", "https://"))]
    for t in files:
        if t.lower().endswith(WARC_EXT):
            items.extend(read_warc(Path(t), opts))
        else:
            items.extend(iter_inputs([t], opts))
    return cmd_extract(args, items, store)


def _ingest_args(args) -> None:
    # what cmd_extract reads from its own arguments
    for k, v in (("paths", []), ("output", None), ("today", None), ("workers", 1), ("cluster", None),
                 ("shards", None)):
        if not hasattr(args, k):
            setattr(args, k, v)


def cmd_ingest(args) -> int:
    _ingest_args(args)
    err = Console(stderr=True, soft_wrap=True, highlight=False)
    import time
    t0 = time.monotonic()
    rc = _ingest_once(args, err)
    _log(args, "run", status=rc, seconds=round(time.monotonic() - t0, 1))
    return rc


def cmd_watch(args) -> int:
    """Poll the sources every --interval seconds; new articles and events go to the store."""
    _ingest_args(args)
    args.quiet = True
    err = Console(stderr=True, soft_wrap=True, highlight=False)
    import time
    cycle = 0
    try:
        while True:
            cycle += 1
            t0 = time.monotonic()
            rc = _ingest_once(args, err)
            _log(args, "cycle", cycle=cycle, status=rc, seconds=round(time.monotonic() - t0, 1))
            # a usage error stops at once; later (the store busy, say) the next poll retries
            if (rc == 2 and cycle == 1) or (args.cycles and cycle >= args.cycles):
                return rc
            time.sleep(max(0.0, args.interval - (time.monotonic() - t0)))
    except KeyboardInterrupt:
        err.print(f"stopped after {cycle} cycle(s)")
        return 0
