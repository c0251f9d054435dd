import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from gyoryu.followup import domain, queries
from gyoryu.followup.models import Attendance, CheckIn, Lead, LeadEvent, Outcome, Task
from gyoryu.meetings.models import Meeting
from tests.followup.conftest import outcome_data

pytestmark = pytest.mark.django_db


def test_check_in_is_idempotent_and_one_can_change_ones_mind(flight):
    first = domain.check_in(meeting=flight.meeting, user=flight.delegate)
    again = domain.check_in(meeting=flight.meeting, user=flight.staff)
    assert (again.pk, again.status, again.at, again.by) == (first.pk, "held", first.at, flight.delegate)
    changed = domain.mark_no_show(meeting=flight.meeting, user=flight.staff)
    assert (changed.pk, changed.status, changed.by) == (first.pk, "no_show", flight.staff)
    assert Attendance.objects.count() == 1


def test_attendance_refused_for_cancelled_meetings(flight):
    Meeting.objects.filter(pk=flight.meeting.pk).update(status=Meeting.Status.CANCELLED)
    flight.meeting.refresh_from_db()
    with pytest.raises(ValidationError) as exc:
        domain.check_in(meeting=flight.meeting, user=flight.staff)
    assert exc.value.messages == ["This meeting was cancelled or declined; attendance cannot be recorded."]
    assert Attendance.objects.count() == 0


def test_no_show_refused_once_an_outcome_exists(flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    with pytest.raises(ValidationError) as exc:
        domain.mark_no_show(meeting=flight.meeting, user=flight.staff)
    assert exc.value.messages == ["An outcome was recorded for this meeting, so it was held."]
    assert Attendance.objects.get().status == "held"


def test_rates_usd_is_one_dollar_and_codes_are_iso(flight):
    with pytest.raises(ValidationError) as exc:
        domain.set_rate(mission=flight.mission, currency="USD", usd_per_unit="1.1", krw_per_unit="1380")
    assert exc.value.message_dict == {"usd_per_unit": ["One US dollar is worth exactly 1 USD."]}
    with pytest.raises(ValidationError) as exc:
        domain.set_rate(mission=flight.mission, currency="euro", usd_per_unit="-1", krw_per_unit="x")
    assert exc.value.message_dict == {
        "currency": ["Use a three-letter ISO 4217 code, e.g. USD, KRW, EUR."],
        "usd_per_unit": ["Amounts cannot be negative."],
        "krw_per_unit": ["Enter a number."],
    }
    rate = domain.set_rate(mission=flight.mission, currency="jpy", usd_per_unit="0.0067", krw_per_unit="9.21")
    assert (rate.currency, rate.usd_per_unit, rate.krw_per_unit) == (
        "JPY",
        Decimal("0.0067"),
        Decimal("9.21"),
    )
    assert sorted(queries.rates(flight.mission)) == ["EUR", "JPY", "USD"]


def test_saving_an_outcome_with_interest_makes_a_lead_with_three_check_ins(flight):
    outcome = domain.save_outcome(
        meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0
    )
    assert (outcome.version, outcome.interest, outcome.consultation_amount, outcome.recorded_by) == (
        1,
        "high",
        Decimal("1234.56"),
        flight.delegate,
    )
    assert Attendance.objects.get(meeting=flight.meeting).status == "held"
    lead = Lead.objects.get()
    assert (lead.mission, lead.meeting, lead.firm, lead.partner, lead.stage) == (
        flight.mission,
        flight.meeting,
        flight.firm,
        flight.partner,
        "contacted",
    )
    assert list(CheckIn.objects.values_list("months", "due", "firm_id")) == [
        (2, dt.date(2027, 5, 10), flight.firm.pk),
        (6, dt.date(2027, 9, 10), flight.firm.pk),
        (12, dt.date(2028, 3, 10), flight.firm.pk),
    ]
    assert list(LeadEvent.objects.values_list("kind", "detail")) == [("created", {"stage": "contacted"})]
    again = domain.save_outcome(
        meeting=flight.meeting, user=flight.staff, data=outcome_data(interest="none"), version=1
    )
    assert again.version == 2
    assert Lead.objects.count() == 1  # never removed: staff mark it lost with a reason
    assert LeadEvent.objects.first().detail == {"interest": "none", "version": 2}


def test_no_interest_makes_no_lead(flight):
    domain.save_outcome(
        meeting=flight.meeting, user=flight.staff, data=outcome_data(interest="none"), version=0
    )
    assert (Outcome.objects.count(), Lead.objects.count(), CheckIn.objects.count()) == (1, 0, 0)


def test_amounts_convert_to_usd_cents_and_whole_won(flight):
    outcome = domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=outcome_data(), version=0)
    amounts = queries.outcome_amounts(outcome, queries.rates(flight.mission))
    assert amounts == {
        "consultation": {
            "amount": Decimal("1234.56"),
            "currency": "EUR",
            "usd": Decimal("1333.32"),
            "krw": Decimal("1840112"),
        },
        "expected_contract": {
            "amount": Decimal("50000.00"),
            "currency": "USD",
            "usd": Decimal("50000.00"),
            "krw": Decimal("69000000"),
        },
        "onsite_contract": None,
    }


