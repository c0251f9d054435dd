"""Match reasons a person accepts: no legal forms, names, places, stop words or fragments (engine only).

Runs the product's engine with its default models on the demo's own profiles and on made-up ones.
"""

from __future__ import annotations

import pytest

from gyoryu.demo.data import ORGANISATIONS
from gyoryu.matchmaking.engine import Document, Engine
from gyoryu.matchmaking.engine.embed import backend_for
from gyoryu.matchmaking.engine.text import analyze, clean, has_korean
from gyoryu.matchmaking.engine.vocabulary import is_reason_term, name_core, strip_names

FIELDS = ("name_ko", "name_en", "offers_ko", "offers_en", "seeks_ko", "seeks_en")
FIELDS += ("description_ko", "description_en")


def _demo_documents() -> list[Document]:
    docs = []
    for org in ORGANISATIONS:
        codes = tuple((c.split()[0].lower(), c.split()[1]) for c in org.get("codes", []))
        texts = {f: org.get(f) or "" for f in FIELDS}
        docs.append(
            Document(id=org["key"], **texts, certifications=tuple(org["certifications"]), codes=codes)
        )
    return docs


@pytest.fixture(scope="module")
def demo_engine(shared_data_module) -> Engine:
    from gyoryu.classification.codesets import load_tables
    from gyoryu.matchmaking.engine import CodeKnowledge

    knowledge = CodeKnowledge.from_tables(load_tables(shared_data_module / "reference"))
    engine = Engine(knowledge=knowledge, backend=backend_for("auto", documents=len(ORGANISATIONS)))
    engine.add_many(_demo_documents())
    return engine


@pytest.fixture(scope="module")
def shared_data_module():
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: needs the shared reference data at {SHARED_DATA}, which is absent")
    return SHARED_DATA


def _terms(result) -> list[tuple[str, str]]:
    return [(t["query"], t["document"]) for t in result.reasons["terms"]]


def _suggestion(engine, mine: str, theirs: str):
    return next(r for r in engine.suggest_for(doc_id=mine, k=30) if r.id == theirs)


def _name_only_terms(doc: Document) -> set[str]:
    """Index terms of an organisation's names that its own texts never use otherwise."""
    names = (doc.name_ko, doc.name_en)
    texts = " ".join(doc.offer_texts() + doc.seek_texts())
    rest = set(analyze(clean(strip_names(texts, names))))
    return {t for n in names for t in analyze(clean(name_core(n))) if t not in rest}


def _says_something(word: str) -> bool:
    """Every term of the word is a reason; a Korean word may also be one term as a whole (kiwi analyses
    「고열전도」 alone as 「고」+「열」+「전도」, in 「고열전도 방열 패드」 as one noun)."""
    terms = analyze(clean(word))
    whole = has_korean(word) and " " not in word and is_reason_term("ko:" + word)
    return bool(terms) and (all(is_reason_term(t) for t in terms) or whole)


def test_no_demo_suggestion_shows_a_legal_form_name_place_or_fragment(demo_engine):
    banned = {
        "주식회사",
        "(주)",
        "주",
        "사",
        "ip",
        "IP",
        "North",
        "American",
        "기업",
        "Co",
        "Ltd",
        "Inc",
        "68",
        "1",
    }
    seen_terms = 0
    for doc_id, doc in demo_engine.docs.items():
        for result in demo_engine.suggest_for(doc_id=doc_id, k=10):
            # the query is this organisation's text, the document the other's: neither's own name counts
            names = {"query": _name_only_terms(doc), "document": _name_only_terms(demo_engine.docs[result.id])}
            for term in result.reasons["terms"]:
                seen_terms += 1
                for side in ("query", "document"):
                    word = term[side]
                    assert word not in banned, (doc_id, result.id, term)
                    assert not set(analyze(clean(word))) & names[side], (doc_id, result.id, term)
                    assert _says_something(word), (doc_id, result.id, term)
            pair = result.reasons["sentences"]
            if pair:
                for sentence in (pair["query"], pair["document"]):  # each says something
                    assert len({t for t in analyze(sentence) if is_reason_term(t)}) >= 2, pair
    assert seen_terms > 300  # the demo's suggestions still come with many reasons


def test_demo_reasons_are_the_words_that_make_the_fit(demo_engine):
    # VitalBand (smart bands, IP68) and Trailhead Labs (wants a band ODM): 「방수 IP68 설계」 stays whole
    result = _suggestion(demo_engine, "vitalband", "trailhead-labs")
    assert _terms(result) == [
        ("PPG", "PPG"),
        ("ODM", "ODM"),
        ("design", "design"),
        ("센서", "센서"),
        ("BLE", "BLE"),
        ("밴드", "밴드"),
        ("설계", "설계"),
        ("IP68", "IP68"),
        ("heart-rate", "heart-rate"),
        ("band", "bands"),
        ("스마트", "스마트"),
        ("smart", "smart"),
    ]
    assert result.reasons["sentences"] == {
        "query": "방수 IP68 설계",
        "document": "방수 IP68 설계 경험",
        "similarity": result.reasons["sentences"]["similarity"],
    }
    # Onnuri Meditech (ECG patches) and Bayline Medical (distributor): 「유통사」 gives 유통, never 「사」; the
    # distributor's name "Bayline Medical" is no reason, its text's "medical device distributor" is
    result = _suggestion(demo_engine, "onnuri-meditech", "bayline-medical")
    assert _terms(result) == [
        ("medical", "Medical"),
        ("distributors", "distributor"),
        ("의료", "의료"),
        ("유통", "유통"),
        ("기기", "기기"),
        ("device", "device"),
        ("유통", "Distribution"),
    ]
    # VitalBand and Lumenfield only share "North American" customers and "contracts": no fit shown
    result = _suggestion(demo_engine, "vitalband", "lumenfield")
    assert _terms(result) == [("contracts", "contracts")]
    assert result.reasons["sentences"] == {}


