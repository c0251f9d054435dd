"""Meeting requests: ask with a message, answer by a deadline, caps, other times, and who may do what."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

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


@pytest.fixture
def w():
    mission = MissionFactory(max_pending_requests=2, request_days=3)
    StopFactory(mission=mission, start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 10))
    firm = DelegationEntryFactory(mission=mission).organisation
    partners = [TargetFactory(mission=mission).organisation for _ in range(3)]
    PersonFactory(organisation=partners[0], languages=["en"], email="buyer@example.com")
    PersonFactory(organisation=firm, languages=["ko"], email="ceo@example.kr")
    delegate = MembershipFactory(organiser=mission.organiser, role=Role.DELEGATE, organisation=firm).user
    guest = MembershipFactory(organiser=mission.organiser, role=Role.GUEST, organisation=partners[0]).user
    other_guest = MembershipFactory(
        organiser=mission.organiser, role=Role.GUEST, organisation=partners[1]
    ).user
    return {
        "mission": mission,
        "firm": firm,
        "partners": partners,
        "delegate": delegate,
        "guest": guest,
        "other_guest": other_guest,
    }


def test_request_accept_and_notices_in_each_language(w):
    m = domain.request_meeting(
        mission=w["mission"],
        requester=w["firm"],
        counterpart=w["partners"][0],
        user=w["delegate"],
        message="항공기 부품 공급을 논의하고 싶습니다",
    )
    assert m.status == "requested"
    assert m.deadline - timezone.now() > dt.timedelta(days=2, hours=23)
    note = Notification.objects.get(person__email="buyer@example.com")
    assert (note.language, note.subject) == ("en", f"{w['firm'].name_en} asks to meet you")
    assert "항공기 부품 공급을 논의하고 싶습니다" in note.body
    domain.answer_request(meeting=m, user=w["guest"], decision="accept", answer="Happy to meet")
    m.refresh_from_db()
    assert (m.status, m.answer) == ("accepted", "Happy to meet")
    korean = Notification.objects.get(person__email="ceo@example.kr")
    assert korean.language == "ko" and "수락됨" in korean.subject
    assert mail.outbox == []  # sent by the worker once the change is committed
    assert [name for name, _ in run_tasks()] == ["send_notification", "send_notification"]
    assert sorted(x.to[0] for x in mail.outbox) == ["buyer@example.com", "ceo@example.kr"]


def test_refusals_are_clear_and_change_nothing(w):
    mission, firm, p = w["mission"], w["firm"], w["partners"]
    with pytest.raises(domain.RequestRefused, match="cannot meet itself"):
        domain.request_meeting(mission=mission, requester=firm, counterpart=firm)
    outsider = OrganisationFactory(organiser=mission.organiser)
    with pytest.raises(domain.RequestRefused, match="must take part in the mission"):
        domain.request_meeting(mission=mission, requester=firm, counterpart=outsider)
    domain.request_meeting(mission=mission, requester=firm, counterpart=p[0])
    with pytest.raises(domain.RequestRefused, match="already a request or a meeting"):
        domain.request_meeting(mission=mission, requester=p[0], counterpart=firm)
    domain.request_meeting(mission=mission, requester=firm, counterpart=p[1])
    with pytest.raises(domain.RequestRefused, match="already has 2 unanswered requests"):
        domain.request_meeting(mission=mission, requester=firm, counterpart=p[2])
    assert Meeting.objects.count() == 2


def test_late_answers_expire_and_expiry_frees_the_cap(w):
    mission, firm, p = w["mission"], w["firm"], w["partners"]
    first = domain.request_meeting(mission=mission, requester=firm, counterpart=p[0])
    domain.request_meeting(mission=mission, requester=firm, counterpart=p[1])
    Meeting.objects.filter(pk=first.pk).update(deadline=timezone.now() - dt.timedelta(minutes=1))
    with pytest.raises(domain.RequestRefused, match="after the deadline"):
        domain.answer_request(meeting=first, decision="accept")
    first.refresh_from_db()
    assert first.status == "expired"
    domain.request_meeting(mission=mission, requester=firm, counterpart=p[2])  # the cap has room again
    assert domain.expire_requests(now=timezone.now() + dt.timedelta(days=4)) == 2
    assert set(mission.meetings.values_list("status", flat=True)) == {"expired"}


def test_other_time_proposed_then_taken_and_double_answers_refused(w):
    mission, firm, p = w["mission"], w["firm"], w["partners"]
    m = domain.request_meeting(mission=mission, requester=firm, counterpart=p[0])
    when = dt.datetime(2027, 3, 9, 22, 0, tzinfo=dt.UTC)  # 14:00 in San Jose, a meeting slot there
    domain.answer_request(meeting=m, decision="propose", proposed_start=when)
    with pytest.raises(domain.RequestRefused, match="already answered"):
        domain.answer_request(meeting=m, decision="accept")
    domain.answer_proposal(meeting=m, accept=True)
    m.refresh_from_db()
    assert (m.status, m.fixed_start, m.stop) == ("accepted", when, mission.stops.get())
    other = domain.request_meeting(mission=mission, requester=firm, counterpart=p[1])
    with pytest.raises(domain.RequestRefused, match="not on a day of the mission"):
        domain.answer_request(meeting=other, decision="propose", proposed_start=when + dt.timedelta(days=30))


def test_pages_let_each_side_do_only_its_part(client, w):
    mission, firm, p = w["mission"], w["firm"], w["partners"]
    client.force_login(w["delegate"])
    url = f"/missions/{mission.pk}/requests/new/?as={firm.pk}&to={p[0].pk}"
    assert client.post(url, {"message": "만나고 싶습니다", "priority": "1"}).status_code == 302
    m = Meeting.objects.get()
    assert (m.priority, m.message, m.requested_by) == (1, "만나고 싶습니다", w["delegate"])
    answer = f"/missions/{mission.pk}/requests/{m.pk}/answer/"
    assert client.post(answer, {"decision": "accept"}).status_code == 403  # the asking side cannot accept
    client.force_login(w["other_guest"])
    assert client.post(answer, {"decision": "accept"}).status_code == 404  # not its request: as if none
    client.force_login(w["guest"])
    page = client.get(f"/missions/{mission.pk}/requests/").content.decode()
    assert "만나고 싶습니다" in page
    client.post(answer, {"decision": "propose", "proposed_start": "2027-03-09T14:00"})
    m.refresh_from_db()
    assert m.status == "proposed"
    assert m.proposed_start == dt.datetime(2027, 3, 9, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=-8)))
    client.force_login(w["delegate"])
    client.post(answer, {"decision": "take"})
    m.refresh_from_db()
    assert m.status == "accepted"
    staff = MembershipFactory(organiser=mission.organiser, role=Role.STAFF).user
    client.force_login(staff)
    page = client.get(f"/missions/{mission.pk}/requests/")
    assert [r["org"] for r in page.context["matrix"]["rows"]] == [firm]


def test_daily_reminders_go_out_once(w):
    from gyoryu.meetings.tasks import run_daily

    m = domain.request_meeting(mission=w["mission"], requester=w["firm"], counterpart=w["partners"][0])
    run_tasks()
    mail.outbox.clear()
    later = m.deadline - dt.timedelta(hours=12)
    assert run_daily(now=later) == {"expired": 0, "reminded_unanswered": 1, "agendas_for_tomorrow": 0}
    assert run_daily(now=later)["reminded_unanswered"] == 1
    run_tasks()
    assert [x.subject for x in mail.outbox] == [f"Reminder: {w['firm'].name_en} is waiting for your answer"]


def test_a_request_takes_the_stop_where_the_partner_is_to_be_met(w):
    target = w["mission"].targets.get(organisation=w["partners"][0])
    target.stop = w["mission"].stops.get()
    target.save()
    m = domain.request_meeting(mission=w["mission"], requester=w["firm"], counterpart=w["partners"][0])
    assert m.stop == target.stop


def test_the_load_bench_reads_the_request_form_off_the_page_as_a_browser_does(client, w):
    """`gyoryu bench load`'s delegates fill the request form from the page: the request is written; asked
    again, the same partner is refused with the form shown again (what the bench's later requests get)."""
    from gyoryu.bench.load_forms import main_form

    mission, p = w["mission"], w["partners"]
    client.force_login(w["delegate"])
    url = f"/missions/{mission.pk}/requests/new/?to={p[0].pk}"
    fields = {**main_form(client.get(url).content.decode()), "message": "R&D 협력", "priority": "2"}
    assert "csrfmiddlewaretoken" in fields
    sent = client.post(url, fields)
    assert sent.status_code == 302 and sent["Location"] == f"/missions/{mission.pk}/requests/"
    m = Meeting.objects.get()
    assert (m.status, m.message, m.priority) == ("requested", "R&D 협력", 2)
    again = client.post(url, fields)
    assert again.status_code == 200 and "already a request" in again.content.decode()
    assert Meeting.objects.count() == 1
