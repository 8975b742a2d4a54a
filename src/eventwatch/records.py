"""Typed records passed between stages (no loose dicts)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional


@dataclass
class Article:
    """One input report, as read. `text` is the raw text (offsets refer to it)."""
    id: str
    text: str
    published: Optional[str] = None   # YYYY-MM-DD
    url: Optional[str] = None
    title: Optional[str] = None
    lang: Optional[str] = None
    source: str = ""                  # where it was read from (file path, line)
    html: Optional[str] = None        # raw HTML when the input was HTML
    outlet: Optional[str] = None      # the publisher, when the source list says it (sources file)
    outlet_kind: Optional[str] = None

    @property
    def content_hash(self) -> str:
        import hashlib
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Drop:
    """An input that could not be processed, with the reason (never silent)."""
    source: str
    reason: str
    id: Optional[str] = None


@dataclass
class Span:
    text: str
    start: int
    end: int
    field: str = "text"      # offsets are into the input's "text", or into its "title"


# Sentences of a title given apart from the text (a JSONL "title") sit at this
# offset, so one number line holds both and offsets never collide.
TITLE_BASE = 1 << 40


@dataclass
class Segment:
    """A kept paragraph of the cleaned article, with its place in the raw text."""
    text: str
    start: int
    lang: Optional[str] = None
    is_title: bool = False


@dataclass
class Sentence:
    text: str
    start: int               # offset in the raw article text
    end: int
    para: int                # index of the paragraph (segment)
    is_title: bool = False
    clause: int = 0          # >0: a later clause of a sentence telling separate incidents


@dataclass
class CleanArticle:
    article: Article
    segments: list[Segment]
    lang: str
    removed: list[tuple[str, str]] = field(default_factory=list)  # (text, why)
    datelines: list[tuple[int, int]] = field(default_factory=list)  # raw offsets of 'KADUNA, Nigeria —'

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)


@dataclass
class Place:
    name: str
    country: Optional[str]
    admin1: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    geo_precision: int
    kind: str = "town"       # town | facility | admin1 | country
    span: Optional[Span] = None


@dataclass
class Event:
    """One event mention extracted from one article (the batch contract's event)."""
    event_type: str
    sub_event_type: str
    event_date: Optional[str]
    time_precision: int
    actor1: Optional[str]
    actor2: Optional[str]
    claimed_by: Optional[str]
    location: Optional[str]
    admin1: Optional[str]
    country: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    geo_precision: Optional[int]
    fatalities: Optional[int]
    evidence: list[Span]
    event_id: Optional[str] = None
    iso: Optional[str] = None
    date_basis: str = ""            # how the date was found
    fatalities_basis: str = ""      # how the fatality figure was found
    attributed_to: Optional[str] = None
    notes: str = ""
    place_named: Optional[str] = None   # the village the report names where no gazetteer here places it
    date_hint: Optional[str] = None     # undated, or dated only by a weekday guess: the day told without its year ("--01-15") or week ("Saturday")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return d


@dataclass
class Result:
    """What the pipeline returns for one article."""
    id: str
    events: list[Event]
    lang: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    source: str = ""
    content_hash: str = ""
    dropped: Optional[str] = None     # reason, when the article could not be processed
    outlet: Optional[str] = None      # the publisher, when known (data/outlets.yaml)
    outlet_kind: Optional[str] = None  # wire | independent | state | partisan | aligned
    duplicate_of: Optional[str] = None  # id of an earlier article this one republishes
    signature: Optional[object] = None  # MinHash signature (numpy array), for near-duplicates
    text: Optional[str] = None          # the raw text the evidence offsets point into (kept by the store)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "events": [e.to_dict() for e in self.events]}
        if self.dropped:
            out["dropped"] = self.dropped
        if self.outlet:
            out["outlet"] = self.outlet
            out["outlet_kind"] = self.outlet_kind
        if self.duplicate_of:
            out["duplicate_of"] = self.duplicate_of
        return out
