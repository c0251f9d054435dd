"""Scheduling inside the product: slots from stops, a background run, publishing, rescheduling, agendas."""

import datetime as dt
import re
import zoneinfo

import pytest

from gyoryu.accounts.models import Role
from gyoryu.meetings import domain as meetings
from gyoryu.scheduling import build, domain, queries
from gyoryu.scheduling.models import Schedule, Unavailability
from tests.factories import (
    MembershipFactory,
    RoomFactory,
    StopFactory,
    VenueFactory,
)
from tests.queue import commit_callbacks, queued, run_tasks
from tests.world import build_small_mission

pytestmark = pytest.mark.django_db
LA = zoneinfo.ZoneInfo("America/Los_Angeles")


def test_slots_follow_the_stops_time_zone_and_skip_lunch():
    stop = StopFactory(start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 9))
    slots = build.stop_slots(stop)
    assert len(slots) == 2 * 14
    first = build.moment(slots[0].start)
    assert first == dt.datetime(2027, 3, 8, 9, 0, tzinfo=LA)
    assert first.astimezone(dt.UTC).hour == 17
    times = [build.moment(s.start).astimezone(LA).strftime("%H:%M") for s in slots[:14]]
    assert times[5:8] == ["11:30", "13:00", "13:30"]
    assert [s.session for s in slots[:14]].count("am") == 6


@pytest.fixture
def mission():
    return build_small_mission()


def _run(mission, **kw) -> Schedule:
    schedule = domain.request_schedule(mission=mission, time_limit=20, **kw)
    assert Schedule.objects.get(pk=schedule.pk).status == "queued"
    assert queued() == []  # enqueued when the transaction commits, not before
    commit_callbacks()
    assert [q for q in queued() if q[0] == "solve_schedule"] == [("solve_schedule", {"schedule_id": schedule.pk})]
    run_tasks()
    schedule.refresh_from_db()
    return schedule


def test_background_run_holds_every_meeting_with_interpreters_and_no_double_booking(mission):
    schedule = _run(mission)
    assert (schedule.status, schedule.solver_status) == ("draft", "optimal")
    placements = list(queries.placements(schedule))
    assert len(placements) == 6 and schedule.unscheduled == []
    assert schedule.held_weight == schedule.held_weight_bound
    seen = set()
    for p in placements:
        assert p.interpreter is not None  # ko firms meet en partners
        for key in [
            ("org", p.meeting.requester_id, p.start),
            ("org", p.meeting.counterpart_id, p.start),
            ("room", p.room_id, p.start),
            ("interpreter", p.interpreter_id, p.start),
        ]:
            assert key not in seen
            seen.add(key)
        assert dt.time(9) <= p.start.astimezone(LA).time() < dt.time(11)
    assert schedule.progress and schedule.progress[-1]["stage"]


def test_publish_then_reschedule_changes_little_and_lists_who_to_tell(mission):
    first = _run(mission)
    domain.publish(schedule=first)
    with pytest.raises(domain.NotPublishable):
        domain.publish(schedule=first)
    kept = {p.meeting_id: (p.start, p.room_id) for p in queries.placements(first)}
    cancelled = mission.meetings.first()
    meetings.cancel_meeting(meeting=cancelled)
    second = _run(mission)
    assert second.base_id == first.pk
    changes = queries.changes(first, second)
    assert [(c.kind, c.meeting.pk) for c in changes if c.kind == "cancelled"] == [("cancelled", cancelled.pk)]
    moved = [c for c in changes if c.kind == "moved"]
    assert len(moved) <= 1
    for c in changes:
        assert c.organisations == [c.meeting.requester, c.meeting.counterpart]
    domain.publish(schedule=second)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("superseded", "published")
    unchanged = [p for p in queries.placements(second) if kept.get(p.meeting_id) == (p.start, p.room_id)]
    assert len(unchanged) >= 4


def test_new_unavailability_moves_only_what_it_must(mission):
    first = _run(mission)
    domain.publish(schedule=first)
    placement = queries.placements(first).first()
    partner = placement.meeting.counterpart
    Unavailability.objects.create(
        mission=mission, organisation=partner, start=placement.start, end=placement.end
    )
    second = _run(mission)
    changes = queries.changes(first, second)
    assert placement.meeting in [c.meeting for c in changes]
    assert all(c.kind == "moved" for c in changes)
    for p in queries.for_organisation(second, partner.pk):
        assert p.start != placement.start


