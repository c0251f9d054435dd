import datetime as dt
import re
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gyoryu.accounts.models import Role
from gyoryu.followup import domain
from gyoryu.followup.models import Attendance, CheckIn, Lead, Outcome
from tests.factories import DelegationEntryFactory, MembershipFactory
from tests.followup.conftest import UTC, add_meeting, outcome_data

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def form_post(**changes) -> dict:
    data = {k: ("" if v is None else v) for k, v in outcome_data(**changes).items()}
    data["mou_signed"] = "on" if data["mou_signed"] else ""
    data["next_step_due"] = "2027-04-01"
    return data


def rows(response) -> list[str]:
    return re.findall(r'<li id="meeting-(\d+)"', response.content.decode())


def test_today_page_shows_a_delegate_only_its_own_meetings(client, flight):
    login(client, flight.delegate)
    response = client.get(f"/followup/missions/{flight.mission.pk}/today/")
    assert response.status_code == 200
    assert rows(response) == [str(flight.meeting.pk)]
    login(client, flight.staff)
    response = client.get(f"/followup/missions/{flight.mission.pk}/today/")
    assert rows(response) == [str(flight.meeting.pk), str(flight.meeting2.pk)]
    assert "2027-03-08 (Mon)" in response.content.decode()
    login(client, flight.guest)
    assert client.get(f"/followup/missions/{flight.mission.pk}/today/").status_code == 404


def test_today_page_query_count_does_not_grow_with_meetings(client, flight):
    login(client, flight.staff)
    url = f"/followup/missions/{flight.mission.pk}/today/"
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for i in range(8):
        meeting = add_meeting(flight, flight.firm, dt.datetime(2027, 3, 10, 17, i, tzinfo=UTC))
        domain.save_outcome(meeting=meeting, user=flight.staff, data=outcome_data(), version=0)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(rows(response)) == 10
    assert len(many) == len(few)


