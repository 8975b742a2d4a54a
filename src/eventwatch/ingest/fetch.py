"""A polite HTTP client for feeds, sitemaps and article pages.

Polite: one request at a time per host with a minimum delay between them,
conditional GET (ETag / Last-Modified remembered by the caller), timeouts,
retries with exponential backoff on timeouts and 5xx answers (never on 4xx), a
cap on redirects and on body size (the body is streamed and cut, never loaded
whole), and only the content types we can read. Every failure is a `FetchError`
whose message names the URL and the reason.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlsplit

import httpx

from .. import __version__

USER_AGENT = f"eventwatch/{__version__} (conflict-event research; polite crawler)"
READABLE = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "application/rss+xml",
            "application/atom+xml", "application/rdf+xml", "text/plain", "application/feed+json",
            "application/x-rss+xml")


class FetchError(Exception):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


@dataclass
class Page:
    url: str                 # after redirects
    status: int              # 200, or 304 when not modified
    content_type: str
    body: bytes
    etag: Optional[str] = None
    last_modified: Optional[str] = None

    @property
    def text(self) -> str:
        from .reader import decode
        t = decode(self.body, self.url)
        return t if isinstance(t, str) else ""


@dataclass
class Fetcher:
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0          # seconds before the first retry, doubled each time
    host_delay: float = 1.0       # seconds between two requests to the same host
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    _last: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # redirects are followed here, hop by hop, so each hop waits its turn for the host
        self.client = httpx.Client(timeout=httpx.Timeout(self.timeout), follow_redirects=False,
                                   headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self.client.close()

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            wait = self.host_delay - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def get(self, url: str, etag: Optional[str] = None, last_modified: Optional[str] = None) -> Page:
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "not an http(s) address")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                return self._follow(url, headers)
            except _Retry as e:
                if attempt == self.retries:
                    raise FetchError(url, f"{e} (after {self.retries + 1} attempts)") from None
                time.sleep(delay)
                delay *= 2
        raise FetchError(url, "unreachable")   # pragma: no cover - the loop returns or raises

    def _follow(self, url: str, headers: dict) -> Page:
        target = url
        for _ in range(self.max_redirects + 1):
            self._wait_for_host(target)
            page = self._once(target, headers)
            if isinstance(page, Page):
                return page
            target = page            # the next hop
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    def _once(self, url: str, headers: dict):
        """A Page, or the address a redirect points to."""
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code in (301, 302, 303, 307, 308) and r.headers.get("location"):
                    nxt = str(r.url.join(r.headers["location"]))
                    if urlsplit(nxt).scheme not in ("http", "https"):
                        raise FetchError(url, f"redirect to a non-http address '{nxt[:80]}'")
                    return nxt
                if r.status_code == 304:
                    return Page(str(r.url), 304, "", b"", headers.get("If-None-Match"),
                                headers.get("If-Modified-Since"))
                if r.status_code >= 500:
                    raise _Retry(f"server error {r.status_code}")
                if r.status_code == 429:
                    raise _Retry("rate limited (429)")
                if r.status_code >= 400:
                    raise FetchError(url, f"HTTP {r.status_code}")
                ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype and not ctype.startswith(READABLE):
                    raise FetchError(url, f"content type '{ctype}' is not a page or a feed")
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, f"body of {int(declared)} bytes is over the {self.max_bytes} limit")
                chunks, size = [], 0
                started = time.monotonic()
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"body is over the {self.max_bytes} bytes limit")
                    if time.monotonic() - started > 3 * self.timeout:   # a trickle never ends the read timeout
                        raise _Retry(f"body still arriving after {3 * self.timeout:g} s")
                    chunks.append(chunk)
                return Page(str(r.url), r.status_code, ctype, b"".join(chunks), r.headers.get("etag"),
                            r.headers.get("last-modified"))
        except httpx.TimeoutException:
            raise _Retry(f"no answer within {self.timeout:g} s") from None
        except httpx.TransportError as e:
            raise _Retry(f"connection failed ({type(e).__name__})") from None


class _Retry(Exception):
    pass
