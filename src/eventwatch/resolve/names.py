"""A multi-word name index over folded tokens, shared by places and actors.

Names are stored under `key()` (folded tokens joined by spaces); `scan` walks a
text once and returns the longest name starting at each token, so a 500-word
article costs a few thousand dict lookups whatever the size of the gazetteer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

from ..text import AR_PROCLITICS, fold, tokens

T = TypeVar("T")


@dataclass
class Hit(Generic[T]):
    key: str
    start: int          # char offsets in the scanned text
    end: int
    tok: int            # index of the first token
    ntok: int
    values: list[T]


class NameIndex(Generic[T]):
    def __init__(self, canon=None) -> None:
        self.map: dict[str, list[T]] = {}
        self.max_tokens = 1
        # canon: extra normalisation of a token sequence (e.g. dropping "al")
        self.canon = canon or (lambda toks: toks)

    def add(self, name: str, value: T) -> None:
        toks = [t for t, _, _ in tokens(fold(name))]
        toks = self.canon(toks)
        if not toks:
            return
        k = " ".join(toks)
        bucket = self.map.setdefault(k, [])
        if value not in bucket:
            bucket.append(value)
        self.max_tokens = max(self.max_tokens, len(toks))

    def get(self, name: str) -> list[T]:
        toks = self.canon([t for t, _, _ in tokens(fold(name))])
        return self.map.get(" ".join(toks), [])

    def scan(self, text: str, folded: str | None = None) -> list[Hit[T]]:
        folded = folded if folded is not None else fold(text)
        toks = list(tokens(folded))
        words = [t for t, _, _ in toks]
        hits: list[Hit[T]] = []
        i = 0
        while i < len(toks):
            found = None
            for n in range(min(self.max_tokens, len(toks) - i), 0, -1):
                seq = words[i:i + n]
                k = " ".join(self.canon(seq))
                vals = self.map.get(k)
                if vals is None and seq[0][:1] in "وبلف" and len(seq[0]) > 3:
                    # Arabic: a preposition or conjunction glued to the name
                    for p in AR_PROCLITICS:
                        if seq[0].startswith(p) and len(seq[0]) - len(p) >= 2:
                            rest = seq[0][len(p):]
                            if p.endswith("ال") or p == "لل":
                                rest = "ال" + rest
                            k2 = " ".join(self.canon([rest] + seq[1:]))
                            vals = self.map.get(k2)
                            if vals is None and p.endswith("ال"):
                                vals = self.map.get(" ".join(self.canon([seq[0][len(p):]] + seq[1:])))
                            if vals:
                                k = k2
                                break
                if vals is None and n >= 2 and len(seq[-1]) > 3 and seq[-1].endswith("s") and seq[-1].isascii():
                    # a possessive that lost its apostrophe ("the Libyan National Armys brigades"; wire
                    # copy passed through cp1252 drops it): the name is the one without the "s"
                    vals = self.map.get(" ".join(self.canon(seq[:-1] + [seq[-1][:-1]])))
                if vals:
                    found = Hit(k, toks[i][1], toks[i + n - 1][2], i, n, vals)
                    break
            if found:
                hits.append(found)
                i += found.ntok
            else:
                i += 1
        return hits

    def __len__(self) -> int:
        return len(self.map)


def load_all(index: NameIndex[T], items: Iterable[tuple[str, T]]) -> NameIndex[T]:
    for name, value in items:
        index.add(name, value)
    return index
