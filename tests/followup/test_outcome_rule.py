"""The outcome rule, the same on the page, in the API and in the domain (issue 13, item 4): an outcome means
the meeting was held, so saving one for a meeting never checked in records it as held (the page says so
before and after); a meeting never agreed (still requested, proposed, expired) has neither attendance nor
outcome."""

import pytest
from django.core.exceptions import ValidationError

from gyoryu.accounts.domain import issue_api_token
from gyoryu.followup import domain
from gyoryu.followup.models import Attendance, Outcome
from gyoryu.meetings.models import Meeting
from tests.followup.conftest import outcome_data

pytestmark = pytest.mark.django_db

NEVER_AGREED = "This meeting was never agreed (it is “{}”): accept it first, then record it."


@pytest.mark.parametrize(("status", "label"), [("requested", "Requested"), ("proposed", "Other time proposed"),
                                               ("expired", "Expired")])
def test_a_meeting_never_agreed_has_no_outcome_and_no_attendance(flight, status, label):
    Meeting.objects.filter(pk=flight.meeting.pk).update(status=status)
    flight.meeting.refresh_from_db()
    with pytest.raises(ValidationError) as exc:
        domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    assert exc.value.messages == [NEVER_AGREED.format(label)]
    with pytest.raises(ValidationError) as exc:
        domain.check_in(meeting=flight.meeting, user=flight.delegate)
    assert exc.value.messages == [NEVER_AGREED.format(label)]
    assert (Outcome.objects.count(), Attendance.objects.count()) == (0, 0)


def test_the_page_says_that_saving_records_the_meeting_as_held(client, flight):
    client.force_login(flight.delegate)
    url = f"/followup/meetings/{flight.meeting.pk}/outcome/"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert (
        "This meeting has not been checked in. Saving an outcome records it as held: an outcome means the "
        "meeting took place. If it did not, go back and mark it as a no-show instead."
    ) in page
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="ko").content.decode()
    assert "이 상담은 아직 체크인되지 않았습니다. 상담 결과를 저장하면 진행된 상담으로 기록됩니다" in page
    form = {k: ("" if v is None else v) for k, v in outcome_data().items()} | {"version": 0}
    form["mou_signed"] = "on"
    response = client.post(url, form, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Outcome saved. The meeting is now checked in as held."
    ]
    assert Attendance.objects.get(meeting=flight.meeting).status == "held"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'data-testid="not-checked-in"' not in page  # checked in now: nothing to warn about
    form["version"] = 1
    response = client.post(url, form, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Outcome saved."]


def test_the_api_follows_the_same_rule(client, flight):
    token = issue_api_token(user=flight.delegate, name="crm")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}", "content_type": "application/json"}
    url = f"/api/missions/{flight.mission.pk}/meetings/{flight.meeting.pk}"
    body = {"interest": "high", "consultation_amount": "2000", "consultation_currency": "USD", "version": 0}
    answer = client.put(f"{url}/outcome", body, **auth)
    assert answer.status_code == 200
    saved = answer.json()
    lead = flight.meeting.lead.pk
    assert saved == {
        "meeting_id": flight.meeting.pk,
        "version": 1,
        "interest": "high",
        "attendance": "held",
        "checked_in_now": True,
        "lead_id": lead,
    }
    again = client.put(f"{url}/outcome", body, **auth)  # version 0 again: someone saved in between
    assert again.status_code == 409
    assert again.json()["detail"].startswith("This outcome was saved by someone else")
    assert client.post(f"{url}/attendance", {"status": "no_show"}, **auth).json() == {
        "detail": "An outcome was recorded for this meeting, so it was held."
    }
    listed = client.get(f"/api/missions/{flight.mission.pk}/meetings", **auth).json()
    row = next(r for r in listed if r["id"] == flight.meeting.pk)
    assert (row["attendance"], row["consultation"], row["has_outcome"]) == ("held", True, True)
    other = f"/api/missions/{flight.mission.pk}/meetings/{flight.meeting2.pk}"  # firm2's meeting
    assert client.put(f"{other}/outcome", body, **auth).status_code == 404
    Meeting.objects.filter(pk=flight.meeting2.pk).update(status="requested")
    staff = issue_api_token(user=flight.staff, name="office")
    staff_auth = {**auth, "HTTP_AUTHORIZATION": f"Bearer {staff}"}
    refused = client.post(f"{other}/attendance", {"status": "held"}, **staff_auth)
    assert (refused.status_code, refused.json()) == (409, {"detail": NEVER_AGREED.format("Requested")})
    bad = client.put(f"{other}/outcome", {**body, "consultation_currency": "XYZ"}, **staff_auth)
    assert bad.status_code == 409  # never agreed comes first
    Meeting.objects.filter(pk=flight.meeting2.pk).update(status="accepted")
    bad = client.put(f"{other}/outcome", {**body, "consultation_currency": "XYZ"}, **staff_auth)
    assert bad.status_code == 422
    assert [e["field"] for e in bad.json()["detail"]] == ["consultation_currency"]
    assert Attendance.objects.filter(meeting=flight.meeting2).count() == 0  # nothing written on refusal