def _firm_and_buyer(*, korean: bool = True, buyer_seeks: str = "") -> tuple[Document, Document]:
    """A Korean machining firm and a North American buyer, each text naming its own organisation."""
    firm = Document(
        id="firm",
        name_ko="주식회사 한빛정밀" if korean else "",
        name_en="Hanbit Precision Co., Ltd.",
        offers_ko="주식회사 한빛정밀은 항공기 엔진 부품을 정밀 가공하는 기업입니다" if korean else "",
        offers_en="Hanbit Precision machines aircraft engine parts for North American customers",
    )
    buyer = Document(
        id="buyer",
        name_en="North American Precision Inc.",
        seeks_en=buyer_seeks or "North American Precision buys machined engine parts from Korean companies",
    )
    return firm, buyer


def test_company_words_and_own_names_never_count():
    firm, buyer = _firm_and_buyer()
    engine = Engine()
    engine.add_many([firm, buyer, Document(id="food", offers_ko="김 스낵 수출")])
    result = engine.suggest_for(doc_id="firm", k=1)[0]
    assert result.id == "buyer"
    assert _terms(result) == [("machines", "machined"), ("engine", "engine"), ("parts", "parts")]
    result = engine.suggest_for(doc_id="buyer", k=1)[0]
    assert result.id == "firm"
    assert _terms(result) == [
        ("machined", "machines"),
        ("engine", "engine"),
        ("parts", "parts"),
        ("machined", "가공"),
        ("engine", "엔진"),
        ("parts", "부품"),
    ]
    assert result.reasons["sentences"]["document"] == (
        "Hanbit Precision machines aircraft engine parts for North American customers"
    )


def test_reasons_follow_the_profiles_as_they_change():
    """The reasons keep what they read while the engine's documents stay as they are; once profiles change,
    a word that most profiles now use is no longer a reason, and a changed profile's new sentence is shown."""
    firm, buyer = _firm_and_buyer(
        korean=False,
        buyer_seeks="North American Precision buys machined engine parts and landing gear from Korean companies",
    )
    others = [Document(id=f"food{i}", offers_en=f"seaweed snacks and kimchi sauce number {i}") for i in range(20)]
    engine = Engine()
    engine.add_many([firm, buyer, *others])
    before = engine.suggest_for(doc_id="buyer", k=1)[0]
    assert before.id == "firm"
    assert ("engine", "engine") in _terms(before)
    assert before.reasons["sentences"]["document"] == firm.offers_en
    engine.add_many(  # now most profiles offer engines: the word says nothing about this pair any more
        [Document(id=f"food{i}", offers_en=f"engine oil and kimchi sauce number {i}") for i in range(20)]
    )
    after = engine.suggest_for(doc_id="buyer", k=1)[0]
    assert after.id == "firm"
    assert ("engine", "engine") not in _terms(after) and ("parts", "parts") in _terms(after)
    changed = Document(
        id="firm",
        name_en="Hanbit Precision Co., Ltd.",
        offers_en="Hanbit Precision forges landing gear and machines its parts for North American customers",
    )
    engine.add(changed)
    again = engine.suggest_for(doc_id="buyer", k=1)[0]
    assert again.id == "firm" and ("landing", "landing") in _terms(again)
    assert again.reasons["sentences"]["document"] == changed.offers_en


def test_vocabulary_helpers():
    assert name_core("(주)세진에어로텍") == "세진에어로텍"
    assert name_core("주식회사 한빛정밀") == "한빛정밀"
    assert name_core("VitalBand Co., Ltd.") == "VitalBand"
    assert name_core("Onnuri Meditech Inc.") == "Onnuri Meditech"
    assert strip_names(
        "Boeing's supplier day, (주)세진에어로텍 and 세진에어로텍", ["(주)세진에어로텍", "Boeing"]
    ).split() == [
        "'s",
        "supplier",
        "day,",
        "and",
    ]
    assert [
        t
        for t in analyze("주식회사 (주) 기업 유통사 North American IP68 ISO 13485 12 Co., Ltd.")
        if is_reason_term(t)
    ] == [
        "ko:유통",
        "en:ip68",
        "en:iso13485",
    ]


def test_a_korean_reason_is_shown_as_a_word_not_a_fragment():
    from gyoryu.matchmaking.engine.reasons import surface

    # 「다변화」 is analysed as 다변 + 화; 「다변」 alone reads as 다 + 변, so the text's word is shown
    assert surface("ko:다변", "공정 부품의 공급망을 아시아로 다변화하고 있다") == "다변화"
    assert surface("ko:유통", "미국 의료기기 유통사") == "유통"  # a word on its own stays as it is
    assert surface("ko:부품", "항공기 엔진 부품 정밀 가공") == "부품"