def test_amount_in_a_currency_without_a_rate_is_refused_and_nothing_saved(flight):
    with pytest.raises(ValidationError) as exc:
        domain.save_outcome(
            meeting=flight.meeting,
            user=flight.staff,
            data=outcome_data(consultation_currency="JPY"),
            version=0,
        )
    assert exc.value.message_dict == {
        "consultation_currency": [
            "There is no conversion rate for JPY in this mission (rates: EUR, USD). "
            "Organiser staff can add it on the mission's currency rates page."
        ]
    }
    assert (Outcome.objects.count(), Attendance.objects.count(), Lead.objects.count()) == (0, 0, 0)


def test_negative_non_numeric_and_currencyless_amounts_are_refused(flight):
    data = outcome_data(
        consultation_amount="-5",
        expected_contract_amount="lots",
        onsite_contract_amount="10",
        onsite_contract_currency="",
    )
    with pytest.raises(ValidationError) as exc:
        domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=data, version=0)
    assert exc.value.message_dict == {
        "consultation_amount": ["Amounts cannot be negative."],
        "expected_contract_amount": ["Enter a number."],
        "onsite_contract_currency": ["Give the currency of this amount."],
    }
    assert Outcome.objects.count() == 0


def test_optimistic_lock_refuses_a_save_from_an_older_version(flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    domain.save_outcome(
        meeting=flight.meeting, user=flight.staff, data=outcome_data(notes="first"), version=1
    )
    with pytest.raises(ValidationError) as exc:  # the delegate still had version 1 open
        domain.save_outcome(
            meeting=flight.meeting, user=flight.delegate, data=outcome_data(notes="second"), version=1
        )
    assert exc.value.code == "stale"
    assert exc.value.messages[0].startswith("This outcome was saved by someone else")
    with pytest.raises(ValidationError):  # a second "new" outcome (double submission of the first form)
        domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    outcome = Outcome.objects.get()
    assert (outcome.version, outcome.notes, outcome.recorded_by) == (2, "first", flight.staff)


def test_outcome_refused_for_a_no_show(flight):
    domain.mark_no_show(meeting=flight.meeting, user=flight.staff)
    with pytest.raises(ValidationError) as exc:
        domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=outcome_data(), version=0)
    assert exc.value.messages == ["This meeting is marked as a no-show. Check it in as held first."]


