"""Directory search: which documents *match* a short free-text query, in any language, best first.

Ranking (``Engine._rank``) orders every document; a directory shows only those that match. A document matches
on a side (its offers, or its seeks) when

* it covers at least ``COVERAGE`` of the query's words, weighted by how rare they are (idf), where a word
  counts when the document has it or one of its glossary translations ("machined engine parts" covers
  「항공기 엔진 부품 정밀 가공」 through 가공, 엔진, 부품); or
* its text is unusually close in meaning to the query: at least ``DENSE_Z`` standard deviations above the
  query's mean similarity to background sentences (``background``), as sentence-pair reasons are judged.

Matches are ordered by coverage, then by the engine's fused score (``RANK_SHARE``): a profile that has the
very words comes before one that has their translations or only some of them. A document that matches on
both sides keeps the better score.
"""

from __future__ import annotations

import numpy as np

from . import background
from .query import build_query
from .reasons import Result
from .text import clean

COVERAGE = 0.5
DENSE_Z = 3.0
TRANSLATED = 0.8  # a word found only through its translation covers this much of it
RANK_SHARE = 0.25  # the engine's fused score (scaled to the best match) orders matches of equal coverage


def find(engine, *, text: str, k: int = 500, allow=None) -> list[Result]:
    """The documents matching ``text`` (see the module), best first, at most ``k``; no reasons."""
    text = clean(text)
    if not engine.docs or not text:
        return []
    q = build_query(engine=engine, text=text)
    mask = engine._mask(allow, set())
    if not mask.any():
        return []
    best = np.full(len(engine._ids), -np.inf)
    for side in ("offers", "seeks"):
        coverage = _coverage(engine, q, side)
        matches = mask & ((coverage >= COVERAGE - 1e-9) | _close(engine, q, side))
        if not matches.any():
            continue
        _, fused = engine._rank(q, side=side, k=0, allow=None, exclude=set(), mask=mask)
        top = float(fused[matches].max())
        scaled = fused / top if top > 0 else np.zeros_like(fused)
        best = np.where(matches, np.maximum(best, coverage + RANK_SHARE * scaled), best)
    order = [int(s) for s in np.argsort(-best, kind="stable") if np.isfinite(best[s])][:k]
    return [Result(id=engine._ids[s], score=round(float(best[s]), 4)) for s in order]


def _coverage(engine, q, side: str) -> np.ndarray:
    """Per document, the share of the query's idf mass it covers (own words; translations count TRANSLATED)."""
    lex = engine.sides[side].lex
    size = len(engine._ids)
    own = list(dict.fromkeys(q.terms))
    covered = np.zeros(size, dtype=np.float64)
    total = 0.0
    for term in own:
        weight = lex.idf(term)
        total += weight
        found = np.zeros(size, dtype=np.float64)
        for form in engine.glossary.map.get(term, {}):
            found[list(lex.postings.get(form, {}))] = TRANSLATED
        found[list(lex.postings.get(term, {}))] = 1.0
        covered += weight * found
    return covered / total if total else covered


def _close(engine, q, side: str) -> np.ndarray:
    """Documents whose whole text is unusually close in meaning to the query."""
    mean, has, _, _, _, _ = engine.sides[side].matrices(len(engine._ids), engine.backend.dim)
    ref = background.vectors(engine.backend) @ q.vector
    z = (mean @ q.vector - ref.mean()) / max(float(ref.std()), 1e-6)
    return has & (z >= DENSE_Z)
