"""An accepted proposal is the meeting's fixed time: the scheduler holds the meeting then, or the organiser
is told why it cannot (issue 13, item 1); a move never takes a meeting to another stop (item 2)."""

import datetime as dt
import zoneinfo

import pytest

from gyoryu.meetings import domain as meetings
from gyoryu.meetings.models import Meeting
from gyoryu.scheduling import domain as scheduling
from gyoryu.scheduling.models import Schedule
from gyoryu.scheduling.moves import MoveRefused, move_meeting
from tests.factories import (
    DelegationEntryFactory,
    MissionFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
    VenueFactory,
)
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
AT_1430 = dt.datetime(2027, 3, 9, 14, 30, tzinfo=LA)


@pytest.fixture
def w():
    """One afternoon in San Jose with two half-hour slots (14:00, 14:30), a partner everyone wants."""
    mission = MissionFactory()
    stop = StopFactory(
        mission=mission,
        start_date=dt.date(2027, 3, 9),
        end_date=dt.date(2027, 3, 9),
        day_start=dt.time(14),
        day_end=dt.time(15),
        lunch_start=None,
        lunch_end=None,
    )
    venue = VenueFactory(stop=stop)
    rooms = [RoomFactory(venue=venue, name=f"Table {k}", capacity=4) for k in (1, 2)]
    firms = {
        name: DelegationEntryFactory(mission=mission, organisation__name_en=name).organisation
        for name in ("Firm A", "Firm B", "Firm C")
    }
    partner = TargetFactory(mission=mission, stop=stop, organisation__name_en="Acme").organisation
    return {"mission": mission, "stop": stop, "rooms": rooms, "firms": firms, "partner": partner}


def _agree(w, firm: str, partner, when: dt.datetime) -> Meeting:
    """A request, another time proposed by the partner, taken by the firm: the product's own path."""
    m = meetings.request_meeting(
        mission=w["mission"], requester=w["firms"][firm], counterpart=partner, priority=3
    )
    meetings.answer_request(meeting=m, decision="propose", proposed_start=when)
    return meetings.answer_proposal(meeting=m, accept=True)


def _run(mission) -> Schedule:
    schedule = scheduling.request_schedule(mission=mission, time_limit=10)
    run_tasks()
    schedule.refresh_from_db()
    return schedule


def test_an_accepted_proposal_is_held_at_its_time_against_heavier_meetings(w):
    fixed = _agree(w, "Firm A", w["partner"], AT_1430)
    assert fixed.fixed_start == AT_1430
    for firm in ("Firm B", "Firm C"):  # two high-priority meetings with the same partner, free to move
        Meeting.objects.create(
            mission=w["mission"], requester=w["firms"][firm], counterpart=w["partner"], stop=w["stop"], priority=1
        )
    schedule = _run(w["mission"])
    assert schedule.status == "draft"
    placed = {p.meeting.requester.name_en: p.start for p in schedule.placements.select_related("meeting__requester")}
    assert placed["Firm A"] == AT_1430
    assert len(placed) == 2 and set(placed.values()) == {AT_1430, dt.datetime(2027, 3, 9, 14, 0, tzinfo=LA)}


def test_the_organiser_is_told_when_the_agreed_time_is_no_meeting_time_any_more(w):
    _agree(w, "Firm A", w["partner"], AT_1430)
    type(w["stop"]).objects.filter(pk=w["stop"].pk).update(day_start=dt.time(15), day_end=dt.time(16))
    schedule = _run(w["mission"])
    assert [e["code"] for e in schedule.explanation] == ["fixed_not_a_slot"]
    assert schedule.explanation[0]["en"] == (
        "Firm A – Acme was agreed for 2027-03-09 14:30 PST (San Jose), which is not a meeting time at San Jose "
        "(meetings 15:00–16:00 local time): it was placed like any other meeting. Tell both sides, or agree a "
        "time within the meeting hours."
    )
    names = f"{w['firms']['Firm A'].name_ko} – {w['partner'].name_ko}"
    assert schedule.explanation[0]["ko"] == (
        f"{names} 상담은 2027-03-09 14:30 PST (새너제이)으로 합의되었지만, 이 시각은 새너제이의 상담 시간"
        "(현지 시각 15:00–16:00)이 아닙니다: 다른 상담처럼 배치했습니다. 양측에 알리거나 상담 시간 안에서 다시 "
        "시각을 정하세요."
    )
    assert schedule.placements.get().start.astimezone(LA).strftime("%H:%M") in ("15:00", "15:30")


def test_the_organiser_is_told_when_two_agreed_times_need_the_one_table(w):
    RoomFactory._meta.model.objects.filter(pk=w["rooms"][1].pk).delete()
    other = TargetFactory(mission=w["mission"], stop=w["stop"], organisation__name_en="Globex").organisation
    _agree(w, "Firm A", w["partner"], AT_1430)
    _agree(w, "Firm B", other, AT_1430)
    schedule = _run(w["mission"])
    assert schedule.status == "draft"
    held = schedule.placements.select_related("meeting__requester", "meeting__counterpart").get()
    assert held.start == AT_1430
    left = Meeting.objects.get(pk__in=schedule.unscheduled)
    assert [e["code"] for e in schedule.explanation] == ["fixed_not_held"]
    assert schedule.explanation[0]["en"] == (
        f"{left.requester.name_en} – {left.counterpart.name_en} was agreed for 2027-03-09 14:30 PST (San Jose), "
        "but no table, interpreter or travel time fits it then with the other meetings. Move it by hand, or "
        "agree another time."
    )


def test_a_move_never_takes_a_meeting_to_another_stop(w):
    seattle = StopFactory(
        mission=w["mission"], order=2, city_en="Seattle", city_ko="시애틀",
        start_date=dt.date(2027, 3, 10), end_date=dt.date(2027, 3, 10),
    )
    far = RoomFactory(venue=VenueFactory(stop=seattle, name_en="Library"), name="Room 1")
    m = Meeting.objects.create(
        mission=w["mission"], requester=w["firms"]["Firm A"], counterpart=w["partner"], stop=w["stop"]
    )
    schedule = _run(w["mission"])
    with pytest.raises(MoveRefused) as exc:
        move_meeting(schedule=schedule, meeting=m, start=dt.datetime(2027, 3, 10, 9, 0, tzinfo=LA), room=far)
    assert exc.value.reasons == [
        "Firm A – Acme is to be met at San Jose; that table is at Seattle. Change the meeting's stop first if "
        "it should move there."
    ]