@pytest.fixture
def lead(flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    return Lead.objects.get()


def test_stage_changes_are_logged_and_lost_needs_a_reason(flight, lead):
    with pytest.raises(ValidationError) as exc:
        domain.change_stage(lead=lead, stage="lost", user=flight.staff)
    assert exc.value.message_dict == {"lost_reason": ["Say why the lead was lost."]}
    domain.change_stage(lead=lead, stage="negotiation", user=flight.staff)
    domain.change_stage(lead=lead, stage="negotiation", user=flight.staff)  # unchanged: no event
    domain.change_stage(lead=lead, stage="lost", lost_reason="price", user=flight.staff)
    domain.change_stage(lead=lead, stage="contract", user=flight.staff)
    lead.refresh_from_db()
    assert (lead.stage, lead.lost_reason) == ("contract", "")
    assert [e.detail for e in LeadEvent.objects.filter(kind="stage").order_by("id")] == [
        {"from": "contacted", "to": "negotiation", "reason": "", "source": "page"},
        {"from": "negotiation", "to": "lost", "reason": "price", "source": "page"},
        {"from": "lost", "to": "contract", "reason": "", "source": "page"},
    ]


def test_export_amount_needs_a_rate(flight, lead):
    with pytest.raises(ValidationError) as exc:
        domain.set_export(lead=lead, amount="100", currency="GBP")
    assert list(exc.value.message_dict) == ["export_currency"]
    domain.set_export(lead=lead, amount="2500.50", currency="eur", user=flight.staff)
    lead.refresh_from_db()
    assert (lead.export_amount, lead.export_currency) == (Decimal("2500.50"), "EUR")
    assert LeadEvent.objects.first().detail == {"amount": "2500.50", "currency": "EUR", "source": "page"}


def test_tasks_are_added_and_done_with_events(flight, lead):
    with pytest.raises(ValidationError):
        domain.add_task(lead=lead, title="  ")
    task = domain.add_task(lead=lead, title="Quote", due=dt.date(2027, 4, 2), owner=flight.firm_person)
    with pytest.raises(ValidationError) as exc:  # a double submission
        domain.add_task(lead=lead, title="Quote ", due=dt.date(2027, 4, 2), owner=flight.firm_person)
    assert exc.value.message_dict == {"title": ["This task is already on the list."]}
    domain.complete_task(task=task, user=flight.delegate)
    domain.complete_task(task=task, user=flight.delegate)
    assert Task.objects.get().done is True
    assert list(LeadEvent.objects.order_by("id").values_list("kind", flat=True)) == [
        "created",
        "task_added",
        "task_done",
    ]


def test_a_check_in_is_answered_once(flight, lead):
    checkin = lead.checkins.get(months=2)
    domain.issue_checkin_link(checkin=checkin, today=dt.date(2027, 5, 10))
    with pytest.raises(ValidationError) as exc:
        domain.answer_checkin(checkin=checkin, stage="lost", today=dt.date(2027, 5, 11))
    assert exc.value.message_dict == {"comment": ["Please tell us briefly why it did not work out."]}
    domain.answer_checkin(
        checkin=checkin,
        stage="exporting",
        export_amount=Decimal("12000"),
        export_currency="USD",
        comment="First container shipped",
        today=dt.date(2027, 5, 11),
    )
    lead.refresh_from_db()
    assert (lead.stage, lead.export_amount, lead.export_currency) == ("exporting", Decimal("12000.00"), "USD")
    with pytest.raises(ValidationError) as exc:
        domain.answer_checkin(checkin=checkin, stage="lost", comment="changed", today=dt.date(2027, 5, 12))
    assert exc.value.code == "answered"
    checkin.refresh_from_db()
    assert (checkin.stage, checkin.comment) == ("exporting", "First container shipped")
    assert list(LeadEvent.objects.order_by("id").values_list("kind", flat=True)) == [
        "created",
        "stage",
        "export",
        "checkin_answered",
    ]


def test_an_expired_check_in_link_is_refused(flight, lead):
    checkin = lead.checkins.get(months=2)
    domain.issue_checkin_link(checkin=checkin, today=dt.date(2027, 5, 10))
    assert checkin.expires == dt.date(2027, 8, 8)
    with pytest.raises(ValidationError) as exc:
        domain.answer_checkin(checkin=checkin, stage="contract", today=dt.date(2027, 8, 9))
    assert exc.value.code == "expired"


def test_add_months_clamps_to_the_end_of_the_month():
    assert domain.add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert domain.add_months(dt.date(2027, 12, 15), 2) == dt.date(2028, 2, 15)


def test_mission_totals_in_usd_and_krw(flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=outcome_data(), version=0)
    domain.save_outcome(
        meeting=flight.meeting2,
        user=flight.staff,
        data=outcome_data(mou_signed=False, onsite_contract_amount="100", onsite_contract_currency="EUR"),
        version=0,
    )
    domain.set_export(lead=Lead.objects.get(meeting=flight.meeting2), amount="10", currency="USD")
    assert queries.totals(flight.staff, flight.mission) == {
        "held": 2,
        "mous": 1,
        "consultation_usd": Decimal("2666.64"),
        "consultation_krw": Decimal("3680224"),
        "expected_contract_usd": Decimal("100000.00"),
        "expected_contract_krw": Decimal("138000000"),
        "onsite_contract_usd": Decimal("108.00"),
        "onsite_contract_krw": Decimal("149050"),
        "export_usd": Decimal("10.00"),
        "export_krw": Decimal("13800"),
    }
    assert queries.totals(flight.delegate, flight.mission)["expected_contract_usd"] == Decimal("50000.00")
    assert queries.totals(flight.guest, flight.mission)["held"] == 0
