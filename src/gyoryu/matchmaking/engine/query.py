"""A query as the engine sees it: own terms, cross-lingual expansion terms, vectors and likely codes."""

from __future__ import annotations

import math
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
    via: dict[str, str] = field(default_factory=dict)  # expansion term -> "glossary" | "ksic"
    industry: float = 0.0  # 0..1, how much the text is about industries (gates the code signals)
    code_terms: dict[str, float] = field(default_factory=dict)  # profile terms of the likely codes
    names: tuple[str, ...] = ()  # the querying organisation's own names (never shown as reasons)
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # what reasons read once a query


def build_query(
    *,
    engine,
    text: str,
    codes: dict[str, float] | None = None,
    vectors: tuple | None = None,
    names: tuple[str, ...] = (),
) -> Query:
    """Analyse ``text`` (any language), expand it across languages, embed it, guess its industry codes.

    ``vectors``: (text vector, sentences, sentence vectors) already computed for this text (an indexed
    profile's own), so nothing is embedded again.
    """
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
        exact = knowledge.code_for_name(text) if codes is None else None
        if codes is None:
            codes = {exact: 1.0} if exact else knowledge.code_scores(base, top=5)
        strength = 1.0 if exact else knowledge.industry_strength(base, codes)
        industry = strength**2 if strength >= 0.5 else 0.0
        code_terms = _profile_query(knowledge, codes)
    else:
        industry, code_terms = 1.0, {}  # nothing to tell: no gating
    if vectors is not None:
        vecs = np.asarray(vectors[0], dtype=np.float32).reshape(1, -1)
        sents, sent_vecs = (list(vectors[1]), vectors[2]) if len(vectors[1]) else ([text], vecs)
    else:
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
        industry=industry,
        code_terms=code_terms,
        names=names,
    )


def _profile_query(knowledge, codes: dict[str, float], *, top: int = 3, size: int = 150) -> dict[str, float]:
    """The most frequent profile terms of the likely codes, weighted by code probability."""
    out: dict[str, float] = {}
    for code, p in sorted(codes.items(), key=lambda x: -x[1])[:top]:
        counts = Counter(knowledge.profile_terms(code))
        for term, n in counts.most_common(size):
            out[term] = out.get(term, 0.0) + p * (1.0 + math.log(n)) / 3.0
    return out
