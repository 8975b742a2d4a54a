"""Command line: thin wrappers over the library (pipeline, store, output)."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from . import __version__


def _date(s: str) -> str:
    try:
        return date.fromisoformat(s).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{s}' is not a YYYY-MM-DD date")


def _run_options(p: argparse.ArgumentParser) -> None:
    """What every command that runs the pipeline accepts (extract, ingest, watch)."""
    p.add_argument("--lang", choices=["en", "fr", "ar"], help="language of every input (skip detection)")
    p.add_argument("--max-bytes", type=int, default=1_000_000, help="largest article accepted (bytes)")
    p.add_argument("--quiet", "-q", action="store_true", help="no table, no progress bar")
    p.add_argument("--log-json", action="store_true", help="structured logs (JSON lines) on stderr")
    p.add_argument("--workers", type=int, default=1, help="worker processes (a local Dask cluster) [1]")
    p.add_argument("--cluster", metavar="ADDRESS", help="run on a Dask scheduler, e.g. tcp://10.0.0.5:8786")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="eventwatch", description="Conflict events from raw news reports.")
    ap.add_argument("--version", action="version", version=f"eventwatch {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="extract events from .txt/.html/.jsonl files, folders or - (stdin)")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("-o", "--output", help="write results to out.jsonl, out.csv or out.parquet")
    ex.add_argument("--db", help="store articles, mentions and events in this DuckDB file")
    ex.add_argument("--published", type=_date, help="publication date for every input (YYYY-MM-DD)")
    _run_options(ex)
    ex.add_argument("--today", type=_date, help=argparse.SUPPRESS)
    ex.add_argument("--shards", metavar="DIR", help="where workers write their Parquet shards (shared by all "
                                                     "workers on a cluster) [next to --db, or a temporary folder]")
    ev = sub.add_parser("events", help="list the events of a store")
    ev.add_argument("--db", required=True)
    ev.add_argument("--limit", type=int, default=50)
    sh = sub.add_parser("show", help="one event of a store with its sources")
    sh.add_argument("event_id")
    sh.add_argument("--db", required=True)
    for name, helptext in (("ingest", "fetch feeds, sitemaps, article addresses, WARC files and files into a store"),
                           ("watch", "poll the sources on a schedule, adding new articles and events to a store")):
        ig = sub.add_parser(name, help=helptext)
        ig.add_argument("inputs", nargs="*", metavar="URL_OR_FILE")
        ig.add_argument("--sources", help="YAML file listing feeds, sitemaps, pages, WARC files")
        ig.add_argument("--db", required=True)
        ig.add_argument("--published", type=_date, help=argparse.SUPPRESS)
        _run_options(ig)
        ig.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a server [20]")
        ig.add_argument("--retries", type=int, default=3, help="retries on timeouts and server errors [3]")
        ig.add_argument("--backoff", type=float, default=1.0, help="seconds before the first retry, doubled after")
        ig.add_argument("--host-delay", type=float, default=1.0, help="seconds between requests to one host [1]")
        if name == "watch":
            ig.add_argument("--interval", type=float, default=900.0, help="seconds between polls [900]")
            ig.add_argument("--cycles", type=int, default=0, help="stop after this many polls (0: never)")
    sv = sub.add_parser("serve", help="serve the API and the web page over a store (read-only)")
    sv.add_argument("--db", required=True)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    sv.add_argument("--port", type=int, default=8000)
    xp = sub.add_parser("export", help="export the events of a store, filtered, as CSV, Parquet or GeoJSON")
    xp.add_argument("--db", required=True)
    xp.add_argument("--format", choices=["csv", "parquet", "geojson"], required=True)
    xp.add_argument("-o", "--output", help="file to write (default: standard output; Parquet needs a file)")
    xp.add_argument("--start", type=_date, help="first event day")
    xp.add_argument("--end", type=_date, help="last event day")
    xp.add_argument("--country")
    xp.add_argument("--admin1")
    xp.add_argument("--event-type")
    xp.add_argument("--sub-event-type")
    xp.add_argument("--actor", help="part of actor1, actor2 or claimed_by")
    cl = xp.add_mutually_exclusive_group()
    cl.add_argument("--claimed", dest="claimed", action="store_const", const=True, help="only claimed events")
    cl.add_argument("--unclaimed", dest="claimed", action="store_const", const=False, help="only unclaimed events")
    xp.add_argument("--min-sources", type=int)
    xp.add_argument("--bbox", help="min_lon,min_lat,max_lon,max_lat")
    xp.add_argument("-q", "--search", help="text in places, actors or evidence")
    return ap


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    if args.cmd == "extract":
        from .commands import cmd_extract
        return cmd_extract(args)
    if args.cmd == "events":
        from .commands import cmd_events
        return cmd_events(args)
    if args.cmd == "show":
        from .commands import cmd_show
        return cmd_show(args)
    if args.cmd == "ingest":
        from .commands import cmd_ingest
        return cmd_ingest(args)
    if args.cmd == "watch":
        from .commands import cmd_watch
        return cmd_watch(args)
    if args.cmd == "serve":
        from .commands import cmd_serve
        return cmd_serve(args)
    if args.cmd == "export":
        from .commands import cmd_export
        return cmd_export(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
