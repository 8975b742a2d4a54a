"""The pipeline as a library: articles in, results (events or a drop reason) out.

`process` never raises for one bad article: whatever goes wrong is recorded on
that article's Result as `dropped` with the reason, and the batch goes on.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator, Optional, Union

from .clean.text import clean
from .dedupe.neardup import signature
from .ingest.outlets import detect as detect_outlet
from .extract.events import extract
from .records import Article, Drop, Result


@dataclass
class Stats:
    articles: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    events: int = 0

    def add(self, r: Result) -> None:
        self.articles += 1
        if r.dropped:
            key = r.dropped.split(":")[0].split(" (")[0]
            self.dropped[key] = self.dropped.get(key, 0) + 1
        self.events += len(r.events)


def process(article: Article, today: Optional[date] = None) -> Result:
    base = dict(id=article.id, lang=article.lang, published=article.published, title=article.title,
                url=article.url, source=article.source, content_hash=article.content_hash, text=article.text)
    try:
        cleaned = clean(article)
        if isinstance(cleaned, Drop):
            return Result(events=[], dropped=cleaned.reason, **base)
        events = extract(cleaned, today)
        base["lang"] = cleaned.lang
        base["published"] = cleaned.article.published
        outlet = detect_outlet(article.url, article.html or article.text)
        name = outlet.name if outlet else article.outlet          # the outlets file knows best; else
        kind = outlet.kind if outlet else article.outlet_kind     # what the sources file said
        return Result(events=events, outlet=name, outlet_kind=kind, signature=signature(cleaned.text), **base)
    except Exception as e:  # one article's bug must not stop a batch; keep the reason
        where = traceback.extract_tb(e.__traceback__)[-1]
        return Result(events=[], dropped=f"internal error: {type(e).__name__}: {e} "
                                         f"({where.filename.rsplit('/', 1)[-1]}:{where.lineno})", **base)


def drop_result(d: Drop) -> Result:
    return Result(id=d.id or d.source, events=[], source=d.source, dropped=d.reason)


def run(items: Iterable[Union[Article, Drop]], today: Optional[date] = None) -> Iterator[Result]:
    for it in items:
        yield drop_result(it) if isinstance(it, Drop) else process(it, today)
