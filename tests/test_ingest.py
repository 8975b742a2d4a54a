"""Feeds, sitemaps, article pages and WARC files, served by a real HTTP server on
127.0.0.1, including slow, broken and hostile endpoints."""
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from conftest import run_cli

REPORTS = {
    "1": ("Gunmen kill four at checkpoint near Baqubah", "2024-03-12",
          "BAQUBAH, Iraq — Gunmen attacked an army checkpoint near Baqubah in Diyala province on Monday, "
          "killing four soldiers, a police source said. No group claimed the attack."),
    "2": ("Roadside bomb hits patrol in Kirkuk", "2024-03-13",
          "KIRKUK, Iraq — A roadside bomb struck a police patrol in Kirkuk on Tuesday, wounding three "
          "policemen, officials said. Islamic State claimed responsibility for the attack."),
    "3": ("Protest over power cuts in Basra", "2024-03-14",
          "BASRA, Iraq — Hundreds of residents protested in Basra on Wednesday against power cuts, "
          "blocking a main road with burning tyres before dispersing peacefully."),
    "4": ("Drone strike on a depot near Mayadin", "2024-03-15",
          "DEIR EZ-ZOR, Syria — A drone struck a fuel depot near Al-Mayadin on Thursday, killing two "
          "workers, local sources said. No one claimed the strike."),
    "flaky": ("Clashes in Tal Afar", "2024-03-16",
              "TAL AFAR, Iraq — Security forces clashed with militants west of Tal Afar on Friday, killing "
              "five militants, the army said."),
}


def page(key):
    title, day, text = REPORTS[key]
    return (f"<!doctype html><html><head><title>{title}</title>"
            f"<meta property='article:published_time' content='{day}T08:00:00Z'></head><body>"
            f"<nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{text}</p>"
            f"<p>The region has seen repeated attacks in recent months, residents said.</p></article>"
            f"<footer>Share this article</footer></body></html>").encode()


class Site(BaseHTTPRequestHandler):
    hits: dict = {}
    times: list = []
    not_modified = 0

    def log_message(self, *a):
        pass

    def send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        Site.hits[p] = Site.hits.get(p, 0) + 1
        Site.times.append(time.monotonic())
        base = f"http://127.0.0.1:{self.server.server_port}"
        if p == "/feed.xml":
            if self.headers.get("If-None-Match") == '"feed-v1"':
                Site.not_modified += 1
                return self.send(304)
            items = "".join(f"<item><title>{REPORTS[k][0]}</title><link>{base}/a/{k}.html</link>"
                            f"<pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate></item>" for k in ("1", "2"))
            body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test wire</title>{items}</channel></rss>"
            return self.send(200, body.encode(), "application/rss+xml", [("ETag", '"feed-v1"')])
        if p == "/atom.xml":
            body = (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
                    f"<entry><title>{REPORTS['3'][0]}</title><link href='{base}/a/3.html'/>"
                    f"<updated>2024-03-14T08:00:00Z</updated><id>x3</id></entry></feed>")
            return self.send(200, body.encode(), "application/atom+xml")
        if p == "/sitemap.xml":
            locs = ["/a/4.html", "/a/flaky.html", "/broken.html", "/loop", "/huge.html", "/image.png", "/slow.html"]
            body = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>" +
                    "".join(f"<url><loc>{base}{x}</loc></url>" for x in locs) + "</urlset>")
            return self.send(200, body.encode(), "application/xml")
        if p.startswith("/a/"):
            key = p[3:].removesuffix(".html")
            if key == "flaky" and Site.hits[p] == 1:
                return self.send(503, b"try later")
            return self.send(200, page(key))
        if p == "/broken.html":
            return self.send(500, b"boom")
        if p == "/loop":
            return self.send(302, headers=[("Location", "/loop2")])
        if p == "/loop2":
            return self.send(302, headers=[("Location", "/loop")])
        if p == "/huge.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(400):
                    self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if p == "/image.png":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        if p == "/slow.html":
            time.sleep(2.5)
            return self.send(200, page("1"))
        return self.send(404, b"not here")


@pytest.fixture(scope="module")
def site():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    srv.handle_error = lambda request, address: None   # clients hanging up on hostile pages is the point
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


