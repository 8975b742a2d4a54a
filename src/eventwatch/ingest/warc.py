"""Articles from web archives: the HTML responses of a WARC file (warcio).

Archives hold much besides articles (images, scripts, redirects, error pages):
only successful HTML responses are taken; the capture date stands in for the
publication date when the page states none.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..records import Article, Drop
from .reader import ReadOptions, _article, decode
from .web import _META_DATE, _META_DATE2


def _looks_like_archive(path: Path) -> bool:
    """A WARC (or old ARC) file starts with a record header, gzipped or not."""
    import gzip
    with open(path, "rb") as fh:
        head = fh.read(64)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as gz:
                head = gz.read(64)
        except (OSError, EOFError):
            return False
    return head.startswith(b"WARC/") or head.startswith(b"filedesc://")


def read_warc(path: Path, opts: ReadOptions) -> Iterator[Article | Drop]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    try:
        if not _looks_like_archive(path):
            yield Drop(str(path), "not a readable WARC file (it does not start with a WARC record)")
            return
    except OSError as e:
        yield Drop(str(path), f"cannot read: {e.strerror or e}")
        return
    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI") or f"{path}#{n}"
                status = rec.http_headers.get_statuscode()
                ctype = (rec.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if status != "200" or ctype not in ("text/html", "application/xhtml+xml"):
                    continue
                n += 1
                data = rec.content_stream().read(opts.max_bytes * 4 + 1)
                source = f"{path}#{url}"
                html = decode(data, source)
                if isinstance(html, Drop):
                    yield html
                    continue
                m = _META_DATE.search(html[:20000]) or _META_DATE2.search(html[:20000])
                captured = (rec.rec_headers.get_header("WARC-Date") or "")[:10] or None
                yield _article(source, url, html, opts, published=m.group(1) if m else captured, url=url, html=html)
    except (ArchiveLoadFailed, OSError, ValueError) as e:
        yield Drop(str(path), f"not a readable WARC file ({type(e).__name__}: {str(e)[:120]})")
        return
    if n == 0:
        yield Drop(str(path), "WARC file holds no HTML page")
