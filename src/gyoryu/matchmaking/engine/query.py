"""A query as the engine sees it: own terms, cross-lingual expansion terms, vectors and likely codes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .text import analyze, clean, sentences

GLOSSARY_WEIGHT = 0.5
BRIDGE_WEIGHT = 0.4


@dataclass
class Query:
    """Everything needed to score candidates for one text."""

    text: str
    terms: list[str]
    weighted_terms: dict[str, float]
    vector: np.ndarray
    sentences: list[str]
    sentence_vectors: np.ndarray
    codes: dict[str, float] = field(default_factory=dict)
    via: dict[str, str] = field(default_factory=dict)  # expansion term -> "glossary" | "ksic:<code>"


def build_query(*, engine, text: str, codes: dict[str, float] | None = None) -> Query:
    """Analyse ``text`` (any language), expand it across languages, embed it, guess its industry codes."""
    text = clean(text)
    terms = analyze(text)
    weighted: dict[str, float] = {t: float(n) for t, n in Counter(terms).items()}
    via: dict[str, str] = {}
    for t, w in engine.glossary.expand(terms).items():
        weighted[t] = GLOSSARY_WEIGHT * w
        via[t] = "glossary"
    knowledge = engine.knowledge
    base = dict(weighted)
    if knowledge:
        for t, w in knowledge.bridge_terms(base).items():
            if t not in weighted:
                weighted[t] = BRIDGE_WEIGHT * w
                via[t] = "ksic"
        if codes is None:
            codes = knowledge.code_scores(base, top=5)
    sents = sentences(text)[:8] or [text]
    vecs = engine.backend.encode([text or "."] + (sents if len(sents) > 1 else []))
    sent_vecs = vecs[1:] if len(vecs) > 1 else vecs[:1]
    return Query(
        text=text,
        terms=terms,
        weighted_terms=weighted,
        vector=vecs[0],
        sentences=sents,
        sentence_vectors=np.asarray(sent_vecs, dtype=np.float32),
        codes=dict(codes or {}),
        via=via,
    )
