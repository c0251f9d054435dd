"""Results and the reasons a person can check: matched terms (both languages), related codes, sentence pair.

A reason must say why two organisations fit (``vocabulary``): legal forms, company words, places, stop words,
bare numbers, one-syllable fragments and the organisations' own names are never shown, nor words that more
than half the profiles use. Words reached only through a likely code's KSIC name are not shown as terms: the
shared or related codes are the reason then. A sentence pair is shown only when both sentences say something (two reason
words each) and they are unusually close in meaning for the query's sentence: at least ``PAIR_Z`` standard
deviations above its mean similarity to background sentences (``background``), so the test adapts to each
embedding model's range of cosines; and they share a reason word (directly or through the glossary) unless
they stand out by ``PAIR_Z_ALONE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .text import EN_STOP, analyze, clean, kiwi, stem
from .vocabulary import is_reason_term, strip_names

MAX_TERMS = 12
PAIR_Z = 3.0
PAIR_Z_ALONE = 5.0  # a pair that shares no word (in either language) must stand out further
MIN_SENTENCE_TERMS = 2
COMMON_SHARE = 0.5  # a word in more than this share of the profiles (of an index of 20 or more) is no reason
MEMO_TEXTS = 20_000  # texts whose analysis is kept per engine (see ``_memo``)


@dataclass
class Result:
    """One ranked document: ``score`` (fused, higher is better) and ``reasons``.

    ``reasons`` = {"terms": [{"query", "document", "via"}], "codes": [{"code", "name_ko", "name_en",
    "relation", "inferred"}], "sentences": {"query", "document", "similarity"}, "side": "offers"|"seeks"}
    """

    id: str
    score: float
    reasons: dict = field(default_factory=dict)


_STANDARD_FORM = re.compile(r"^([a-z]+)(\d+[a-z]?)$")


def surface(term: str, text: str) -> str:
    """The word of ``text`` that an index term came from (the stem or form itself if not found)."""
    lang, _, form = term.partition(":")
    if lang == "ko":
        return _korean_surface(term, form, text)
    standard = _STANDARD_FORM.match(form)
    if standard:
        found = re.search(rf"\b{standard[1]}[ -]?{standard[2]}\b", text, re.I)
        if found:
            return found.group(0)
    for word in re.findall(r"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*|\d+", text):
        low = word.lower()
        if low not in EN_STOP and (stem(low) == form or low == form):
            return word
    return form


def _korean_surface(term: str, form: str, text: str) -> str:
    """A Korean term as a reader recognises it: the form itself when it reads as that term on its own
    (「유통」), else the text's word with its noun suffixes (「다변화」, not the fragment 「다변」)."""
    if analyze(form) == [term]:
        return form
    tokens = kiwi().tokenize(text)
    for i, tok in enumerate(tokens):
        if tok.form != form:
            continue
        end = tok.start + tok.len
        for after in tokens[i + 1 :]:
            if after.tag != "XSN" or after.start != end:
                break
            end = after.start + after.len
        word = text[tok.start : end]
        if term in analyze(word):
            return word
    return form


def _memo(engine) -> dict:
    """What the reasons read of texts (names stripped, terms, reason words) and each side's common words,
    kept while the engine's documents stay as they are (its ``_generation``): every candidate of a query, and
    every later query, reads the same sentences again.  A new dict replaces a stale one whole, so a reader in
    another thread never sees it half cleared."""
    memo = engine._reasons_memo
    if memo is None or memo["generation"] != engine._generation or len(memo["texts"]) > MEMO_TEXTS:
        memo = {"generation": engine._generation, "common": {}, "texts": {}, "reason": {}}
        engine._reasons_memo = memo
    return memo


def _read(engine, text: str, names) -> tuple[str, frozenset[str]]:
    """``text`` without the organisation's ``names``, and its terms (kept: ``_memo``)."""
    texts = _memo(engine)["texts"]
    key = (text, tuple(names))
    found = texts.get(key)
    if found is None:
        stripped = strip_names(text, names)
        found = texts[key] = (stripped, frozenset(analyze(clean(stripped))))
    return found


def _common(engine, side: str) -> set[str]:
    common = _memo(engine)["common"]
    if side not in common:
        common[side] = _common_terms(engine.sides[side].lex)
    return common[side]


