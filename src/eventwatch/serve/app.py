"""The HTTP API and the web page over a DuckDB store, opened read-only.

Errors share one JSON shape, {"error": {"status", "message", "detail"?}}: bad
parameters answer 400/422 with the parameter named, unknown ids 404; an
unexpected failure answers 500 in the same shape (the tests look for none).
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Literal, Optional

import duckdb
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import query as Q

STATIC = Path(__file__).parent / "static"


def vendor_dir() -> Optional[Path]:
    """Front-end libraries installed by npm (web/package.json), never a CDN."""
    env = os.environ.get("EVENTWATCH_WEB_VENDOR")
    cands = [Path(env)] if env else []
    cands.append(Path(__file__).resolve().parents[3] / "web" / "node_modules")
    for c in cands:
        if (c / "leaflet" / "dist" / "leaflet.js").exists():
            return c
    return None


def _error(status: int, message: str, detail=None) -> JSONResponse:
    body = {"error": {"status": status, "message": message}}
    if detail is not None:
        body["error"]["detail"] = detail
    return JSONResponse(body, status_code=status)


def _found(obj, missing: str):
    """The object, or a 404 in the API's error shape."""
    if obj is None:
        raise StarletteHTTPException(404, missing)
    return obj


def filters(start: Optional[date] = Query(None, description="first event day, YYYY-MM-DD"),
            end: Optional[date] = Query(None, description="last event day, YYYY-MM-DD"),
            country: Optional[str] = Query(None, max_length=100),
            admin1: Optional[str] = Query(None, max_length=100),
            event_type: Optional[str] = Query(None, max_length=100),
            sub_event_type: Optional[str] = Query(None, max_length=100),
            actor: Optional[str] = Query(None, max_length=200, description="part of actor1, actor2 or claimed_by"),
            claimed: Optional[bool] = Query(None, description="only claimed (true) or unclaimed (false) events"),
            min_sources: Optional[int] = Query(None, ge=0, le=1_000_000),
            bbox: Optional[str] = Query(None, max_length=200, description="min_lon,min_lat,max_lon,max_lat"),
            q: Optional[str] = Query(None, max_length=200, description="text in places, actors or evidence"),
            ) -> Q.Filters:
    return Q.Filters(start, end, country, admin1, event_type, sub_event_type, actor, claimed, min_sources,
                     Q.parse_bbox(bbox), q)


def create_app(db_path: str) -> FastAPI:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"database '{db_path}' does not exist")
    root = duckdb.connect(db_path, read_only=True)   # the server never writes the store
    app = FastAPI(title="eventwatch", version=__version__,
                  description="Conflict events extracted from news reports: one row per real event, "
                              "with its sources and evidence.")

    def con():
        c = root.cursor()   # one connection per request: DuckDB cursors are not shared across threads
        try:
            yield c
        finally:
            c.close()

    @app.exception_handler(Q.QueryError)
    async def _bad_query(request: Request, exc: Q.QueryError):
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        detail = [{"parameter": ".".join(str(x) for x in e.get("loc", [])[1:]) or None, "problem": e.get("msg")}
                  for e in exc.errors()]
        names = ", ".join(d["parameter"] or "request" for d in detail)
        return _error(422, f"invalid parameter(s): {names}", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        return _error(500, f"internal error: {type(exc).__name__}")

    # -- API -------------------------------------------------------------------
    @app.get("/api/events", summary="List events (filtered, sorted, paginated)")
    def events(f: Q.Filters = Depends(filters), sort: Literal["date", "fatalities", "sources", "last_seen"] = "date",
               order: Literal["asc", "desc"] = "desc", limit: int = Query(50, ge=1, le=1000),
               offset: int = Query(0, ge=0, le=100_000_000), c=Depends(con)):
        total, items = Q.list_events(c, f, sort, order, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/events/{event_id}", summary="One event with its mentions, sources and evidence")
    def event(event_id: str, c=Depends(con)):
        return _found(Q.event_detail(c, event_id), f"no event '{event_id}'")

    @app.get("/api/articles", summary="Articles in the store")
    def articles(limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=100_000_000),
                 c=Depends(con)):
        total, items = Q.list_articles(c, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/articles/{content_hash}", summary="One article and the events it reports")
    def one_article(content_hash: str, c=Depends(con)):
        return _found(Q.article(c, content_hash), f"no article '{content_hash}'")

    @app.get("/api/counts", summary="Counts of events and fatalities by period, type or country")
    def counts(by: Literal["day", "week", "month", "type", "country"] = "day", f: Q.Filters = Depends(filters),
               c=Depends(con)):
        return {"by": by, "items": Q.counts(c, f, by)}

    @app.get("/api/facets", summary="Values to filter on: countries, types, sub-types")
    def facets(c=Depends(con)):
        col = lambda k: [r[0] for r in c.execute(  # noqa: E731
            f"SELECT DISTINCT {k} FROM events WHERE {k} IS NOT NULL ORDER BY 1").fetchall()]
        return {"country": col("country"), "event_type": col("event_type"), "sub_event_type": col("sub_event_type")}

    @app.get("/api/export.{fmt}", summary="Export the filtered events: csv (ACLED columns), parquet or geojson")
    def export(fmt: Literal["csv", "parquet", "geojson"], f: Q.Filters = Depends(filters), c=Depends(con)):
        if fmt == "csv":
            return Response(Q.export_csv(c, f), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="events.csv"'})
        if fmt == "parquet":
            return Response(Q.export_parquet(c, f), media_type="application/vnd.apache.parquet",
                            headers={"Content-Disposition": 'attachment; filename="events.parquet"'})
        return Response(json.dumps(Q.export_geojson(c, f), ensure_ascii=False), media_type="application/geo+json")

    # -- web page ----------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html")

    @app.get("/event/{event_id}", include_in_schema=False)
    def event_page(event_id: str):
        return FileResponse(STATIC / "event.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    vd = vendor_dir()
    if vd is not None:
        app.mount("/vendor", StaticFiles(directory=vd), name="vendor")

    @app.get("/api/health", summary="Server and store status")
    def health(c=Depends(con)):
        n = c.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"status": "ok", "events": n, "web_libraries": vd is not None}

    return app
