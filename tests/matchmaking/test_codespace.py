"""The dense industry signal (engine/codespace.py): a document's closeness to the query's KSIC group, by meaning
and relative to the other groups. Runs the product's models on the official KSIC names (../shared)."""

from __future__ import annotations

import numpy as np
import pytest

from gyoryu.matchmaking.engine import Document, Engine, codespace
from gyoryu.matchmaking.engine.embed import backend_for
from gyoryu.matchmaking.engine.query import build_query


@pytest.fixture(scope="module")
def knowledge():
    from gyoryu.classification.codesets import load_tables
    from gyoryu.matchmaking.engine import CodeKnowledge
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: needs the shared reference data at {SHARED_DATA}, which is absent")
    return CodeKnowledge.from_tables(load_tables(SHARED_DATA / "reference"))


def test_a_group_is_the_names_under_it_in_korean_and_its_english_name(knowledge):
    texts = knowledge.group_texts()
    assert all(len(code) == 3 for code in texts) and len(texts) > 200
    assert texts["212"][0] == "의약품 제조업" and texts["212"][-1] == "Manufacture of medicaments"
    assert {"생물 의약품 제조업", "한의약품 제조업", "동물용 의약품 제조업"} <= set(texts["212"])
    assert len(texts["212"]) == len(set(texts["212"]))  # 「한의약품 제조업」 is the name of 2122 and 21220: once


def test_zscores_stand_each_document_against_every_group():
    mean = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 0.0]], dtype=np.float32)  # the last has no text
    centroids = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]], dtype=np.float32)
    z = codespace.zscores(mean, centroids)
    assert z[0].argmax() == 0 and z[1].argmax() == 2 and not z[2].any()
    assert np.allclose(z[:2].mean(axis=1), 0.0, atol=1e-6) and np.allclose(z[:2].std(axis=1), 1.0, atol=1e-5)
    index = {"211": 0, "212": 1, "213": 2}
    assert codespace.score(z, index, {"21212": 1.0}).tolist() == pytest.approx(z[:, 1].tolist())
    assert codespace.score(z, index, {"21": 0.5}).tolist() == pytest.approx((0.5 * z.max(axis=1)).tolist())
    assert not codespace.score(z, index, {"999": 1.0}).any()


def test_an_english_need_finds_korean_texts_of_its_group_that_share_no_word_with_the_code_names(knowledge):
    """「백신·항체 치료제」 shares no word with the names under 212 (의약품 제조업); the lexical code signals
    cannot see it, the dense one does, and a text close to every industry (a holding company) gets nothing."""
    docs = {
        "vaccines": "백신, 항체 치료제 개발 및 생산",
        "holding": "지주회사, 자회사 지분 관리",
        "gears": "산업용 로봇 감속기, 정밀 기어",
        "cosmetics": "기초 화장품, 색조 화장품 OEM",
    }
    engine = Engine(knowledge=knowledge, backend=backend_for("auto", documents=len(docs)))
    engine.add_many(Document(id=k, offers_ko=v) for k, v in docs.items())
    query = build_query(engine=engine, text="Manufacture of medicaments")
    assert query.codes == {"212": 1.0}
    features = engine._features(query, side="offers")
    signal = dict(zip(engine._ids, features["code_dense"].tolist(), strict=True))
    assert max(signal, key=signal.get) == "vaccines"
    assert signal["vaccines"] > 1.0 > signal["holding"]
    assert [r.id for r in engine.search(text="Manufacture of medicaments", k=1)] == ["vaccines"]
