"""Proposed times and stops (issue 13, items 1-3): a proposal is a meeting slot of the meeting's stop on its
clocks, shown on the stop's clock and the reader's; a meeting keeps its stop; deadlines name their zone."""

import datetime as dt
import zoneinfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation

from gyoryu.accounts.models import Role
from gyoryu.meetings import domain
from gyoryu.meetings.models import Meeting
from gyoryu.notifications.models import Notification
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    OrganisationFactory,
    PersonFactory,
    StopFactory,
    TargetFactory,
)
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
SLOTS = "09:00, 09:30, 10:00, 10:30, 11:00, 11:30, 13:00, 13:30, 14:00, 14:30, 15:00, 15:30, 16:00, 16:30"


@pytest.fixture
def w():
    mission = MissionFactory(request_days=3)
    san_jose = StopFactory(
        mission=mission, order=1, start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 10)
    )
    seattle = StopFactory(
        mission=mission,
        order=2,
        city_en="Seattle",
        city_ko="시애틀",
        start_date=dt.date(2027, 3, 11),
        end_date=dt.date(2027, 3, 12),
    )
    firm = OrganisationFactory(organiser=mission.organiser, country="KR", name_en="Daegu Motors")
    firm.name_ko = "대구모터스"
    firm.save()
    DelegationEntryFactory(mission=mission, organisation=firm)
    partner = TargetFactory(
        mission=mission, stop=san_jose, organisation__name_en="Acme Inc", organisation__country="US"
    ).organisation
    PersonFactory(organisation=partner, languages=["en"], email="buyer@example.com")
    PersonFactory(organisation=firm, languages=["ko"], email="ceo@example.kr")
    delegate = MembershipFactory(organiser=mission.organiser, role=Role.DELEGATE, organisation=firm).user
    guest = MembershipFactory(organiser=mission.organiser, role=Role.GUEST, organisation=partner).user
    staff = MembershipFactory(organiser=mission.organiser, role=Role.STAFF).user
    meeting = domain.request_meeting(mission=mission, requester=firm, counterpart=partner, user=delegate)
    return {
        "mission": mission,
        "san_jose": san_jose,
        "seattle": seattle,
        "firm": firm,
        "partner": partner,
        "delegate": delegate,
        "guest": guest,
        "staff": staff,
        "meeting": meeting,
    }


def test_a_request_to_a_san_jose_partner_is_at_san_jose(w):
    assert w["meeting"].stop == w["san_jose"]


def test_a_proposal_outside_the_meeting_hours_is_refused_in_both_languages(w):
    late = dt.datetime(2027, 3, 9, 23, 30, tzinfo=LA)
    with pytest.raises(domain.RequestRefused) as exc:
        domain.answer_request(meeting=w["meeting"], decision="propose", proposed_start=late)
    assert str(exc.value) == (
        "2027-03-09 23:30 PST (San Jose) is not a meeting time at San Jose. "
        f"Meetings there that day start at {SLOTS} (local time)."
    )
    with translation.override("ko"), pytest.raises(domain.RequestRefused) as exc:
        domain.answer_request(meeting=w["meeting"], decision="propose", proposed_start=late)
    assert str(exc.value) == (
        "2027-03-09 23:30 PST (새너제이)은 새너제이의 상담 시각이 아닙니다. "
        f"그날 그곳의 상담 시작 시각(현지 시각): {SLOTS}."
    )
    saturday = dt.datetime(2027, 3, 13, 10, 0, tzinfo=LA)  # a Seattle day, and a Saturday
    w["meeting"].stop = None
    w["meeting"].save()
    with pytest.raises(domain.RequestRefused) as exc:
        domain.answer_request(meeting=w["meeting"], decision="propose", proposed_start=saturday)
    assert str(exc.value) == "The proposed time is not on a day of the mission."
    w["meeting"].refresh_from_db()
    assert (w["meeting"].status, w["meeting"].proposed_start) == ("requested", None)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "2027-03-09 23:30 PST (San Jose) is not a meeting time at San Jose. Meetings there that day start "
            f"at {SLOTS} (local time).",
        ),
        (
            "ko",
            "2027-03-09 23:30 PST (새너제이)은 새너제이의 상담 시각이 아닙니다. 그날 그곳의 상담 시작 시각(현지 "
            f"시각): {SLOTS}.",
        ),
    ],
)
def test_the_answer_form_refuses_23_30_local_with_the_reason(client, w, lang, expected):
    client.force_login(w["guest"])
    answer = f"/missions/{w['mission'].pk}/requests/{w['meeting'].pk}/answer/"
    page = client.post(
        answer,
        {"decision": "propose", "proposed_start": "2027-03-09T23:30"},
        HTTP_ACCEPT_LANGUAGE=lang,
        follow=True,
    )
    assert [str(m) for m in page.context["messages"]] == [expected]
    w["meeting"].refresh_from_db()
    assert (w["meeting"].status, w["meeting"].proposed_start) == ("requested", None)