FAST = ["--timeout", "1", "--retries", "1", "--backoff", "0.1", "--host-delay", "0.15", "--max-bytes", "200000"]


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_feeds_sitemaps_and_hostile_pages(site, tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - {{url: {site}/feed.xml, outlet: Test Wire, kind: wire}}\n"
                       f"  - feed: {site}/atom.xml\n"
                       f"  - sitemap: {site}/sitemap.xml\n", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    Site.times.clear()
    r = run_cli("ingest", "--sources", sources, "--db", db, "-q", "--log-json", *FAST, timeout=300)
    assert r.returncode == 1, r.stderr.decode()      # some inputs failed, the batch went on
    stored = dict(rows(db, "SELECT url, status FROM articles"))
    outlets = dict(rows(db, "SELECT url, outlet || '/' || outlet_kind FROM articles WHERE outlet IS NOT NULL"))
    assert outlets == {f"{site}/a/1.html": "Test Wire/wire", f"{site}/a/2.html": "Test Wire/wire"}
    for k in ("1", "2", "3", "4", "flaky"):
        assert stored.get(f"{site}/a/{k}.html") == "ok", (k, stored)
    assert Site.hits["/a/flaky.html"] == 2               # a 503 was retried
    logs = [json.loads(x) for x in r.stderr.decode().splitlines() if x.startswith("{")]
    reasons = {d["source"].rsplit("/", 1)[-1]: d["reason"] for d in logs if d["event"] == "dropped"}
    assert "server error 500" in reasons["broken.html"]
    assert "redirects" in reasons["loop"]
    assert "limit" in reasons["huge.html"]
    assert "content type 'image/png'" in reasons["image.png"]
    assert "no answer" in reasons["slow.html"]
    assert any(d["event"] == "run" for d in logs)
    # the events of the pages are found, dated from the pages
    evs = rows(db, "SELECT location, event_date FROM events")
    places = {e[0] for e in evs}
    assert {"Baqubah", "Kirkuk"} <= places, places
    # politeness: never two requests to the host closer than the delay
    gaps = [b - a for a, b in zip(Site.times, Site.times[1:])]
    assert min(gaps) >= 0.1     # 0.15 s asked; without the delay, requests come 1 ms apart


def test_watch_polls_with_conditional_get_and_adds_nothing_twice(site, tmp_path):
    db = tmp_path / "w.duckdb"
    before_304 = Site.not_modified
    hits_1 = Site.hits.get("/a/1.html", 0)
    r = run_cli("watch", f"{site}/feed.xml", "--db", db, "--interval", "0.2", "--cycles", "3", *FAST, timeout=300)
    assert r.returncode in (0, 1), r.stderr.decode()
    assert Site.not_modified - before_304 == 2            # polls 2 and 3 got "304 Not Modified"
    assert Site.hits["/a/1.html"] == hits_1 + 1          # each article fetched once
    assert rows(db, "SELECT count(*), count(DISTINCT content_hash) FROM articles")[0] == (2, 2)


def test_warc_archives(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for key, ctype, body in (("1", "text/html", page("1")), ("4", "text/html", page("4")),
                                 ("logo", "image/png", b"\x89PNG....")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            rec = w.create_warc_record(f"https://archive.example/{key}", "response", payload=io.BytesIO(body),
                                       http_headers=headers)
            w.write_record(rec)
    bad = tmp_path / "notes.warc"
    bad.write_bytes(b"this is not an archive\n" * 20)
    db = tmp_path / "a.duckdb"
    r = run_cli("ingest", path, bad, "--db", db, "-q")
    assert r.returncode == 1
    assert b"notes.warc" in r.stderr and b"not a readable WARC" in r.stderr and b"Traceback" not in r.stderr
    urls = {u for (u,) in rows(db, "SELECT url FROM articles WHERE status = 'ok'")}
    assert urls == {"https://archive.example/1", "https://archive.example/4"}
    assert rows(db, "SELECT count(*) FROM events")[0][0] >= 2


def test_bad_sources_file(tmp_path):
    s = tmp_path / "s.yaml"
    s.write_text("sources: {url: 3}\n", encoding="utf-8")
    r = run_cli("ingest", "--sources", s, "--db", tmp_path / "x.duckdb")
    assert r.returncode == 2 and b"s.yaml" in r.stderr and b"Traceback" not in r.stderr