def explain(*, engine, query, slot: int, side: str) -> dict:
    """Reasons for the document in ``slot`` matching ``query`` on ``side``."""
    doc = engine.docs[engine._ids[slot]]
    names = (doc.name_ko, doc.name_en)
    doc_text, doc_terms = _read(
        engine, " ".join(doc.offer_texts() if side == "offers" else doc.seek_texts()), names
    )
    query_text, query_terms = _read(engine, query.text, query.names)
    index = engine.sides[side].lex
    common = _common(engine, side)
    terms = []
    for term in index.matched(query=query.weighted_terms, slot=slot):
        if not is_reason_term(term) or term not in doc_terms or term in common:
            continue
        how = query.via.get(term, "same")
        if how == "ksic":
            continue  # a word of a likely code's name: the codes themselves are the reason (``codes``)
        if how == "same":
            if term not in query_terms:
                continue
            q_word = surface(term, query_text)
        else:
            q_word = _query_word(engine, query, term, query_text, query_terms, common)
            if not q_word:
                continue
        terms.append({"query": q_word, "document": surface(term, doc_text), "via": how})
        if len(terms) == MAX_TERMS:
            break
    codes = _codes(engine, query, slot, doc)
    pair = _best_pair(engine, query, slot, side, names=names)
    return {"side": side, "terms": terms, "codes": codes, "sentences": pair}


def _common_terms(index) -> set[str]:
    n = len(index)
    if n < 20:
        return set()
    return {t for t, post in index.postings.items() if len(post) > COMMON_SHARE * n}


def _query_word(engine, query, term: str, query_text: str, query_terms: set[str], common: set[str]) -> str:
    """For a glossary term, the query word it translates ('' if that word is no reason)."""
    for q_term in query.terms:
        if term in engine.glossary.map.get(q_term, {}):
            ok = q_term in query_terms and is_reason_term(q_term) and q_term not in common
            return surface(q_term, query_text) if ok else ""
    return ""


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


def _reason_terms(engine, side: str, sentence: str, names) -> frozenset[str]:
    """The sentence's words that can be a reason on ``side`` (kept: ``_memo``)."""
    reason = _memo(engine)["reason"]
    key = (side, sentence, tuple(names))
    found = reason.get(key)
    if found is None:
        common = _common(engine, side)
        found = reason[key] = frozenset(
            t for t in _read(engine, sentence, names)[1] if is_reason_term(t) and t not in common
        )
    return found


def _query_sentences(engine, query, side: str):
    """The query's sentences that can pair (their reason words, indexes and vectors) and their mean and
    spread of similarity to the background sentences: the same for every candidate, so read once a query."""
    background = engine.sentence_background(side=side)
    key = ("pair", side)
    kept = query.memo.get(key)
    if kept is None or kept[0] is not background:
        q_terms = [_reason_terms(engine, side, s, query.names) for s in query.sentences]
        q_ok = [
            i
            for i, t in enumerate(q_terms)
            if len(t) >= MIN_SENTENCE_TERMS and i < len(query.sentence_vectors)
        ]
        if not q_ok or len(background) < 10:
            kept = query.memo[key] = (background, None)
        else:
            q_vecs = query.sentence_vectors[q_ok]
            ref = q_vecs @ background.T
            read = (q_terms, q_ok, q_vecs, ref.mean(axis=1), np.maximum(ref.std(axis=1), 1e-6))
            kept = query.memo[key] = (background, read)
    return kept[1]


def _best_pair(engine, query, slot: int, side: str, *, names) -> dict:
    pieces = engine.sides[side].pieces.get(slot)
    if not pieces or not len(pieces[1]):
        return {}
    texts, mat = pieces
    read = _query_sentences(engine, query, side)
    if read is None:
        return {}
    q_terms, q_ok, q_vecs, mean, sd = read
    d_terms = [_reason_terms(engine, side, s, names) for s in texts[: len(mat)]]
    d_ok = [j for j, t in enumerate(d_terms) if len(t) >= MIN_SENTENCE_TERMS]
    if not d_ok:
        return {}
    sims = q_vecs @ mat[d_ok].T
    z = (sims - mean[:, None]) / sd[:, None]
    shared = np.array([[_shared(engine, q_terms[i], d_terms[j]) for j in d_ok] for i in q_ok], dtype=bool)
    good = (z >= PAIR_Z) & (shared | (z >= PAIR_Z_ALONE))
    if not good.any():
        return {}
    qi, di = np.unravel_index(int(np.argmax(np.where(good, sims, -np.inf))), sims.shape)
    q_index, d_index = q_ok[qi], d_ok[di]
    return {
        "query": query.sentences[q_index],
        "document": texts[d_index],
        "similarity": round(float(sims[qi, di]), 3),
    }


def _shared(engine, q_terms: set[str], d_terms: set[str]) -> bool:
    """The two sentences share a reason word, in the same language or through the glossary."""
    return bool(q_terms & d_terms) or bool(set(engine.glossary.expand(list(q_terms))) & d_terms)
