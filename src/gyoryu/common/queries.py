"""Reads shared by the features."""

from __future__ import annotations


def prefetched(obj, name: str) -> list | None:
    """The rows of ``obj``'s relation ``name`` when a query prefetched them (e.g. the dashboard's mission,
    ``missions.queries.with_everything``), else None: the caller reads them itself."""
    cache = getattr(obj, "_prefetched_objects_cache", {})
    return list(cache[name]) if name in cache else None
