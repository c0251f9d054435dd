"""The demo's 2025 mission gives a result report with every table filled."""

import pytest
from django.contrib.auth.models import User

from gyoryu.demo.load import load_demo
from gyoryu.demo.results import load_past_mission
from gyoryu.missions.models import Mission
from gyoryu.reports import kpi, queries, report

pytestmark = pytest.mark.django_db


def test_the_past_mission_fills_every_table():
    load_demo()
    current = Mission.objects.get(organiser__slug="changwon")
    assert load_past_mission(current) == {
        "meetings": 9, "placed": 9, "outcomes": 8, "answers": 17, "programme items": 1
    }
    past = Mission.objects.get(title_en="Changwon 2025 Economic Mission to Germany and Vietnam")
    staff = User.objects.get(username="staff")
    mission, firms = queries.report_mission(staff, past.pk)
    rep = report.build(user=staff, mission=mission, firms=firms, lang="ko")
    assert [t.key for t in rep.tables if not t.rows] == []
    assert rep.table("missing") is None
    assert sorted(r["label"] for r in rep.table("countries").rows) == ["DE", "JP", "VN"]
    totals = kpi.totals(rep.ctx.rows)
    assert (totals.consultations, totals.no_show, totals.mous) == (8, 1, 4)
    assert [r["title"] for r in rep.table("programme").rows] == [
        "프랑크푸르트 경제진흥공사 예방 (지역 간 협력 협의)"
    ]
    assert totals.usd["export"] > 0 and totals.leads["exporting"] == 3 and totals.leads["lost"] == 1
    funnel = {c["months"]: c for c in kpi.funnel(rep.ctx.rows, mission, rep.ctx.today)}
    assert [funnel[m]["exporting"] for m in (0, 2, 6, 12)] == [0, 0, 2, 3]
