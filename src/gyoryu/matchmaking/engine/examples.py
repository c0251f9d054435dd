"""Labelled examples (text -> document) as ranking signals.

* nearest examples vote for their documents (``knn_dense``, ``knn_lex``);
* each document's examples form a centroid, dense and tf-idf (``centroid_dense``, ``centroid_lex``);
* ``prior``: how many examples a document has (log);
* ``linear``: a softmax regression (``linear.SoftmaxModel``) over tf-idf terms and embeddings, trained on the
  examples plus each document's own texts; cross-fitted in ``FOLDS`` folds so that every example is scored by
  a model that did not see it; queries are scored by a model trained on all examples.

During learning each example is scored with itself left out (``exclude``), so the fusion weights are fitted
on honest signals.

Learned from ``qrels/train.tsv`` in benchmarks, from accepted codes or past matches in the product.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .bm25 import BM25Index
from .text import analyze, clean

K_NEIGHBOURS = 10
SHARPNESS = 10.0
FOLDS = 3
MAX_CLASSES = (
    2000  # the softmax model is for classification-sized indexes (codes, categories), not 10k profiles
)


class ExampleIndex:
    """Example texts with their vectors, terms and target slots."""

    def __init__(
        self, *, vectors: np.ndarray, lex: BM25Index, targets: list[int], terms: list[list[str]]
    ) -> None:
        self.vectors = vectors
        self.lex = lex
        self.targets = np.array(targets, dtype=np.int64)
        size = int(self.targets.max()) + 1 if len(self.targets) else 0
        self.centroids = np.zeros((size, vectors.shape[1]), dtype=np.float32)
        np.add.at(self.centroids, self.targets, vectors)
        self.tfidf = [self._tfidf(t) for t in terms]
        self.term_post: dict[str, dict[int, float]] = {}
        for x, target in zip(self.tfidf, self.targets, strict=True):
            for term, w in x.items():
                post = self.term_post.setdefault(term, {})
                post[int(target)] = post.get(int(target), 0.0) + w
        self.models: list = []
        self.fold_of = np.zeros(len(self.targets), dtype=np.int64)
        self.sq_norm = np.zeros(size, dtype=np.float64)
        for post in self.term_post.values():
            for target, w in post.items():
                self.sq_norm[target] += w * w

    def _tfidf(self, terms: list[str]) -> dict[str, float]:
        counts = Counter(terms)
        x = {t: (1.0 + np.log(n)) * self.lex.idf(t) for t, n in counts.items()}
        norm = float(np.sqrt(sum(v * v for v in x.values()))) or 1.0
        return {t: v / norm for t, v in x.items()}

    @classmethod
    def build(cls, *, engine, pairs: list[tuple[str, str]]) -> ExampleIndex:
        """Embed and index the example texts of ``pairs`` (text, doc id)."""
        texts = [clean(t) for t, _ in pairs]
        lex = BM25Index()
        terms = [analyze(text) for text in texts]
        for i, t in enumerate(terms):
            lex.add(slot=i, terms=t)
        vectors = engine.backend.encode(texts)
        index = cls(vectors=vectors, lex=lex, targets=[engine._slot[d] for _, d in pairs], terms=terms)
        if len(engine) <= MAX_CLASSES:
            index.fit_linear(engine=engine)
        return index

    def fit_linear(self, *, engine) -> None:
        """Train the cross-fitted softmax models (examples + documents' own texts)."""
        from .linear import SoftmaxModel

        doc_texts, doc_labels = [], []
        for slot, doc_id in enumerate(engine._ids):
            if doc_id is None:
                continue
            pieces = engine.sides["offers"].pieces.get(slot, ([], None))[0]
            own = " ".join(engine.docs[doc_id].offer_texts())
            for text in [own] + [", ".join(pieces[j : j + 4]) for j in range(0, len(pieces), 4)]:
                if text:
                    doc_texts.append(text)
                    doc_labels.append(slot)
        doc_rows = [self._tfidf(analyze(t)) for t in doc_texts]
        doc_vecs = engine.backend.encode(doc_texts) if doc_texts else np.zeros((0, self.vectors.shape[1]))
        n = len(self.targets)
        self.fold_of = np.arange(n) % FOLDS
        n_classes = len(engine._ids)
        self.models = []
        for fold in [*range(FOLDS), None]:  # FOLDS cross-fitted models, then one on every example
            keep = self.fold_of != fold
            rows = [r for r, k in zip(self.tfidf, keep, strict=True) if k] + doc_rows
            vecs = np.concatenate([self.vectors[keep], doc_vecs]).astype(np.float32)
            labels = np.concatenate([self.targets[keep], np.array(doc_labels, dtype=np.int64)])
            self.models.append(
                SoftmaxModel.fit(
                    rows=rows, vectors=vecs, labels=labels, n_classes=n_classes, steps=80, lr=0.1, l2=3e-5
                )
            )

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
        out = {
            "knn_dense": self._vote(np.where(keep, sims, -np.inf), size, dense=True),
            "knn_lex": self._vote(np.where(keep, lex, 0.0), size, dense=False),
            "prior": np.log1p(prior),
            "centroid_dense": self._centroid_dense(query.vector, size, exclude),
            "centroid_lex": self._centroid_lex(query.terms, size, exclude),
        }
        if self.models:
            row = self._tfidf(query.terms)
            model = self.models[self.fold_of[exclude]] if exclude is not None else self.models[-1]
            logits = model.logits(row=row, vector=query.vector)
            out["linear"] = np.full(size, float(logits.min()), dtype=np.float32)
            out["linear"][: len(logits)] = logits[:size]
        return out

    def _centroid_dense(self, vector: np.ndarray, size: int, exclude: int | None) -> np.ndarray:
        cents = self.centroids
        if exclude is not None:
            cents = cents.copy()
            cents[self.targets[exclude]] -= self.vectors[exclude]
        norms = np.linalg.norm(cents, axis=1)
        out = np.zeros(size, dtype=np.float32)
        n = len(cents)
        out[:n] = np.where(norms > 1e-6, (cents @ vector) / np.maximum(norms, 1e-6), 0.0)
        return out

    def _centroid_lex(self, terms: list[str], size: int, exclude: int | None) -> np.ndarray:
        q = self._tfidf(terms)
        dots = np.zeros(len(self.sq_norm), dtype=np.float64)
        for term, w in q.items():
            for target, c in self.term_post.get(term, {}).items():
                dots[target] += w * c
        sq = self.sq_norm.copy()
        if exclude is not None:
            own, target = self.tfidf[exclude], int(self.targets[exclude])
            cross = sum(w * self.term_post[t][target] for t, w in own.items())
            sq[target] += -2.0 * cross + sum(w * w for w in own.values())
            dots[target] -= sum(w * own.get(t, 0.0) for t, w in q.items())
        out = np.zeros(size, dtype=np.float32)
        norms = np.sqrt(np.maximum(sq, 0.0))
        out[: len(dots)] = np.where(norms > 1e-9, dots / np.maximum(norms, 1e-9), 0.0)
        return out

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