def test_a_proposal_is_shown_on_the_stop_clock_and_the_readers(client, w):
    client.force_login(w["guest"])
    answer = f"/missions/{w['mission'].pk}/requests/{w['meeting'].pk}/answer/"
    client.post(answer, {"decision": "propose", "proposed_start": "2027-03-09T14:00"})
    m = Meeting.objects.get()
    assert (m.status, m.proposed_start, m.stop) == (
        "proposed",
        dt.datetime(2027, 3, 9, 22, 0, tzinfo=dt.UTC),
        w["san_jose"],
    )
    guest_page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert _testid(guest_page, "proposed") == ["Proposed time: 2027-03-09 14:00 PST (San Jose)"]
    client.force_login(w["delegate"])
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert _testid(page, "proposed") == [
        "Proposed time: 2027-03-09 14:00 PST (San Jose) · 2027-03-10 07:00 KST (Seoul)"
    ]
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="ko")
    assert _testid(page, "proposed") == ["제안 시각: 2027-03-09 14:00 PST (새너제이) · 2027-03-10 07:00 KST (서울)"]
    korean = Notification.objects.get(person__email="ceo@example.kr", kind="request_answered")
    assert "제안 시각: 2027-03-09 14:00 PST (새너제이). 귀하 기준: 2027-03-10 07:00 KST (서울)." in korean.body
    client.post(answer, {"decision": "take"})
    m.refresh_from_db()
    assert (m.status, m.fixed_start) == ("accepted", m.proposed_start)
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert _testid(page, "agreed") == ["Agreed time: 2027-03-09 14:00 PST (San Jose) · 2027-03-10 07:00 KST (Seoul)"]


def test_a_proposal_never_moves_the_meeting_to_another_stop(w):
    seattle_morning = dt.datetime(2027, 3, 11, 10, 0, tzinfo=LA)
    with pytest.raises(domain.RequestRefused) as exc:
        domain.answer_request(meeting=w["meeting"], decision="propose", proposed_start=seattle_morning)
    assert str(exc.value) == (
        "Daegu Motors – Acme Inc is to be met at San Jose (2027-03-08 to 2027-03-10); 2027-03-11 10:00 PST "
        "(Seattle) is during Seattle. Propose a time at San Jose, or ask the organiser to change the "
        "meeting's stop."
    )
    w["meeting"].refresh_from_db()
    assert (w["meeting"].status, w["meeting"].stop, w["meeting"].proposed_start) == (
        "requested",
        w["san_jose"],
        None,
    )


def test_a_changed_target_stop_is_shown_as_a_conflict_not_resolved(client, w):
    target = w["mission"].targets.get(organisation=w["partner"])
    target.stop = w["seattle"]
    target.save()
    client.force_login(w["staff"])
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert _testid(page, "stop-conflict") == [
        "This meeting is set at San Jose, but the organiser plans to meet the partner at Seattle. "
        "The organiser should choose one stop."
    ]
    w["meeting"].refresh_from_db()
    assert w["meeting"].stop == w["san_jose"]


def test_a_fixed_time_set_by_the_organiser_is_a_slot_of_the_meeting_stop(w):
    with pytest.raises(ValidationError) as exc:
        domain.update_meeting(
            meeting=w["meeting"], data={"fixed_start": dt.datetime(2027, 3, 9, 7, 0, tzinfo=LA)}
        )
    assert exc.value.message_dict == {
        "fixed_start": [
            "2027-03-09 07:00 PST (San Jose) is not a meeting time at San Jose. "
            f"Meetings there that day start at {SLOTS} (local time)."
        ]
    }
    domain.update_meeting(meeting=w["meeting"], data={"fixed_start": dt.datetime(2027, 3, 9, 9, 30, tzinfo=LA)})
    w["meeting"].refresh_from_db()
    assert w["meeting"].fixed_start == dt.datetime(2027, 3, 9, 17, 30, tzinfo=dt.UTC)


def _on(moment: dt.datetime, tz, place: str) -> str:
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()} ({place})"


def test_deadlines_are_shown_and_mailed_with_the_zone_named(client, w):
    deadline = w["meeting"].deadline
    in_san_jose, in_seoul = _on(deadline, LA, "San Jose"), _on(deadline, SEOUL, "Seoul")
    received = Notification.objects.get(person__email="buyer@example.com", kind="request_received")
    assert (
        f"Please accept, decline or propose another time by {in_san_jose}; after that the request expires."
        in received.body
    )
    client.force_login(w["guest"])
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert _testid(page, "deadline") == [f"answer by {in_san_jose}"]
    client.force_login(w["delegate"])
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert _testid(page, "deadline") == [f"answer by {in_seoul} · {in_san_jose}"]
    from gyoryu.meetings.tasks import run_daily

    run_tasks()
    mail.outbox.clear()
    run_daily(now=deadline - dt.timedelta(hours=12))
    run_tasks()
    assert [m.body.splitlines()[0] for m in mail.outbox] == [
        f"Daegu Motors asked to meet you. The request expires on {in_san_jose} unless you accept, decline or "
        "propose another time."
    ]


def test_received_and_sent_requests_are_headed_for_what_they_are(client, w):
    client.force_login(w["guest"])
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert [title for title, _rows, _key in page.context["sections"]] == ["Requests to you", "Requests you sent"]
    assert [[r["m"].pk for r in rows] for _title, rows, _key in page.context["sections"]] == [[w["meeting"].pk], []]
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="ko")
    assert "<h2 id=\"h-received\">받은 상담 요청</h2>" in page.content.decode()
    client.force_login(w["delegate"])
    page = client.get(f"/missions/{w['mission'].pk}/requests/", HTTP_ACCEPT_LANGUAGE="en")
    assert [[r["m"].pk for r in rows] for _title, rows, _key in page.context["sections"]] == [[], [w["meeting"].pk]]


def _testid(response, name: str) -> list[str]:
    """The text of every element with data-testid=name, whitespace collapsed."""
    import re
    from html import unescape

    html = response.content.decode()
    out = []
    for m in re.finditer(rf'<(\w+)[^>]*data-testid="{name}"[^>]*>(.*?)</\1>', html, re.S):
        out.append(" ".join(unescape(re.sub(r"<[^>]+>", "", m.group(2))).split()))
    return out
