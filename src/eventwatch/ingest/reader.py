"""Turn the paths a user gives into Articles, or Drops that say why not.

Every problem with one input (unreadable, binary, empty, too large, malformed
JSON line) becomes a Drop naming the input and the reason, and reading goes on.
"""
from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from ..records import Article, Drop

TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson", ".json"}
DEFAULT_MAX_BYTES = 1_000_000   # a news report is a few kB; 1 MB is already a book


@dataclass
class ReadOptions:
    published: Optional[str] = None   # overrides what the input says
    lang: Optional[str] = None
    max_bytes: int = DEFAULT_MAX_BYTES


Item = Union[Article, Drop]


def _human(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


def decode(data: bytes, source: str) -> Union[str, Drop]:
    """Bytes to text: UTF-8 first, then the best detected charset; binary is refused."""
    if not data.strip():
        return Drop(source, "empty input")
    head = data[:4096]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        return Drop(source, "binary data, not text")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None:
        return Drop(source, "not decodable as text in any known encoding")
    text = str(best)
    ctrl = sum(1 for c in text[:4000] if ord(c) < 32 and c not in "\r\n\t")
    if ctrl > 20:
        return Drop(source, "binary data, not text")
    return text


def check_date(value, source: str) -> Union[Optional[str], Drop]:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return Drop(source, f"'published' is {value!r}, not a YYYY-MM-DD date")
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return Drop(source, f"'published' is {value!r}, not a valid date")
    return value[:10]


def _article(source: str, aid: str, text: str, opts: ReadOptions, *, published=None, url=None,
             title=None, lang=None, html=None) -> Item:
    size = len(text.encode("utf-8"))
    if size > opts.max_bytes:
        return Drop(source, f"text is {_human(size)}, over the {_human(opts.max_bytes)} limit for one article "
                            f"(--max-bytes)", aid)
    if not text.strip():
        return Drop(source, "empty text", aid)
    pub = check_date(opts.published or published, source)
    if isinstance(pub, Drop):
        pub.id = aid
        return pub
    return Article(id=aid, text=text, published=pub, url=url, title=title,
                   lang=opts.lang or lang, source=source, html=html)


def _from_json_line(line: str, source: str, opts: ReadOptions) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Drop(source, f"malformed JSON line ({e.msg} at column {e.colno})")
    if not isinstance(obj, dict):
        return Drop(source, "JSON line is not an object")
    aid = obj.get("id")
    if aid is None or isinstance(aid, (dict, list)):
        return Drop(source, "JSON line has no 'id'")
    aid = str(aid)
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and isinstance(html, str):
        text = None
    elif not isinstance(text, str):
        return Drop(source, "JSON line has no 'text' string", aid)
    for k in ("url", "title", "lang"):
        if obj.get(k) is not None and not isinstance(obj.get(k), str):
            return Drop(source, f"'{k}' is not a string", aid)
    if text is None:
        return _article(source, aid, html, opts, published=obj.get("published"), url=obj.get("url"),
                        title=obj.get("title"), lang=obj.get("lang"), html=html)
    return _article(source, aid, text, opts, published=obj.get("published"), url=obj.get("url"),
                    title=obj.get("title"), lang=obj.get("lang"))


def read_jsonl(stream: Iterable[str], name: str, opts: ReadOptions) -> Iterator[Item]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        if len(line) > opts.max_bytes * 2:
            yield Drop(f"{name}:{n}", f"line is {_human(len(line))}, over the limit for one article")
            continue
        yield _from_json_line(line, f"{name}:{n}", opts)


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<p>" in head and "</p>" in head)


def read_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    source = str(path)
    ext = path.suffix.lower()
    try:
        size = path.stat().st_size
        if ext not in JSONL_EXT and size > opts.max_bytes * 4:
            yield Drop(source, f"file is {_human(size)}, over the {_human(opts.max_bytes)} limit for one article "
                               f"(--max-bytes)")
            return
        if ext in JSONL_EXT:
            with open(path, "rb") as fh:
                first = fh.read(4096)
            if b"\x00" in first:
                yield Drop(source, "binary data, not JSON lines")
                return
            with open(path, encoding="utf-8", errors="replace") as fh:
                yield from read_jsonl(fh, source, opts)
            return
        data = path.read_bytes()
    except OSError as e:
        yield Drop(source, f"cannot read: {e.strerror or e}")
        return
    text = decode(data, source)
    if isinstance(text, Drop):
        yield text
        return
    aid = path.stem
    if ext in HTML_EXT or (ext not in TEXT_EXT and _looks_html(text)):
        yield _article(source, aid, text, opts, html=text)
    else:
        yield _article(source, aid, text, opts)


def read_stdin(stream: IO[bytes], opts: ReadOptions) -> Iterator[Item]:
    data = stream.read()
    text = decode(data, "<stdin>")
    if isinstance(text, Drop):
        yield text
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text.splitlines(), "<stdin>", opts)
    elif _looks_html(text):
        yield _article("<stdin>", "stdin", text, opts, html=text)
    else:
        yield _article("<stdin>", "stdin", text, opts)


def iter_inputs(paths: list[str], opts: ReadOptions) -> Iterator[Item]:
    """Every input of every path, in a stable order (folders sorted)."""
    for p in paths:
        if p == "-":
            yield from read_stdin(sys.stdin.buffer, opts)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
            if not files:
                yield Drop(p, "folder holds no files")
            for f in files:
                if f.suffix.lower() in TEXT_EXT | HTML_EXT | JSONL_EXT:
                    yield from read_file(f, opts)
                else:
                    yield Drop(str(f), f"unsupported file type '{f.suffix or 'none'}' (expected .txt, .html, .jsonl)")
        elif path.exists():
            yield from read_file(path, opts)
        else:
            yield Drop(p, "no such file or folder")