def test_one_tap_check_in_swaps_the_row(client, flight):
    login(client, flight.delegate)
    url = f"/followup/meetings/{flight.meeting.pk}/attendance/"
    response = client.post(url, {"status": "held"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert response.status_code == 200
    assert body.startswith(f'<li id="meeting-{flight.meeting.pk}"')
    assert '<span class="badge p3" data-testid="attendance">Held</span>' in body
    response = client.post(url, {"status": "no_show"})  # without htmx: back to the page
    assert response["Location"] == f"/followup/missions/{flight.mission.pk}/today/"
    assert Attendance.objects.get().status == "no_show"
    assert (
        client.post(f"/followup/meetings/{flight.meeting2.pk}/attendance/", {"status": "held"}).status_code
        == 404
    )


def test_a_delegate_cannot_see_or_write_another_firms_outcome(client, flight):
    domain.save_outcome(meeting=flight.meeting2, user=flight.delegate2, data=outcome_data(), version=0)
    login(client, flight.delegate)
    url = f"/followup/meetings/{flight.meeting2.pk}/outcome/"
    assert client.get(url).status_code == 404
    assert client.post(url, form_post(version=1, notes="mine now")).status_code == 404
    assert Outcome.objects.get().notes == ""
    lead = Lead.objects.get()
    assert client.get(f"/followup/leads/{lead.pk}/").status_code == 404
    assert client.post(f"/followup/leads/{lead.pk}/stage/", {"stage": "contract"}).status_code == 404
    login(client, flight.guest)
    assert client.get(url).status_code == 404


def test_outcome_form_saves_and_refuses_an_older_version(client, flight):
    login(client, flight.delegate)
    url = f"/followup/meetings/{flight.meeting.pk}/outcome/"
    page = client.get(url).content.decode()
    assert '<input type="hidden" name="version" value="0"' in page
    response = client.post(url, form_post(version=0))
    assert response["Location"] == f"/followup/missions/{flight.mission.pk}/today/"
    assert Outcome.objects.get().version == 1
    response = client.post(url, form_post(version=0, notes="double"))  # double submission
    assert "This outcome was saved by someone else (or by an earlier submission" in response.content.decode()
    client.post(url, form_post(version=1, notes="staff edit"))
    response = client.post(url, form_post(version=1, notes="late edit"))
    assert response.status_code == 200
    assert "Your changes were not saved" in response.content.decode()
    outcome = Outcome.objects.get()
    assert (outcome.version, outcome.notes) == (2, "staff edit")


def test_outcome_form_refuses_unknown_currency_and_bad_amounts(client, flight):
    login(client, flight.delegate)
    url = f"/followup/meetings/{flight.meeting.pk}/outcome/"
    body = client.post(url, form_post(version=0, consultation_currency="jpy")).content.decode()
    assert "There is no conversion rate for JPY in this mission (rates: EUR, USD)." in body
    body = client.post(
        url, form_post(version=0, consultation_amount="-1", expected_contract_amount="abc")
    ).content
    assert b"Amounts cannot be negative." in body
    assert b"Enter a number." in body
    assert Outcome.objects.count() == 0


def _leads(flight, n):
    for i in range(n):
        firm = DelegationEntryFactory(mission=flight.mission).organisation
        meeting = add_meeting(flight, firm, dt.datetime(2027, 3, 10, 17, i, tzinfo=UTC))
        domain.save_outcome(meeting=meeting, user=flight.staff, data=outcome_data(), version=0)


def test_pipeline_query_count_does_not_grow_with_leads(client, flight):
    login(client, flight.staff)
    url = f"/followup/missions/{flight.mission.pk}/pipeline/"
    _leads(flight, 2)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    _leads(flight, 10)
    lead = Lead.objects.last()
    domain.change_stage(lead=lead, stage="exporting")
    domain.set_export(lead=lead, amount="1000", currency="EUR")
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(many) == len(few)
    body = response.content.decode()
    assert "expected: USD 550,000.00 · KRW 759,000,000" in body  # 11 leads of USD 50,000 still contacted
    assert "exports: USD 1,080.00 · KRW 1,490,500" in body


def test_pipeline_shows_a_delegate_only_its_own_leads_and_guests_nothing(client, flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=outcome_data(), version=0)
    domain.save_outcome(meeting=flight.meeting2, user=flight.staff, data=outcome_data(), version=0)
    login(client, flight.delegate)
    body = client.get(f"/followup/missions/{flight.mission.pk}/pipeline/").content.decode()
    assert "Daegu Motors → Acme Inc" in body
    assert "Busan Optics" not in body
    login(client, flight.guest)
    assert client.get(f"/followup/missions/{flight.mission.pk}/pipeline/").status_code == 404


def test_lead_page_changes_stage_and_adds_tasks(client, flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=outcome_data(), version=0)
    lead = Lead.objects.get()
    login(client, flight.delegate)
    body = client.post(f"/followup/leads/{lead.pk}/stage/", {"stage": "lost"}).content.decode()
    assert "Say why the lead was lost." in body
    response = client.post(
        f"/followup/leads/{lead.pk}/stage/",
        {"stage": "negotiation", "export_amount": "5", "export_currency": "XYZ"},
    )
    assert "There is no conversion rate for XYZ" in response.content.decode()
    lead.refresh_from_db()
    assert (lead.stage, lead.export_amount) == ("contacted", None)  # nothing half-saved
    client.post(f"/followup/leads/{lead.pk}/stage/", {"stage": "negotiation"})
    client.post(f"/followup/leads/{lead.pk}/tasks/", {"title": "Send quotation", "due": "2027-04-10"})
    page = client.get(f"/followup/leads/{lead.pk}/").content.decode()
    assert '<span class="badge" data-testid="stage">Negotiation</span>' in page
    assert 'Stage: <span class="badge">Contacted</span> → <span class="badge">Negotiation</span>' in page
    assert "Task added: Send quotation (due 2027-04-10)" in page


def test_timeline_of_a_partner_for_staff_and_for_the_firm_itself(client, flight):
    domain.check_in(meeting=flight.meeting, user=flight.delegate)
    domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    domain.save_outcome(meeting=flight.meeting2, user=flight.staff, data=outcome_data(), version=0)
    lead = Lead.objects.get(meeting=flight.meeting)
    domain.change_stage(lead=lead, stage="sample_quotation", user=flight.staff)
    url = f"/followup/organisations/{flight.partner.pk}/timeline/"
    login(client, flight.staff)
    kinds = re.findall(r'data-kind="(\w+)"', client.get(url).content.decode())
    assert sorted(kinds) == sorted(
        ["meeting", "attendance", "outcome", "event_created", "event_stage"]
        + ["meeting", "attendance", "outcome", "event_created"]
    )
    login(client, flight.delegate)
    body = client.get(url).content.decode()
    # newest first: the meeting is on 2027-03-08, the records were made "now" (2026) in this test
    assert re.findall(r'data-kind="(\w+)"', body) == [
        "meeting",
        "event_stage",
        "event_created",
        "outcome",
        "attendance",
    ]
    assert "Busan Optics" not in body
    other = DelegationEntryFactory(mission=flight.mission).organisation
    stranger = MembershipFactory(
        organiser=flight.mission.organiser, role=Role.DELEGATE, organisation=other
    ).user
    login(client, stranger)
    assert client.get(url).status_code == 404
    login(client, flight.guest)
    assert client.get(url).status_code == 404


@pytest.fixture
def link(flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=outcome_data(), version=0)
    checkin = CheckIn.objects.get(months=2)
    raw = domain.issue_checkin_link(checkin=checkin, today=dt.date.today())
    return f"/followup/answer/{raw}/"


def test_the_answer_link_works_without_a_password_in_the_firms_language(client, flight, link):
    page = client.get(link)
    assert page.status_code == 200
    assert '<html lang="ko">' in page.content.decode()
    response = client.post(
        link,
        {"stage": "contract", "export_amount": "", "export_currency": "", "comment": "계약 체결", "consent": "on"},
    )
    assert response.status_code == 200
    lead = Lead.objects.get()
    assert lead.stage == "contract"
    checkin = CheckIn.objects.get(months=2)
    assert (checkin.stage, checkin.comment, checkin.answered_at is not None) == (
        "contract",
        "계약 체결",
        True,
    )
    again = client.post(link + "?lang=en", {"stage": "lost", "comment": "changed my mind"})
    assert "This check-in was already answered. Thank you!" in again.content.decode()
    assert "<b>Contract</b>" in again.content.decode()
    assert Lead.objects.get().stage == "contract"


def test_answer_link_refuses_bad_amounts_and_keeps_nothing(client, flight, link):
    body = client.post(
        link + "?lang=en",
        {"stage": "exporting", "export_amount": "100", "export_currency": "ABC", "consent": "on"},
    ).content.decode()
    assert "There is no conversion rate for ABC" in body
    assert CheckIn.objects.get(months=2).answered_at is None
    assert Lead.objects.get().stage == "contacted"


def _heading(response) -> str:
    import re

    return re.search(r"<h1>(.*?)</h1>", response.content.decode(), re.S).group(1)


def test_unknown_and_expired_links_get_a_polite_page_without_thanks(client, flight, link):
    response = client.get("/followup/answer/not-a-token/", HTTP_ACCEPT_LANGUAGE="en")
    assert (response.status_code, _heading(response)) == (404, "This link is not valid")
    assert "thank" not in response.content.decode().lower()
    response = client.get("/followup/answer/not-a-token/", HTTP_ACCEPT_LANGUAGE="ko")
    assert (response.status_code, _heading(response)) == (404, "유효하지 않은 링크입니다")
    assert "감사" not in response.content.decode()
    CheckIn.objects.filter(months=2).update(expires=dt.date(2020, 1, 1))
    response = client.get(link + "?lang=en")
    assert (response.status_code, _heading(response)) == (410, "This link has expired")
    assert "thank" not in response.content.decode().lower()
    response = client.get(link + "?lang=ko")
    assert (response.status_code, _heading(response)) == (410, "만료된 링크입니다")
    assert "감사" not in response.content.decode()


def test_rates_page_is_for_staff(client, flight):
    login(client, flight.delegate)
    assert client.get(f"/followup/missions/{flight.mission.pk}/rates/").status_code == 403
    login(client, flight.staff)
    response = client.post(
        f"/followup/missions/{flight.mission.pk}/rates/",
        {"currency": "USD", "usd_per_unit": "2", "krw_per_unit": "1"},
    )
    assert "One US dollar is worth exactly 1 USD." in response.content.decode()
    client.post(
        f"/followup/missions/{flight.mission.pk}/rates/",
        {"currency": "jpy", "usd_per_unit": "0.0067", "krw_per_unit": "9.2"},
    )
    assert (
        "<td>JPY</td><td>0.0067</td><td>9.2</td>"
        in client.get(f"/followup/missions/{flight.mission.pk}/rates/").content.decode()
    )


def test_today_comes_first_then_the_coming_days_then_the_past(client, flight):
    now = timezone.now()
    for days in (-1, 0, 1):
        add_meeting(flight, flight.firm, now + dt.timedelta(days=days))
    login(client, flight.delegate)
    body = client.get(f"/followup/missions/{flight.mission.pk}/today/").content.decode()
    headings = re.findall(r'<h2 id="d-(\d{8})">[^<]*(<span class="badge">today</span>)?', body)
    day = now.astimezone(zoneinfo.ZoneInfo("America/Los_Angeles")).date()
    expected = [day, day + dt.timedelta(days=1), dt.date(2027, 3, 8), day - dt.timedelta(days=1)]
    assert [h[0] for h in headings] == [d.strftime("%Y%m%d") for d in expected]
    assert [bool(h[1]) for h in headings] == [True, False, False, False]
