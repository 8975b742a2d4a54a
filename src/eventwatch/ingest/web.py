"""From addresses to Articles: RSS/Atom feeds (feedparser), sitemaps, article pages.

A feed or a sitemap is read for the article addresses it lists; each article page
is fetched once (an address already stored is not fetched again) and handed to the
pipeline as HTML (trafilatura finds the article in it). Every address that fails
becomes a Drop with the reason, and the run goes on.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Callable, Iterator, Optional
from xml.etree import ElementTree

from ..records import Article, Drop
from .fetch import Fetcher, FetchError, Page
from .reader import ReadOptions, _article

_META_DATE = re.compile(r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|"""
                        r"""pubdate|date|dc\.date)["'][^>]+content=["'](\d{4}-\d{2}-\d{2})""", re.I)
_META_DATE2 = re.compile(r"""<meta[^>]+content=["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]+(?:property|name)=["']"""
                         r"""(?:article:published_time|datePublished|pubdate|date)["']""", re.I)
_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass
class Link:
    url: str
    published: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None


@dataclass
class FetchState:
    """What a caller remembers between polls (conditional GET)."""
    get: Callable[[str], Optional[tuple]]          # url -> (etag, last_modified)
    put: Callable[[str, Optional[str], Optional[str], int], None]


def _entry_date(e) -> Optional[str]:
    for k in ("published_parsed", "updated_parsed", "created_parsed"):
        t = e.get(k)
        if t:
            return time.strftime("%Y-%m-%d", t)
    return None


def links_in(page: Page) -> Optional[list[Link]]:
    """The article links of a feed or a sitemap; None when the page is neither."""
    body = page.body.lstrip()
    head = body[:600].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        try:
            root = ElementTree.fromstring(body)
        except ElementTree.ParseError:
            return []
        out = []
        for u in root.iter():
            if u.tag in (f"{_SM}url", "url", f"{_SM}sitemap", "sitemap"):
                loc = u.find(f"{_SM}loc") if u.find(f"{_SM}loc") is not None else u.find("loc")
                mod = u.find(f"{_SM}lastmod") if u.find(f"{_SM}lastmod") is not None else u.find("lastmod")
                if loc is not None and loc.text:
                    out.append(Link(loc.text.strip(), (mod.text or "")[:10] if mod is not None else None))
        return out
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head or page.content_type.endswith(("rss+xml",
                                                                                                  "atom+xml")):
        import feedparser
        parsed = feedparser.parse(page.body)
        return [Link(e.get("link"), _entry_date(e), e.get("title")) for e in parsed.entries if e.get("link")]
    return None


def article_from(page: Page, link: Link, opts: ReadOptions, outlet: Optional[tuple] = None) -> Article | Drop:
    html = page.text
    if not html:
        return Drop(page.url, "page is not decodable text", page.url)
    m = _META_DATE.search(html[:20000]) or _META_DATE2.search(html[:20000])
    published = link.published or (m.group(1) if m else None)
    art = _article(page.url, link.url, html, opts, published=published, url=link.url, html=html)
    if isinstance(art, Article) and outlet:
        art.outlet, art.outlet_kind = outlet
    return art


def discover(urls: list[str], fetcher: Fetcher, opts: ReadOptions, seen: Callable[[str], bool],
             state: Optional[FetchState] = None, max_depth: int = 2,
             outlets: Optional[dict] = None) -> Iterator[Article | Drop]:
    """Every article reachable from the addresses (feeds, sitemaps, pages), once each.
    `outlets` maps a source address to its (outlet name, kind), passed on to its articles."""
    done: set[str] = set()
    queue = [(u, Link(u, outlet=u), 0) for u in urls]
    outlets = outlets or {}
    while queue:
        url, link, depth = queue.pop(0)
        if url in done:
            continue
        done.add(url)
        if depth > 0 and seen(url):
            continue          # an article already stored is not fetched again
        cond = state.get(url) if state and depth == 0 else None
        try:
            page = fetcher.get(url, *(cond or (None, None)))
        except FetchError as e:
            yield Drop(url, f"fetch failed: {e.reason}", url)
            continue
        if state and depth == 0:
            state.put(url, page.etag, page.last_modified, page.status)
        if page.status == 304:
            continue          # the feed has not changed since the last poll
        links = links_in(page)
        if links is None:
            yield article_from(page, link, opts, outlets.get(link.outlet))
        elif depth < max_depth:
            for lk in links:
                lk.outlet = link.outlet      # the source it was found through
                if lk.url not in done:
                    queue.append((lk.url, lk, depth + 1))
