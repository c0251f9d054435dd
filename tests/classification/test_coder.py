"""Auto-coding on the official KSIC tables (skipped loudly without ../shared/data)."""

from __future__ import annotations

import pytest

from gyoryu.classification.bridge import KsicBridge
from gyoryu.classification.coder import KsicCoder
from gyoryu.classification.codesets import load_tables

pytestmark = pytest.mark.shared_data


@pytest.fixture(scope="module")
def tables():
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: needs the shared reference data at {SHARED_DATA}, which is absent")
    return load_tables(SHARED_DATA / "reference")


@pytest.fixture(scope="module")
def coder(tables):
    return KsicCoder.from_tables(tables, levels=(3,))


def test_korean_and_english_texts_get_codes(coder):
    ko = coder.suggest(text="항공기 엔진 부품 정밀 가공", k=3)
    assert ko[0].code == "313"
    assert ko[0].name_en == "Manufacture of aircraft, spacecraft and its parts"
    assert 0 < ko[0].confidence <= 1 and sum(s.confidence for s in ko) <= 1.0001
    assert coder.suggest(text="manufacture of pharmaceutical tablets and antibiotics", k=1)[0].code == "212"
    assert coder.suggest(text="화장품 제조", k=1)[0].code == "204"


def test_empty_text_gets_nothing(coder):
    assert coder.suggest(text="", k=3) == []
    assert coder.suggest(text="   ", k=3) == []


def test_learning_from_examples(tables):
    from dataclasses import replace

    small = replace(
        tables,
        ksic=[r for r in tables.ksic if r.code[:2] in ("64", "65", "20")],
        ksic_notes=[n for n in tables.ksic_notes if n.code[:2] in ("64", "65", "20")],
    )
    learner = KsicCoder.from_tables(small, levels=(3,))
    learner.learn(examples=[("지주회사", "649"), ("지주사업", "64992"), ("순수지주회사", "649")])
    assert learner.suggest(text="지주회사", k=1)[0].code == "649"


def test_bridge_to_isic_and_naics(tables):
    bridge = KsicBridge.from_tables(tables)
    link = bridge.link("21210")
    assert link.isic == "2100"
    assert "325412" in link.naics
    stats = bridge.stats()
    assert stats["ksic_classes"] == 501
    assert stats["linked"] >= 0.7
