"""Exchange programmes are counted in the results report of the mission they belong to, through the
reports feature's extension point (skipped where that feature is not installed)."""

import datetime as dt

import pytest

from gyoryu.partnerships import domain, programmes
from tests.partnerships.conftest import make_agreement

pytestmark = pytest.mark.django_db
report = pytest.importorskip("gyoryu.reports.report", reason="the reports feature is not in this build")


@pytest.fixture
def exchange(ties):
    agreement = make_agreement(ties, mission=ties.mission)
    for to in ("under_review", "signed"):
        domain.change_status(agreement=agreement, to=to, on=dt.date(2027, 3, 12), today=dt.date(2027, 3, 12))
    firm_mou = make_agreement(
        ties, ties.firm, ties.library, kind="mou", title_en="Firm MoU", areas=["academia"]
    )
    base = {"starts_on": dt.date(2027, 3, 11), "ends_on": dt.date(2027, 3, 12), "mission": ties.mission}
    made = [
        (
            agreement,
            {"type": "delegation_visit", "title_en": "Mayor's visit", "state": "held", "headcount": 9},
        ),
        (
            agreement,
            {"type": "sports_event", "title_en": "Called off", "state": "cancelled", "headcount": 30},
        ),
        (firm_mou, {"type": "joint_research", "title_en": "Coupons", "headcount": 3}),
    ]
    for a, data in made:
        programmes.create_programme(agreement=a, data={**base, **data}, today=dt.date(2027, 3, 13))
    return agreement


def lines(result):
    return {
        r["key"]: r["count"] for r in result.summary.rows if r["key"].startswith(("exchange", "partnership"))
    }


def test_the_missions_report_counts_its_programmes(ties, exchange):
    result = report.build(user=ties.staff, mission=ties.mission, firms=None, lang="en")
    assert lines(result) == {
        "partnership_agreements": 1,
        "exchange_programmes": 2,
        "exchange_participants": 12,
    }
    table = result.table("exchange_programmes")
    assert [(r["programme"], r["field"], r["state"], r["people"]) for r in table.rows] == [
        ("Mayor's visit", "Industry", "Held", 9),
        ("Coupons", "Academia", "Planned", 3),
    ]
    assert table.totals_row()["people"] == 12
    korean = report.build(user=ties.staff, mission=ties.mission, firms=None, lang="ko")
    assert [r["label"] for r in korean.summary.rows if r["key"] == "exchange_programmes"] == ["교류 프로그램"]


def test_a_delegate_sees_the_programmes_of_its_own_agreements(ties, exchange):
    from gyoryu.reports.queries import report_firms

    result = report.build(
        user=ties.delegate, mission=ties.mission, firms=report_firms(ties.delegate, ties.mission)
    )
    assert lines(result) == {
        "partnership_agreements": 0,
        "exchange_programmes": 1,
        "exchange_participants": 3,
    }
