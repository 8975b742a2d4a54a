"""Near-duplicate articles (the same wire story republished): MinHash over word
5-shingles, with LSH so each new article is compared with a few candidates, not
with all. A republished story counts as one source, not many."""
from __future__ import annotations

import re
from typing import Optional

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.8
SCHEME = "affine32"   # pinned: stored signatures must stay comparable across versions
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> Optional[np.ndarray]:
    words = _WORD.findall(text.lower())
    if len(words) < 8:
        return None
    shingles = {" ".join(words[i:i + 5]).encode("utf-8") for i in range(max(1, len(words) - 4))}
    m = MinHash(num_perm=NUM_PERM, seed=11, scheme=SCHEME)
    m.update_batch(list(shingles))
    return m.hashvalues.astype(np.uint64)


class NearDupIndex:
    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.order: dict[str, int] = {}

    def _mh(self, sig: np.ndarray) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=11, hashvalues=sig, scheme=SCHEME)

    def add(self, key: str, sig: Optional[np.ndarray]) -> Optional[str]:
        """Index an article; return the key of the earliest near-duplicate already indexed."""
        if sig is None or key in self.order:
            return None
        mh = self._mh(sig)
        same = [k for k in self.lsh.query(mh)]
        self.lsh.insert(key, mh)
        self.order[key] = len(self.order)
        if not same:
            return None
        return min(same, key=self.order.__getitem__)
