"""The figures against the hand-computed fixture (conftest.py), and totals summed independently from the rows."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest

from gyoryu.followup.models import CurrencyRate, Lead, Outcome
from gyoryu.reports import kpi, queries
from gyoryu.reports.filters import Filters
from tests.reports.conftest import TODAY

pytestmark = pytest.mark.django_db
D = Decimal


def rows(results, user=None, filters=None, firms=None, missions=None):
    return queries.build_rows(user or results.staff, missions or [results.a], filters, firms)


def test_mission_totals_as_computed_by_hand(results):
    t = kpi.totals(rows(results))
    assert (t.requested, t.accepted, t.held, t.no_show, t.consultations, t.mous) == (8, 6, 4, 1, 4, 2)
    # 1,234.56 EUR x 1.08 = 1,333.3248 -> 1,333.32; x 1,490.5 = 1,840,111.68 -> 1,840,112 won
    assert t.usd == {
        "consultation": D("101333.32"),
        "expected_contract": D("60000.00"),
        "onsite_contract": D("32400.00"),
        "export": D("21600.00"),
    }
    assert t.krw == {
        "consultation": D("139840112"),
        "expected_contract": D("82800000"),
        "onsite_contract": D("44715000"),
        "export": D("29810000"),
    }
    assert t.missing == {"JPY": {"count": 1, "amount": D("5000000"), "measures": {"consultation"}}}
    assert {k: v for k, v in t.leads.items() if v} == {"exporting": 1, "contract": 1, "contacted": 1}


def test_breakdowns_by_firm_country_stop_day_industry(results):
    r = rows(results)
    by_firm = kpi.breakdown(r, "firm", always=[(results.firm3.pk, "Idle Co")])
    assert [(g.label, g.totals.requested, g.totals.consultations, g.totals.usd["consultation"]) for g in by_firm] == [
        ("Daegu Motors", 4, 3, D("101333.32")),
        ("Busan Optics", 4, 1, D("0.00")),
        ("Idle Co", 0, 0, D("0.00")),
    ]
    by_country = kpi.breakdown(r, "country")
    assert [(g.key, g.totals.requested, g.totals.usd["consultation"], g.totals.mous) for g in by_country] == [
        ("DE", 2, D("100000.00"), 0),
        ("US", 3, D("1333.32"), 1),
        ("CA", 1, D("0.00"), 1),  # one consultation each, no amount: by label
        ("JP", 2, D("0.00"), 0),
    ]
    assert [(g.label, g.totals.requested) for g in kpi.breakdown(r, "stop")] == [
        ("1. San Jose", 2), ("2. Seattle", 4), ("no stop", 2)
    ]
    assert [(g.label, g.totals.requested, g.totals.held) for g in kpi.breakdown(r, "day")] == [
        ("2027-03-08", 1, 1), ("2027-03-09", 1, 1), ("2027-03-11", 2, 1), ("2027-03-12", 2, 1),
        ("not scheduled", 2, 0),
    ]
    assert [(g.key, g.label, g.totals.requested) for g in kpi.breakdown(r, "industry")] == [
        ("30", "KSIC 30", 4), ("27", "KSIC 27", 4)
    ]
    for dimension in kpi.DIMENSIONS:  # every breakdown adds up to the mission's totals
        groups = kpi.breakdown(r, dimension)
        for measure in queries.MEASURES:
            assert sum(g.totals.usd[measure] for g in groups) == kpi.totals(r).usd[measure]
        assert sum(g.totals.requested for g in groups) == 8


def test_funnel_at_the_mission_and_after_2_6_12_months(results):
    cols = kpi.funnel(rows(results), results.a, TODAY)
    got = [
        (c["months"], c["due"], c["reached"], c["consultations"], c["pursued"], c["contract"], c["exporting"],
         c["no_answer"], c["pursued_usd"], c["export_usd"])
        for c in cols
    ]
    assert got == [
        (0, dt.date(2027, 3, 12), True, 4, 2, 1, 0, 0, D("60000.00"), D("0.00")),
        (2, dt.date(2027, 5, 12), True, 4, 1, 0, 0, 2, D("50000.00"), D("0.00")),
        (6, dt.date(2027, 9, 12), True, 4, 1, 1, 1, 2, D("50000.00"), D("21600.00")),
        (12, dt.date(2028, 3, 12), True, 4, 1, 1, 1, 2, D("50000.00"), D("21600.00")),
        (None, dt.date(2027, 3, 12), True, 4, 2, 2, 1, 0, D("50000.00"), D("21600.00")),
    ]
    early = kpi.funnel(rows(results), results.a, dt.date(2027, 6, 1))
    assert [c["reached"] for c in early] == [True, True, False, False, True]


def test_totals_reconcile_with_the_database_summed_independently(results):
    """Sum every outcome and lead of mission A straight from the tables, converting each amount by hand."""
    rates = {r.currency: r for r in CurrencyRate.objects.filter(mission=results.a)}
    usd, krw = {}, {}

    def add(measure, amount, currency):
        if amount is None or currency not in rates:
            return
        usd[measure] = usd.get(measure, D(0)) + (amount * rates[currency].usd_per_unit).quantize(D("0.01"), ROUND_HALF_UP)
        krw[measure] = krw.get(measure, D(0)) + (amount * rates[currency].krw_per_unit).quantize(D("1"), ROUND_HALF_UP)

    for o in Outcome.objects.filter(meeting__mission=results.a):
        for measure in ("consultation", "expected_contract", "onsite_contract"):
            add(measure, getattr(o, f"{measure}_amount"), getattr(o, f"{measure}_currency"))
    for lead in Lead.objects.filter(mission=results.a):
        add("export", lead.export_amount, lead.export_currency)
    t = kpi.totals(rows(results))
    assert {m: v for m, v in t.usd.items()} == usd
    assert {m: v for m, v in t.krw.items()} == krw


def test_a_delegate_counts_only_its_own_firm(results):
    mission, firms = queries.report_mission(results.delegate2, results.a.pk)
    assert firms == {results.firm2.pk}
    t = kpi.totals(rows(results, user=results.delegate2, firms=firms))
    assert (t.requested, t.accepted, t.held, t.no_show, t.consultations, t.mous) == (4, 3, 1, 1, 1, 0)
    assert (t.usd["consultation"], t.usd["expected_contract"]) == (D("0.00"), D("10000.00"))
    assert set(t.missing) == {"JPY"}


@pytest.mark.parametrize("who", ["guest", "other_staff"])
def test_partner_guests_and_other_organisers_see_no_report(results, who):
    with pytest.raises(type(results.a).DoesNotExist):
        queries.report_mission(getattr(results, who), results.a.pk)


def test_filters_keep_only_matching_rows(results):
    def count(**kw):
        return kpi.totals(rows(results, filters=Filters(**kw))).requested

    assert count(stop=results.a.stops.get(order=2).pk) == 4
    assert count(firm=results.firm1.pk) == 4
    assert count(country="DE") == 2
    assert count(industry="27") == 4
    assert count(date_from=dt.date(2027, 3, 9), date_to=dt.date(2027, 3, 11)) == 3
    assert count(country="FR") == 0


def test_two_missions_stay_apart_and_add_up_for_the_organiser(results):
    both = rows(results, missions=[results.a, results.b])
    assert [r.mission.pk for r in both].count(results.b.pk) == 1
    assert kpi.totals(both).usd["consultation"] == D("102333.32")
    assert kpi.totals(rows(results)).usd["consultation"] == D("101333.32")
