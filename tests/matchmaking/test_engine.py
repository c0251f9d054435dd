"""The engine on small made-up bilingual profiles: cross-lingual matches, reasons, updates, bad input."""

from __future__ import annotations

import numpy as np
import pytest

from gyoryu.matchmaking.engine import Document, Engine, MemoryVectorStore, VectorKey, pack, unpack

PROFILES = [
    Document(
        id="aero",
        name_ko="대한정밀",
        offers_ko="항공기 엔진 부품 정밀 가공, AS9100 인증",
        seeks_en="aircraft OEM buyers",
    ),
    Document(id="cosme", name_ko="한빛화장품", offers_ko="화장품 OEM 생산, 스킨케어 크림"),
    Document(id="food", name_ko="바다식품", offers_ko="김 스낵과 수산물 가공 식품 수출"),
    Document(
        id="buyer",
        name_en="Midwest Aero",
        seeks_en="aerospace supplier for machined engine parts",
        offers_en="flight training and airport ground services",
    ),
    Document(id="med", name_en="MedTech GmbH", offers_en="medical imaging devices, ultrasound probes"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    e = Engine()
    e.add_many(PROFILES)
    return e


def test_english_need_finds_korean_supplier(engine):
    results = engine.search(text="aerospace supplier for machined engine parts", k=3)
    assert results[0].id == "aero"
    reasons = results[0].reasons
    assert reasons["side"] == "offers"
    assert {"query": "machined", "document": "가공", "via": "glossary"} in reasons["terms"]
    assert reasons["sentences"]["document"] == "항공기 엔진 부품 정밀 가공"


def test_korean_query_finds_english_profile(engine):
    results = engine.search(text="초음파 의료 영상 기기", k=2)
    assert results[0].id == "med"


def test_suggestions_match_offers_and_seeks_both_ways(engine):
    assert engine.suggest_for(doc_id="buyer", k=1)[0].id == "aero"
    assert engine.suggest_for(doc_id="aero", k=1)[0].id == "buyer"
    ids = [r.id for r in engine.suggest_for(doc_id="buyer", k=10)]
    assert "buyer" not in ids and len(ids) == 4


def test_suggestions_are_kept_until_the_index_changes():
    e = Engine()
    e.add_many(PROFILES)
    first = e.suggest_for(doc_id="buyer", k=3, allow={"aero", "cosme", "food"})
    assert [r.id for r in first] == [
        r.id for r in e.suggest_for(doc_id="buyer", k=3, allow={"aero", "cosme", "food"})
    ]
    assert (
        e.suggest_for(doc_id="buyer", k=3, allow={"aero", "cosme", "food"})[0] is first[0]
    )  # kept, not recomputed
    assert "aero" not in [r.id for r in e.suggest_for(doc_id="buyer", k=3, allow={"cosme", "food"})]
    e.set_reference_queries(texts=["aircraft engine parts", "skin cream"])  # other reference: asked anew
    assert e.suggest_for(doc_id="buyer", k=3, allow={"aero", "cosme", "food"})[0] is not first[0]
    e.set_reference_queries(texts=None)
    e.add(Document(id="aero", name_ko="대한정밀", offers_ko="화장품 크림"))  # the profile changed
    again = e.suggest_for(doc_id="buyer", k=3, allow={"aero", "cosme", "food"})
    assert [(r.id, r.reasons) for r in again] != [(r.id, r.reasons) for r in first]
    assert "항공기 엔진 부품 정밀 가공" not in str([r.reasons for r in again])
    e.remove("aero")
    assert "aero" not in [r.id for r in e.suggest_for(doc_id="buyer", k=3, allow={"aero", "cosme", "food"})]


def test_filters_by_predicate_and_id_set(engine):
    results = engine.search(text="aerospace engine parts", k=5, allow=lambda d: d.id != "aero")
    assert "aero" not in [r.id for r in results]
    assert [r.id for r in engine.search(text="aerospace", k=5, allow={"food", "med"})] in (
        ["food", "med"],
        ["med", "food"],
    )


def test_empty_index_and_unknown_doc_return_nothing():
    e = Engine()
    assert e.search(text="anything", k=5) == []
    assert e.suggest_for(doc_id="nope") == []
    assert e.search_many(texts=["a", "b"]) == [[], []]


def test_update_and_remove_are_incremental():
    store = MemoryVectorStore()
    e = Engine(store=store)
    e.add_many(PROFILES)
    assert store.puts == 5
    e.update(Document(id="food", offers_en="titanium forging for jet engines"))
    assert store.puts == 6
    assert e.search(text="titanium forging", k=1)[0].id == "food"
    assert e.remove("food") is True and e.remove("food") is False
    assert "food" not in [r.id for r in e.search(text="titanium forging", k=10)]
    assert len(e) == 4
    e.add(Document(id="food2", offers_ko="티타늄 단조"))
    assert len(e) == 5 and e.search(text="티타늄 단조", k=1)[0].id == "food2"


def test_stored_vectors_are_reused():
    store = MemoryVectorStore()
    Engine(store=store).add_many(PROFILES)
    again = Engine(store=store)
    again.add_many(PROFILES)
    assert store.puts == 5
    key = VectorKey("aero", PROFILES[0].content_hash(), "use-m3")
    restored = unpack(pack(store.get(key)))
    assert restored["offers_mean"].shape == (1, 512)
    assert np.allclose(restored["offers_mean"], store.get(key)["offers_mean"], atol=1e-2)


@pytest.mark.parametrize(
    "doc",
    [
        Document(id="x"),
        Document(
            id="x", offers_en="<p>Precision <b>machining</b> &amp; grinding</p><script>alert(1)</script>"
        ),
        Document(id="x", offers_ko="🚀🚀 항공 부품 🙂 mixed 스크립트 テスト 中文"),
        Document(id="x", description_en="machining " * 50_000),
        Document(id="x", seeks_ko="   ", certifications=("", "ISO 9001")),
    ],
)
def test_bad_input_does_not_crash(doc):
    e = Engine()
    e.add_many([doc, PROFILES[0]])
    assert len(e.search(text="precision machining aerospace", k=5)) == 2
    assert len(e.suggest_for(doc_id="x", k=5)) <= 1
    assert e.search(text="", k=5)[0].id in {"x", "aero"}
    assert e.search(text="<b>🙂</b>", k=1)[0].id in {"x", "aero"}
