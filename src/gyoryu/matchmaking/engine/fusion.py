"""Fusion of ranking signals: per-query standardisation, a weighted sum, RRF, and weights learned from qrels.

Every signal (BM25 in the documents, BM25 in code profiles, dense cosine, nearest labelled examples...) is a
score per candidate. ``combine`` z-scores each signal over the candidates of one query and adds them with
weights. ``learn_weights`` fits those weights on labelled queries by maximising the softmax likelihood of the
right candidate (a listwise logistic regression, L2-regularised, plain gradient descent in numpy).
"""

from __future__ import annotations

import numpy as np

FEATURES = (
    "lex",
    "code_lex",
    "code_query",
    "dense",
    "dense_max",
    "codes",
    "code_dense",
    "knn_dense",
    "knn_lex",
    "prior",
    "centroid_dense",
    "centroid_lex",
    "linear",
    "div_linear",
    "div_centroid_dense",
    "div_knn_lex",
    "div_code_lex",
)

# Measured on the bench sets without training data (see the note in bench/matching.py).
DEFAULT_WEIGHTS = {
    "lex": 0.2,
    "code_lex": 0.3,
    "code_query": 0.5,
    "dense": 1.0,
    "dense_max": 0.0,
    "codes": 1.0,
    "code_dense": 1.0,
    "knn_dense": 0.0,
    "knn_lex": 0.0,
    "prior": 0.0,
}


# Signals that only make sense when the query is about industries (scaled by the query's industry strength).
GATED = frozenset({"lex", "code_lex", "codes", "code_query", "code_dense"})


def standardize(x: np.ndarray) -> np.ndarray:
    """Min-max scaling to [0, 1] over the last axis; a constant signal becomes zeros."""
    x = np.asarray(x, dtype=np.float32)
    lo = x.min(axis=-1, keepdims=True)
    span = x.max(axis=-1, keepdims=True) - lo
    return np.where(span > 1e-9, (x - lo) / np.maximum(span, 1e-9), 0.0)


def gated(weights: dict[str, float], strength: float) -> dict[str, float]:
    """Weights with the industry signals scaled by ``strength`` (0..1)."""
    return {n: w * strength if n in GATED else w for n, w in weights.items()}


def combine(features: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """Weighted sum of scaled signals (signals missing from ``weights`` count 0)."""
    total = None
    for name, values in features.items():
        w = weights.get(name, 0.0)
        if w == 0.0:
            continue
        part = w * standardize(values)
        total = part if total is None else total + part
    if total is None:
        size = len(next(iter(features.values()))) if features else 0
        return np.zeros(size, dtype=np.float32)
    return total


def rrf(rankings: list[np.ndarray], *, k: int = 60) -> np.ndarray:
    """Reciprocal rank fusion of score arrays (higher is better)."""
    total = np.zeros(len(rankings[0]), dtype=np.float64)
    for scores in rankings:
        ranks = np.empty(len(scores), dtype=np.int64)
        ranks[np.argsort(-scores, kind="stable")] = np.arange(len(scores))
        total += 1.0 / (k + 1 + ranks)
    return total


def learn_weights(
    *,
    samples: list[tuple[dict[str, np.ndarray], list[int], float]],
    names=FEATURES,
    l2: float = 0.01,
    steps: int = 400,
) -> dict[str, float]:
    """Weights maximising the softmax probability of the gold candidates.

    ``samples``: per labelled query, its signals over the candidates, the gold candidate indexes and the
    query's industry strength (which scales the GATED signals, as at query time).
    """
    names = [n for n in names if any(n in f for f, _, _ in samples)]
    if not samples or not names:
        return dict(DEFAULT_WEIGHTS)
    xs, golds = [], []
    for feats, gold, strength in samples:
        if not gold:
            continue
        size = len(next(iter(feats.values())))
        cols = []
        for n in names:
            col = standardize(feats[n]) if n in feats else np.zeros(size)
            cols.append(col * strength if n in GATED else col)
        x = np.stack(cols, axis=1)
        xs.append(x.astype(np.float64))
        golds.append(gold)
    w = np.array([DEFAULT_WEIGHTS.get(n, 0.0) for n in names], dtype=np.float64)
    lr = 2.0
    for _ in range(steps):
        grad = l2 * w
        for x, gold in zip(xs, golds, strict=True):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (p @ x - x[gold].mean(axis=0)) / len(xs)
        w -= lr * grad
    return {n: float(v) for n, v in zip(names, w, strict=True)}