def test_schedule_pages_and_agenda_access(client, mission):
    staff = MembershipFactory(organiser=mission.organiser, role=Role.STAFF).user
    firm = mission.delegation.first().organisation
    delegate = MembershipFactory(organiser=mission.organiser, role=Role.DELEGATE, organisation=firm).user
    client.force_login(staff)
    response = client.post(f"/missions/{mission.pk}/schedule/", {"time_limit": "20", "reschedule": "on"})
    schedule = mission.schedules.get()
    assert response["Location"] == f"/missions/{mission.pk}/schedule/{schedule.number}/"
    assert "waiting for the worker" in client.get(response["Location"]).content.decode()
    assert run_tasks() == [("solve_schedule", {"schedule_id": schedule.pk})]
    page = client.get(response["Location"]).content.decode()
    assert "Publish this schedule" in page and "Table 1" in page
    client.post(f"/missions/{mission.pk}/schedule/{schedule.number}/publish/")
    client.force_login(delegate)
    agenda = client.get(f"/missions/{mission.pk}/agenda/organisation/{firm.pk}/")
    assert agenda.status_code == 200
    assert len(agenda.context["agenda"].items) == 3
    other_firm = mission.delegation.exclude(organisation=firm).first().organisation
    assert client.get(f"/missions/{mission.pk}/agenda/organisation/{other_firm.pk}/").status_code == 404
    assert client.get(f"/missions/{mission.pk}/schedule/").status_code == 403


def test_two_venues_at_one_stop_are_both_usable(mission):
    stop = mission.stops.get()
    second = VenueFactory(stop=stop, name_en="Annex")
    RoomFactory(venue=second, name="Annex room", capacity=4)
    schedule = _run(mission)
    assert (schedule.solver_status, schedule.unscheduled) == ("optimal", [])
    assert len(queries.placements(schedule)) == 6


