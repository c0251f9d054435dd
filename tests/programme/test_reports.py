"""The programme's section of the result report: confirmed visits, tours, roundtables and ceremonies that took
place, as the account may see them and within the report's filters."""

import datetime as dt

import pytest

from gyoryu.accounts.models import Role
from gyoryu.programme import domain
from gyoryu.reports import queries, report
from gyoryu.reports.filters import Filters
from tests.factories import MembershipFactory
from tests.programme.world import at, programme_world, visit

pytestmark = pytest.mark.django_db
AFTER = dt.date(2027, 3, 20)


def _confirmed(w, people=None, **over):
    item = domain.create_item(mission=w.mission, data=visit(w, **over), **(people or {}))
    return domain.confirm_item(item=item)


def _build(user, w, *, today=AFTER, filters=None, lang="en"):
    mission, firms = queries.report_mission(user, w.mission.pk)
    return report.build(user=user, mission=mission, firms=firms, lang=lang, today=today, filters=filters)


def test_confirmed_items_that_took_place_are_counted_by_kind_and_listed():
    w = programme_world()
    staff = MembershipFactory(organiser=w.mission.organiser, role=Role.STAFF).user
    _confirmed(w, title_en="Courtesy call on Redmond")
    _confirmed(w, kind="site_tour", title_en="Factory tour", start=at(9, 14), end=at(9, 16))
    domain.create_item(mission=w.mission, data=visit(w, title_en="Still planned", start=at(10, 9), end=at(10, 10)))
    cancelled = _confirmed(w, title_en="Called off", start=at(10, 11), end=at(10, 12))
    domain.cancel_item(item=cancelled)
    _confirmed(w, kind="transfer", title_en="Coach", place="transit", venue=None, room=None, start=at(9, 12),
               end=at(9, 13))
    rep = _build(staff, w)
    lines = {r["key"]: r["count"] for r in rep.summary.rows}
    assert (lines["programme_held"], lines["programme_official_visit"], lines["programme_site_tour"]) == (2, 1, 1)
    table = rep.table("programme")
    assert [(r["day"], r["time"], r["kind"], r["title"]) for r in table.rows] == [
        (dt.date(2027, 3, 9), "10:00", "Official visit or courtesy call", "Courtesy call on Redmond"),
        (dt.date(2027, 3, 9), "14:00", "Site or factory tour", "Factory tour"),
    ]
    assert table.totals_row() == {"items": 2}
    assert _build(staff, w, today=dt.date(2027, 3, 8)).table("programme") is None  # not yet taken place
    assert _build(staff, w, filters=Filters(stop=w.seattle.pk)).table("programme") is None
    assert [r["kind"] for r in _build(staff, w, lang="ko").table("programme").rows] == ["공식 방문·예방", "현장·공장 견학"]


def test_a_delegation_member_counts_only_the_items_of_its_firm():
    w = programme_world()
    _confirmed(w, title_en="For everyone")
    _confirmed(w, {"attending_organisations": [w.firm_a]}, title_en="Firm A only", attendance="firms",
               start=at(9, 14), end=at(9, 15))
    delegate_b = MembershipFactory(
        organiser=w.mission.organiser, role=Role.DELEGATE, organisation=w.firm_b
    ).user
    assert [r["title"] for r in _build(delegate_b, w).table("programme").rows] == ["For everyone"]
    staff = MembershipFactory(organiser=w.mission.organiser, role=Role.STAFF).user
    by_firm = _build(staff, w, filters=Filters(firm=w.firm_a.pk)).table("programme")
    assert [r["title"] for r in by_firm.rows] == ["For everyone", "Firm A only"]
