"""The dense industry signal: where a document's text lies among the KSIC groups, by meaning.

Each 3-digit KSIC group is a point: the mean vector of its names (the Korean names of the group and all its
sub-codes, and its English name). A document's cosine to every group is standardised over the groups (a z-score
per document), so a text close to everything (a generic "지주회사", "무역") does not count as close to the group a
query is about; the signal for a query is that z-score at the query's likely groups, weighted by their
probability. It complements the lexical code signals where a product text shares no word with the code's names
and notes (e.g. 「생수」 under 음료 제조업), and works across languages through the embedding model.

The group points are embedded with the multilingual USE model whenever the engine's backend contains it (a
few seconds for about 1,900 names, once per process), and compared with the USE part of the documents' vectors;
another backend embeds them itself.
"""

from __future__ import annotations

import hashlib
import threading

import numpy as np

from .embed import EnsembleBackend, UseBackend

_cache: dict[tuple[str, str], tuple[list[str], np.ndarray]] = {}
_lock = threading.Lock()


def view(backend) -> tuple[object, slice]:
    """(the backend that embeds the group names, the part of the engine's vectors that lies in its space)."""
    if isinstance(backend, EnsembleBackend):
        start = 0
        for part in backend.parts:
            if isinstance(part, UseBackend):
                return part, slice(start, start + part.dim)
            start += part.dim
    return backend, slice(0, backend.dim)


def groups(knowledge, backend) -> tuple[list[str], np.ndarray]:
    """The groups and their unit centroid vectors (rows), computed once per process, tables and backend."""
    texts = knowledge.group_texts()
    digest = hashlib.sha256(repr(sorted(texts.items())).encode()).hexdigest()
    key = (backend.name, digest)
    with _lock:
        found = _cache.get(key)
        if found is None:
            codes = list(texts)
            flat = [t for c in codes for t in texts[c]]
            vectors = backend.encode(flat) if flat else np.zeros((0, backend.dim), dtype=np.float32)
            rows, pos = [], 0
            for c in codes:
                n = len(texts[c])
                centroid = vectors[pos : pos + n].mean(axis=0)
                rows.append(centroid / max(float(np.linalg.norm(centroid)), 1e-9))
                pos += n
            matrix = np.stack(rows).astype(np.float32) if rows else np.zeros((0, backend.dim), np.float32)
            found = _cache[key] = (codes, matrix)
    return found


def zscores(mean: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """[documents, groups]: each document's cosine to each group, standardised over the groups."""
    norms = np.linalg.norm(mean, axis=1, keepdims=True)
    sims = (mean / np.maximum(norms, 1e-9)) @ centroids.T
    sd = sims.std(axis=1, keepdims=True)
    return np.where(norms > 0, (sims - sims.mean(axis=1, keepdims=True)) / np.maximum(sd, 1e-6), 0.0)


def score(z: np.ndarray, index: dict[str, int], codes: dict[str, float]) -> np.ndarray:
    """The signal for a query's likely codes: the z-scores at their groups (a 2-digit division: the best of
    its groups), weighted by probability."""
    out = np.zeros(z.shape[0], dtype=np.float32)
    for code, p in codes.items():
        if len(code) >= 3:
            columns = [index[code[:3]]] if code[:3] in index else []
        else:
            columns = [j for g, j in index.items() if g.startswith(code)]
        if columns:
            out += p * z[:, columns].max(axis=1)
    return out
