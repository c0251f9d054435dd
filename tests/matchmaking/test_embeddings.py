"""The packaged embedding models (USE v3, multilingual-e5-small) and their ensemble, for real."""

from __future__ import annotations

import numpy as np
import pytest

from gyoryu.matchmaking.engine import Document, Engine
from gyoryu.matchmaking.engine.embed import (
    ENSEMBLE_MAX_DOCS,
    E5Backend,
    backend_for,
    default_backend,
    ensemble_backend,
)

TEXTS = ["항공기 엔진 부품 정밀 가공", "machined aircraft engine parts", "화장품 OEM 생산", ""]


def test_ensemble_cosine_is_the_weighted_sum_of_the_models_cosines():
    both = ensemble_backend()
    use, e5 = default_backend().encode(TEXTS), E5Backend().encode(TEXTS)
    vectors = both.encode(TEXTS)
    assert vectors.shape == (4, 512 + 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    expected = 0.2 * (use @ use.T) + 0.8 * (e5 @ e5.T)
    np.testing.assert_allclose(vectors @ vectors.T, expected, atol=1e-4)
    sims = vectors @ vectors.T
    assert (
        sims[0, 1] > sims[0, 2] and sims[1, 0] > sims[1, 2]
    )  # the translation is nearer than the other trade
    assert both.encode([]).shape == (0, 896)


def test_auto_takes_the_ensemble_for_small_indexes_only():
    assert backend_for("auto", documents=ENSEMBLE_MAX_DOCS).name == ensemble_backend().name
    assert backend_for("auto", documents=ENSEMBLE_MAX_DOCS + 1).name == default_backend().name
    assert backend_for("use+e5", documents=10**6).name == ensemble_backend().name
    with pytest.raises(ValueError, match="unknown embedding backend 'bert'"):
        backend_for("bert", documents=1)


def test_suggestions_reuse_the_profiles_own_vectors_and_match_across_languages():
    engine = Engine(backend=ensemble_backend())
    engine.add_many(
        [
            Document(
                id="aero",
                name_ko="대한정밀",
                offers_ko="항공기 엔진 부품 정밀 가공",
                seeks_en="aircraft OEMs",
            ),
            Document(id="cosme", name_ko="한빛화장품", offers_ko="화장품 OEM 생산, 스킨케어 크림"),
            Document(
                id="buyer", name_en="Midwest Aero", seeks_en="aerospace supplier for machined engine parts"
            ),
        ]
    )
    calls = []
    original = engine.backend.encode
    engine.backend.encode = lambda texts: calls.append(texts) or original(texts)
    try:
        assert engine.suggest_for(doc_id="buyer", k=1)[0].id == "aero"
    finally:
        del engine.backend.encode
    assert calls == []  # nothing embedded again: the profile's stored vectors are the query's
    assert engine.search(text="스킨케어 화장품 위탁 생산", k=1)[0].id == "cosme"


def test_a_suggestions_reason_quotes_the_profiles_sentence_that_matched():
    engine = Engine(backend=ensemble_backend())
    engine.add_many(
        [
            Document(
                id="aero",
                name_ko="대한정밀",
                offers_ko="항공기 엔진 부품 정밀 가공. 스테인리스 배관 용접.",
            ),
            Document(id="buyer", name_en="Midwest Aero", seeks_en="machined aircraft engine parts"),
        ]
    )
    (result,) = engine.suggest_for(doc_id="aero", k=1)
    assert result.id == "buyer" and result.reasons["side"] == "seeks"
    assert result.reasons["sentences"]["query"] == "항공기 엔진 부품 정밀 가공"
    assert result.reasons["sentences"]["document"] == "machined aircraft engine parts"
