"""A small softmax (multinomial logistic) regression over sparse term weights plus a dense vector, in numpy.

Used as a learned signal when the engine has labelled examples: classes are documents, inputs are a text's
tf-idf terms and its embedding. Trained full-batch with Adam; a few seconds for thousands of samples.
"""

from __future__ import annotations

import numpy as np


class SoftmaxModel:
    """logits = W[terms] . tfidf + V . vector + b."""

    def __init__(
        self, *, vocab: dict[str, int], weights: np.ndarray, dense: np.ndarray, bias: np.ndarray
    ) -> None:
        self.vocab = vocab
        self.W = weights
        self.V = dense
        self.b = bias

    @classmethod
    def fit(
        cls,
        *,
        rows: list[dict[str, float]],
        vectors: np.ndarray,
        labels: np.ndarray,
        n_classes: int,
        steps: int = 150,
        lr: float = 0.05,
        l2: float = 1e-4,
        seed: int = 0,
    ) -> SoftmaxModel:
        """Fit on samples (``rows[i]`` term weights, ``vectors[i]``) with class ``labels[i]``."""
        vocab: dict[str, int] = {}
        for row in rows:
            for t in row:
                vocab.setdefault(t, len(vocab))
        indices, values, starts = [], [], []
        for row in rows:
            starts.append(len(indices))
            for t, v in row.items():
                indices.append(vocab[t])
                values.append(v)
        n, dim = len(rows), vectors.shape[1]
        idx = np.array(indices, dtype=np.int64)
        val = np.array(values, dtype=np.float32)
        row_of = np.repeat(np.arange(n), np.diff(np.r_[starts, len(indices)]))
        order = np.argsort(idx, kind="stable")
        uniq, first = np.unique(idx[order], return_index=True)
        rng = np.random.default_rng(seed)
        W = np.zeros((max(len(vocab), 1), n_classes), dtype=np.float32)
        V = (rng.standard_normal((dim, n_classes)) * 0.01).astype(np.float32)
        b = np.zeros(n_classes, dtype=np.float32)
        Y = np.zeros((n, n_classes), dtype=np.float32)
        Y[np.arange(n), labels] = 1.0
        params = [W, V, b]
        m = [np.zeros_like(p) for p in params]
        s = [np.zeros_like(p) for p in params]
        for step in range(1, steps + 1):
            Z = vectors @ V + b
            if len(idx):
                np.add.at(Z, row_of, W[idx] * val[:, None]) if n < 64 else _add_rows(
                    Z, row_of, W[idx] * val[:, None]
                )
            Z -= Z.max(axis=1, keepdims=True)
            P = np.exp(Z)
            P /= P.sum(axis=1, keepdims=True)
            G = (P - Y) / n
            gW = l2 * W
            if len(idx):
                contrib = (G[row_of] * val[:, None])[order]
                gW[uniq] += np.add.reduceat(contrib, first, axis=0)
            grads = [gW, vectors.T @ G + l2 * V, G.sum(axis=0)]
            for p, g, mi, si in zip(params, grads, m, s, strict=True):
                mi *= 0.9
                mi += 0.1 * g
                si *= 0.999
                si += 0.001 * g * g
                p -= lr * (mi / (1 - 0.9**step)) / (np.sqrt(si / (1 - 0.999**step)) + 1e-8)
        return cls(vocab=vocab, weights=W, dense=V, bias=b)

    def logits(self, *, row: dict[str, float], vector: np.ndarray) -> np.ndarray:
        """Class scores for one input."""
        z = vector @ self.V + self.b
        for t, v in row.items():
            i = self.vocab.get(t)
            if i is not None:
                z = z + v * self.W[i]
        return z


def _add_rows(Z: np.ndarray, row_of: np.ndarray, contrib: np.ndarray) -> None:
    """Z[row_of[j]] += contrib[j] for rows given in ascending order (every row present or not)."""
    starts = np.flatnonzero(np.r_[True, row_of[1:] != row_of[:-1]])
    Z[row_of[starts]] += np.add.reduceat(contrib, starts, axis=0)
