"""Results and the reasons a person can check: matched terms (both languages), related codes, sentence pair."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .text import EN_STOP, stem


@dataclass
class Result:
    """One ranked document: ``score`` (fused, higher is better) and ``reasons``.

    ``reasons`` = {"terms": [{"query", "document", "via"}], "codes": [{"code", "name_ko", "name_en",
    "relation", "inferred"}], "sentences": {"query", "document", "similarity"}, "side": "offers"|"seeks"}
    """

    id: str
    score: float
    reasons: dict = field(default_factory=dict)


def surface(term: str, text: str) -> str:
    """The word of ``text`` that an index term came from (the stem or form itself if not found)."""
    lang, _, form = term.partition(":")
    if lang == "ko":
        return form
    for word in re.findall(r"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*|\d+", text):
        low = word.lower()
        if low not in EN_STOP and (stem(low) == form or low == form):
            return word
    return form


def explain(*, engine, query, slot: int, side: str) -> dict:
    """Reasons for the document in ``slot`` matching ``query`` on ``side``."""
    doc = engine.docs[engine._ids[slot]]
    doc_text = " ".join(doc.offer_texts() if side == "offers" else doc.seek_texts())
    terms = []
    index = engine.sides[side].lex
    for term in index.matched(query=query.weighted_terms, slot=slot)[:12]:
        how = query.via.get(term, "same")
        q_word = _query_word(engine, query, term) if how != "same" else surface(term, query.text)
        terms.append({"query": q_word, "document": surface(term, doc_text), "via": how})
    codes = _codes(engine, query, slot, doc)
    return {"side": side, "terms": terms, "codes": codes, "sentences": _best_pair(engine, query, slot, side)}


def _query_word(engine, query, term: str) -> str:
    """For an expansion term, the query word(s) it was reached from."""
    for q_term in query.terms:
        if term in engine.glossary.map.get(q_term, {}):
            return surface(q_term, query.text)
    names = [engine.knowledge.name(c, lang="en" if term.startswith("ko:") else "ko") for c in query.codes]
    return next((n for n in names if n), query.text[:40])


def _codes(engine, query, slot: int, doc) -> list[dict]:
    explicit = {c for s, c in doc.codes if s == "ksic"}
    out = []
    for code, _weight in sorted(engine.codes.get(slot, {}).items(), key=lambda x: -x[1]):
        best = max((engine.knowledge.code_similarity(code, q) for q in query.codes), default=0.0)
        if best <= 0:
            continue
        out.append(
            {
                "code": code,
                "name_ko": engine.knowledge.name(code, lang="ko"),
                "name_en": engine.knowledge.name(code, lang="en"),
                "relation": "same" if best == 1.0 else "related",
                "inferred": code not in explicit,
            }
        )
    return out[:5]


def _best_pair(engine, query, slot: int, side: str) -> dict:
    pieces = engine.sides[side].pieces.get(slot)
    if not pieces or not len(pieces[1]):
        return {}
    texts, mat = pieces
    sims = query.sentence_vectors @ mat.T
    qi, di = np.unravel_index(int(np.argmax(sims)), sims.shape)
    q_sent = query.sentences[qi] if qi < len(query.sentences) else query.text
    return {"query": q_sent, "document": texts[di], "similarity": round(float(sims[qi, di]), 3)}