def test_calendar_files_keep_their_uids_and_cancel_removed_meetings(client, mission):
    from icalendar import Calendar

    staff = MembershipFactory(organiser=mission.organiser, role=Role.STAFF).user
    client.force_login(staff)
    firm = mission.delegation.first().organisation
    domain.publish(schedule=_run(mission))
    url = f"/missions/{mission.pk}/agenda/organisation/{firm.pk}.ics"
    first = Calendar.from_ical(client.get(url).content)
    uids = {str(e["UID"]) for e in first.walk("VEVENT")}
    assert len(uids) == 3
    gone = mission.meetings.filter(requester=firm).first()
    meetings.cancel_meeting(meeting=gone)
    before = {p.meeting_id: (p.start, p.room_id) for p in queries.placements(queries.published(mission))}
    domain.publish(schedule=_run(mission))
    after = {p.meeting_id: (p.start, p.room_id) for p in queries.placements(queries.published(mission))}
    second = Calendar.from_ical(client.get(url).content)
    events = {str(e["UID"]): e for e in second.walk("VEVENT")}
    assert set(events) == uids
    cancelled = [uid for uid, e in events.items() if str(e["STATUS"]) == "CANCELLED"]
    assert cancelled == [f"meeting-{gone.pk}-m{mission.pk}@{mission.organiser.slug}.gyoryu"]
    # SEQUENCE rises only for what changed: the cancelled meeting, and any the new version moved
    for uid, e in events.items():
        meeting = int(uid.split("-")[1])
        assert int(e["SEQUENCE"]) == (0 if before[meeting] == after.get(meeting) else 1), uid
    pdf = client.get(f"/missions/{mission.pk}/agenda/organisation/{firm.pk}.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    venue = mission.stops.get().venues.get()
    assert client.get(f"/missions/{mission.pk}/agenda/venue/{venue.pk}.pdf").content.startswith(b"%PDF")


def test_publishing_a_change_notifies_exactly_those_concerned_in_their_language(mission):
    from django.core import mail

    from gyoryu.notifications.models import Notification
    from tests.factories import PersonFactory

    contacts = {}
    for entry in mission.delegation.all():
        contacts[entry.organisation_id] = PersonFactory(organisation=entry.organisation, languages=["ko"])
    for org in {m.counterpart for m in mission.meetings.all()}:
        contacts[org.pk] = PersonFactory(organisation=org, languages=["en"])
    domain.publish(schedule=_run(mission))
    assert Notification.objects.count() == len(contacts) + 2  # every contact and both interpreters
    Notification.objects.all().delete()
    mail.outbox.clear()
    gone = mission.meetings.first()
    meetings.cancel_meeting(meeting=gone)
    second = _run(mission)
    changed = {o.pk for c in queries.changes(queries.published(mission), second) for o in c.organisations}
    domain.publish(schedule=second)
    told = {n.person.organisation_id for n in Notification.objects.exclude(person__organisation=None)}
    assert told == changed
    korean = Notification.objects.get(person=contacts[gone.requester_id])
    assert korean.language == "ko" and korean.subject.startswith("일정이 바뀌었습니다")
    english = Notification.objects.get(person=contacts[gone.counterpart_id])
    assert english.language == "en" and english.subject.startswith("Your agenda changed")
    assert "cancelled" in english.body
    assert mail.outbox == []  # e-mails go after the commit, from the worker
    run_tasks()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(n.email for n in Notification.objects.all())


def test_moving_a_meeting_by_hand_is_checked_and_makes_a_draft(client, mission):
    staff = MembershipFactory(organiser=mission.organiser, role=Role.STAFF).user
    client.force_login(staff)
    published = _run(mission)
    domain.publish(schedule=published)
    placements = list(queries.placements(published))
    p, other = placements[0], next(x for x in placements if x.start != placements[0].start)
    url = f"/missions/{mission.pk}/schedule/{published.number}/move/"
    # onto a time when one of its organisations already meets someone else: refused with the reason
    clash = next(
        x for x in placements if x.start != p.start and x.meeting.requester_id == p.meeting.requester_id
    )
    refused = client.post(
        url,
        {"meeting": p.meeting.pk, "start": clash.start.isoformat(), "room": p.room_id},
        HTTP_ACCEPT="application/json",
    )
    assert refused.status_code == 409
    assert f"{p.meeting.requester} already meets" in " ".join(refused.json()["reasons"])
    # in Korean, with the organisations' Korean names: no English from the code in the reasons
    korean = client.post(
        url,
        {"meeting": p.meeting.pk, "start": clash.start.isoformat(), "room": p.room_id},
        HTTP_ACCEPT="application/json",
        HTTP_ACCEPT_LANGUAGE="ko",
    ).json()["reasons"]
    a, b = clash.meeting.requester, clash.meeting.counterpart
    expected = f"{p.meeting.requester.name_ko}은(는) 그 시간에 이미 {a.name_ko} – {b.name_ko} 상담이 있습니다."
    assert expected in korean
    assert [r for r in korean if re.search(r"[A-Za-z]", r.replace(p.room.name, ""))] == []
    assert mission.schedules.count() == 1
    # onto a free cell of the grid (a time with a free table and both organisations free)
    grid = queries.full_grid(published)
    busy = {(q.start, o) for q in placements for o in (q.meeting.requester_id, q.meeting.counterpart_id)}
    target = next(
        (row["start"], cell["room"])
        for day in grid
        for row in day["rows"]
        for cell in row["cells"]
        if cell["placement"] is None
        and all(
            (dt.datetime.fromisoformat(row["start"]), o) not in busy
            for o in (p.meeting.requester_id, p.meeting.counterpart_id)
        )
    )
    ok = client.post(
        url,
        {"meeting": p.meeting.pk, "start": target[0], "room": target[1].pk},
        HTTP_ACCEPT="application/json",
    )
    assert ok.status_code == 200, ok.content
    draft = mission.schedules.get(number=published.number + 1)
    assert ok.json() == {"ok": True, "url": f"/missions/{mission.pk}/schedule/{draft.number}/"}
    moved = draft.placements.get(meeting=p.meeting)
    assert (moved.start.isoformat(), moved.room_id) == (target[0], target[1].pk)
    changes = queries.changes(published, draft)
    assert [c.meeting.pk for c in changes] == [p.meeting.pk]
    assert other.meeting_id != p.meeting_id
    page = client.get(ok.json()["url"]).content.decode()
    assert 'draggable="true"' in page and "Move a meeting" in page


def test_tomorrows_agenda_is_sent_once_to_each_organisation(mission):
    from django.core import mail

    from gyoryu.meetings.tasks import remind_tomorrow
    from tests.factories import PersonFactory

    for org in {o for m in mission.meetings.all() for o in (m.requester, m.counterpart)}:
        PersonFactory(organisation=org, email=f"org{org.pk}@example.org", languages=["en"])
    domain.publish(schedule=_run(mission))
    run_tasks()
    mail.outbox.clear()
    eve = dt.datetime(2027, 3, 7, 12, 0, tzinfo=LA)
    assert remind_tomorrow(now=eve) == 5
    assert [name for name, _ in run_tasks()] == ["send_notification"] * 5
    assert len(mail.outbox) == 5
    remind_tomorrow(now=eve)
    assert run_tasks() == []
    assert len(mail.outbox) == 5
    firm_mail = next(
        m for m in mail.outbox if m.to == [f"org{mission.delegation.first().organisation_id}@example.org"]
    )
    assert firm_mail.subject == "Tomorrow (2027-03-08): 3 meeting(s)"
    assert firm_mail.body.count("Convention Center") == 3


def test_impossible_demands_are_explained_in_both_languages(mission):
    from gyoryu.missions.models import Interpreter

    Interpreter.objects.filter(mission=mission).delete()  # ko firms and en partners, nobody to interpret
    schedule = _run(mission)
    assert len(schedule.unscheduled) == 6
    codes = {e["code"] for e in schedule.explanation}
    assert codes == {"no_interpreter"}
    first = schedule.explanation[0]
    assert first["en"].endswith("the two sides share no language and no interpreter covers the pair.")
    assert first["ko"].endswith("두 기관이 함께 쓰는 언어가 없고, 이 언어 쌍을 통역할 통역사도 없습니다.")
