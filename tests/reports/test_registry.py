"""The extension point: a feature's contributor adds summary lines and tables to every output without the
reports code importing it (as the programme and partnerships features will)."""

import io

import pytest
from python_calamine import CalamineWorkbook

from gyoryu.reports import exporters, queries, registry, report
from gyoryu.reports.registry import Column, Contributor, Line, Table

pytestmark = pytest.mark.django_db


@pytest.fixture
def exchanges():
    seen = {}

    def summary(ctx):
        seen["firms"] = ctx.firms
        return [Line("exchanges", "Exchange programmes", count=2)]

    def tables(ctx):
        rows = [{"name": "=Youth robotics camp", "people": 12}, {"name": "Library staff exchange", "people": 4}]
        return [Table("exchanges", "Exchange programmes",
                      [Column("name", "Programme"), Column("people", "People", "count")], rows)]

    registry.register(Contributor("test-exchanges", order=500, summary=summary, tables=tables))
    yield seen
    registry.unregister("test-exchanges")


def test_a_contributor_reaches_the_summary_tables_downloads_pages_and_api(client, results, exchanges):
    mission, firms = queries.report_mission(results.delegate1, results.a.pk)
    rep = report.build(user=results.delegate1, mission=mission, firms=firms, lang="en")
    assert exchanges["firms"] == {results.firm1.pk}  # contributors get the account's scope
    assert rep.summary.rows[-1] == {"key": "exchanges", "label": "Exchange programmes", "count": 2, "usd": None,
                                    "krw": None}
    assert rep.table("exchanges").totals_row() == {"people": 16}
    book = CalamineWorkbook.from_filelike(io.BytesIO(exporters.render(rep, "xlsx")))
    sheet = book.get_sheet_by_name("Exchange programmes").to_python()
    assert sheet[4:7] == [["=Youth robotics camp", 12], ["Library staff exchange", 4], ["Total", 16]]
    client.force_login(results.staff)
    assert 'data-testid="table-exchanges"' in client.get(f"/reports/missions/{results.a.pk}/").content.decode()
    api = client.get(f"/api/missions/{results.a.pk}/report").json()
    assert [t["key"] for t in api["tables"]][-2:] == ["meetings", "exchanges"]


def test_built_in_tables_are_contributors_in_order():
    keys = [c.key for c in registry.contributors()]
    assert keys == ["summary", "missing-rates", "firms", "countries", "partners", "stops", "days", "industries",
                    "deals", "followup", "funnel", "leads", "meetings", "programme"]  # programme: its app
