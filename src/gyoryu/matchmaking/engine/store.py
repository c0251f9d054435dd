"""Vector storage hook: embeddings are computed once per version of a profile and reused.

A store is any object with ``get(key) -> dict[str, ndarray] | None`` and ``put(key, vectors)``, where
``key = VectorKey(doc_id, version, backend)`` and ``version`` is ``Document.content_hash()``. A store may also
offer ``get_many(keys) -> {key: vectors}`` (only those found) and ``put_many([(key, vectors), ...])``; the
engine then reads and writes a whole batch at once (a database store: a few queries instead of one a profile). The Django side
implements it on a table (one row per key, arrays as bytes via ``pack``/``unpack``); tests and benchmarks
use ``MemoryVectorStore``.
"""

from __future__ import annotations

import io
from typing import NamedTuple, Protocol

import numpy as np


class VectorKey(NamedTuple):
    """Identifies the vectors of one version of one document under one embedding backend."""

    doc_id: str
    version: str
    backend: str


class VectorStore(Protocol):
    """Where the engine keeps and finds embeddings."""

    def get(self, key: VectorKey) -> dict[str, np.ndarray] | None:
        """The stored vectors, or None."""
        ...

    def put(self, key: VectorKey, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors (replacing older versions of the same doc is the store's choice)."""
        ...


class MemoryVectorStore:
    """A dict-backed store; ``puts`` counts writes (useful to check that nothing is recomputed)."""

    def __init__(self) -> None:
        self.data: dict[VectorKey, dict[str, np.ndarray]] = {}
        self.puts = 0

    def get(self, key: VectorKey) -> dict[str, np.ndarray] | None:
        """The stored vectors, or None."""
        return self.data.get(key)

    def put(self, key: VectorKey, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors, dropping older versions of the same document."""
        for old in [k for k in self.data if k.doc_id == key.doc_id and k != key]:
            del self.data[old]
        self.data[key] = vectors
        self.puts += 1


def pack(vectors: dict[str, np.ndarray]) -> bytes:
    """Serialise a dict of arrays (``.npz`` bytes, float16 to halve the size)."""
    buf = io.BytesIO()
    np.savez(buf, **{k: v.astype(np.float16) for k, v in vectors.items()})
    return buf.getvalue()


def unpack(data: bytes) -> dict[str, np.ndarray]:
    """Inverse of ``pack`` (float32 arrays)."""
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        return {k: z[k].astype(np.float32) for k in z.files}
