"""Labelled examples (text -> document) as ranking signals: nearest examples vote for their documents.

Learned from ``qrels/train.tsv`` in benchmarks, from accepted codes or past matches in the product.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .bm25 import BM25Index
from .text import analyze, clean

K_NEIGHBOURS = 10
SHARPNESS = 10.0


class ExampleIndex:
    """Example texts with their vectors, terms and target slots."""

    def __init__(self, *, vectors: np.ndarray, lex: BM25Index, targets: list[int]) -> None:
        self.vectors = vectors
        self.lex = lex
        self.targets = np.array(targets, dtype=np.int64)

    @classmethod
    def build(cls, *, engine, pairs: list[tuple[str, str]]) -> ExampleIndex:
        """Embed and index the example texts of ``pairs`` (text, doc id)."""
        texts = [clean(t) for t, _ in pairs]
        lex = BM25Index()
        for i, text in enumerate(texts):
            lex.add(slot=i, terms=analyze(text))
        vectors = engine.backend.encode(texts)
        return cls(vectors=vectors, lex=lex, targets=[engine._slot[d] for _, d in pairs])

    def features(self, *, query, size: int, exclude: int | None = None) -> dict[str, np.ndarray]:
        """knn_dense, knn_lex (votes of the nearest examples) and prior (log count) per slot."""
        n = len(self.targets)
        sims = self.vectors @ query.vector
        lex = self.lex.score(query={t: 1.0 for t in query.terms}, size=n)
        keep = np.ones(n, dtype=bool)
        if exclude is not None:
            keep[exclude] = False
        prior = np.zeros(size, dtype=np.float32)
        np.add.at(prior, self.targets[keep], 1.0)
        return {
            "knn_dense": self._vote(np.where(keep, sims, -np.inf), size, dense=True),
            "knn_lex": self._vote(np.where(keep, lex, 0.0), size, dense=False),
            "prior": np.log1p(prior),
        }

    def _vote(self, scores: np.ndarray, size: int, *, dense: bool) -> np.ndarray:
        out = np.zeros(size, dtype=np.float32)
        k = min(K_NEIGHBOURS, len(scores))
        if k == 0:
            return out
        top = np.argpartition(-scores, k - 1)[:k]
        for i in top:
            s = scores[i]
            if not np.isfinite(s) or (not dense and s <= 0):
                continue
            out[self.targets[i]] += np.exp(SHARPNESS * (s - 1.0)) if dense else s
        return out


def count_targets(pairs: list[tuple[str, str]]) -> Counter:
    """How many examples each document has."""
    return Counter(d for _, d in pairs)
