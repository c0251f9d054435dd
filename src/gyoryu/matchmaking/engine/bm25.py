"""An incremental BM25 index (Okapi BM25, k1/b) over term lists, in pure Python + numpy.

Documents are added, replaced and removed one at a time; scoring walks the postings of the query terms only,
so a query costs O(postings of its terms). Term weights in queries are supported (for cross-lingual expansion
terms, which count less than the user's own words).
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np


class BM25Index:
    """BM25 over integer slots; the caller maps its ids to slots."""

    def __init__(self, *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.postings: dict[str, dict[int, int]] = {}
        self.lengths: dict[int, int] = {}
        self.total_length = 0
        self._terms_of: dict[int, tuple[str, ...]] = {}
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}

    def __len__(self) -> int:
        return len(self.lengths)

    def add(self, *, slot: int, terms: list[str]) -> None:
        """Index ``terms`` under ``slot`` (replacing what the slot had)."""
        if slot in self.lengths:
            self.remove(slot=slot)
        counts = Counter(terms)
        for term, tf in counts.items():
            self.postings.setdefault(term, {})[slot] = tf
            self._arrays.pop(term, None)
        self.lengths[slot] = len(terms)
        self.total_length += len(terms)
        self._terms_of[slot] = tuple(counts)

    def remove(self, *, slot: int) -> None:
        """Forget a slot (no-op if absent)."""
        if slot not in self.lengths:
            return
        for term in self._terms_of.pop(slot, ()):
            self._arrays.pop(term, None)
            plist = self.postings.get(term)
            if plist is not None:
                plist.pop(slot, None)
                if not plist:
                    del self.postings[term]
        self.total_length -= self.lengths.pop(slot)

    def idf(self, term: str) -> float:
        """Robertson-Sparck Jones idf (non-negative variant)."""
        n = len(self.lengths)
        df = len(self.postings.get(term, ()))
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def score(self, *, query: dict[str, float], size: int) -> np.ndarray:
        """Scores of every slot in ``range(size)`` for a weighted query ``{term: weight}``."""
        scores = np.zeros(size, dtype=np.float32)
        if not self.lengths:
            return scores
        avg = self.total_length / len(self.lengths) or 1.0
        k1, b = self.k1, self.b
        for term, weight in query.items():
            plist = self.postings.get(term)
            if not plist:
                continue
            idf = self.idf(term) * weight
            slots, tfs, lens = self._posting_arrays(term, plist)
            denom = tfs + k1 * (1.0 - b + b * lens / avg)
            scores[slots] += idf * tfs * (k1 + 1.0) / denom  # slots are unique within one term
        return scores

    def _posting_arrays(self, term: str, plist: dict[int, int]):
        arrays = self._arrays.get(term)
        if arrays is None:
            n = len(plist)
            slots = np.fromiter(plist.keys(), dtype=np.int64, count=n)
            tfs = np.fromiter(plist.values(), dtype=np.float32, count=n)
            lens = np.fromiter((self.lengths[s] for s in plist), dtype=np.float32, count=n)
            arrays = self._arrays[term] = (slots, tfs, lens)
        return arrays

    def matched(self, *, query: dict[str, float], slot: int) -> list[str]:
        """The query terms that occur in ``slot``, most informative first."""
        terms = [t for t in query if slot in self.postings.get(t, ())]
        return sorted(terms, key=lambda t: -self.idf(t) * query[t])
