"""Per-process caches of what is built from the imported code tables: the code knowledge the matching
engine uses and the KSIC coder.  Rebuilt when an import changes the tables."""

from __future__ import annotations

import threading

from gyoryu.classification.queries import code_tables, tables_version

_lock = threading.RLock()
_cache: dict[str, tuple] = {}


def _cached(name: str, build, version=None):
    with _lock:
        version = tables_version() if version is None else version
        hit = _cache.get(name)
        if hit is None or hit[0] != version:
            hit = (version, build())
            _cache[name] = hit
        return hit[1]


def knowledge(version=None):
    """``CodeKnowledge`` over the imported KSIC codes and notes (empty if none were imported).  ``version``:
    the :func:`tables_version` the caller has just read (saves reading it again)."""
    from gyoryu.matchmaking.engine import CodeKnowledge

    return _cached("knowledge", lambda: CodeKnowledge.from_tables(code_tables()), version)


def coder():
    """The KSIC coder, or None when no KSIC codes were imported."""
    from gyoryu.classification.coder import KsicCoder

    def build():
        tables = code_tables()
        return KsicCoder.from_tables(tables) if tables.ksic else None

    return _cached("coder", build)


def suggest_codes(*, text: str, k: int = 5) -> list:
    """KSIC codes (with ISIC/NAICS bridges) proposed for a text; [] until KSIC codes are imported."""
    the_coder = coder() if text.strip() else None
    return the_coder.suggest(text=text[:5000], k=k) if the_coder is not None else []


def reset() -> None:
    with _lock:
        _cache.clear()
