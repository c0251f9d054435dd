"""Moving one meeting by hand (drag and drop on the organiser's grid), checked at once.

A move on a published schedule makes a new draft (published one stays until the draft is published, which
notifies exactly those concerned).  The move is checked directly for a clear message (who is busy, which
table is taken, who is away) and then by the engine itself with every other meeting pinned where it is, so
interpreters, travel between venues and daily caps are respected too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.scheduling import build, solver
from gyoryu.scheduling.models import Placement, Schedule, Unavailability
from gyoryu.scheduling.stabilise import keep_places

CHECK_SECONDS = 15


class MoveRefused(Exception):
    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__("; ".join(reasons))


def _draft_of(schedule: Schedule, user) -> Schedule:
    if schedule.status == Schedule.Status.DRAFT:
        return schedule
    if schedule.status != Schedule.Status.PUBLISHED:
        raise MoveRefused([_("Only a draft or the published schedule can be changed.")])
    number = (schedule.mission.schedules.aggregate(n=Max("number"))["n"] or 0) + 1
    draft = Schedule.objects.create(
        mission=schedule.mission,
        number=number,
        base=schedule,
        status=Schedule.Status.DRAFT,
        created_by=user,
        time_limit=schedule.time_limit,
        fairness=schedule.fairness,
        solver_status="edited",
        held_weight=schedule.held_weight,
        held_weight_bound=schedule.held_weight_bound,
    )
    Placement.objects.bulk_create(
        [
            Placement(
                schedule=draft,
                meeting_id=p.meeting_id,
                start=p.start,
                end=p.end,
                stop_id=p.stop_id,
                room_id=p.room_id,
                interpreter_id=p.interpreter_id,
            )
            for p in schedule.placements.all()
        ]
    )
    return draft


def _direct_conflicts(schedule: Schedule, meeting, start, room) -> list[str]:
    reasons = []
    others = (
        schedule.placements.filter(start=start)
        .exclude(meeting=meeting)
        .select_related("meeting__requester", "meeting__counterpart", "room")
    )
    parties = {meeting.requester_id: meeting.requester, meeting.counterpart_id: meeting.counterpart}
    members = {p.pk: p for p in meeting.members.all()}
    for p in others:
        if p.room_id == room.pk:
            reasons.append(
                _("%(room)s is taken then by %(a)s – %(b)s.")
                % {"room": room.name, "a": p.meeting.requester, "b": p.meeting.counterpart}
            )
        for org_id in (p.meeting.requester_id, p.meeting.counterpart_id):
            if org_id in parties:
                reasons.append(
                    _("%(org)s already meets %(a)s – %(b)s then.")
                    % {"org": parties[org_id], "a": p.meeting.requester, "b": p.meeting.counterpart}
                )
        for person in p.meeting.members.all():
            if person.pk in members:
                reasons.append(_("%(person)s is in another meeting then.") % {"person": person})
    end = start + dt.timedelta(minutes=room.venue.stop.slot_minutes)
    away = Unavailability.objects.filter(mission=schedule.mission, start__lt=end, end__gt=start)
    for u in away:
        if u.organisation_id in parties or u.person_id in members:
            who = parties.get(u.organisation_id) or members.get(u.person_id)
            reasons.append(_("%(who)s is not available then.") % {"who": who})
    return reasons


def _commitments(problem, look, engine_meeting, slot: str, venue: str) -> list[str]:
    """Programme items that take an attendee then, counting the way there and back."""
    from gyoryu.scheduling.solver.busy import clashes

    attendees = set(engine_meeting.attendees)
    return [
        _("“%(item)s” takes someone of this meeting then, with the way there and back.")
        % {"item": pick(look.busy[b.id], "title")}
        for b in problem.busy
        if attendees & b.who and clashes(problem, b, look.slots[slot], venue)
    ]


@transaction.atomic
def move_meeting(*, schedule: Schedule, meeting, start, room, user=None) -> Schedule:
    """Put ``meeting`` at ``start`` in ``room``.  Refused (MoveRefused with every reason, nothing changed)
    when that is not a meeting slot of the room's stop, someone is busy or away, the table is taken or too
    small, or the engine finds no interpreter or travel that fits.  Side effects: on a published schedule a
    new draft with the move; on a draft, its placements.  Returns the draft."""
    stop = room.venue.stop
    if stop.mission_id != schedule.mission_id:
        raise MoveRefused([_("That table belongs to another mission.")])
    if meeting.stop_id and meeting.stop_id != stop.pk:  # a meeting stays at its stop unless someone changes it
        raise MoveRefused(
            [
                _(
                    "%(a)s – %(b)s is to be met at %(stop)s; that table is at %(other)s. Change the meeting's "
                    "stop first if it should move there."
                )
                % {
                    "a": pick(meeting.requester, "name"),
                    "b": pick(meeting.counterpart, "name"),
                    "stop": pick(meeting.stop, "city"),
                    "other": pick(stop, "city"),
                }
            ]
        )
    problem, look = build.build_problem(schedule.mission, fairness=None)
    slot = look.slot_at(stop.pk, start)
    mid = f"m{meeting.pk}"
    if slot is None:
        raise MoveRefused([_("That is not a meeting slot of %(stop)s.") % {"stop": stop}])
    if mid not in look.meetings:
        raise MoveRefused([_("Only an accepted meeting can be placed.")])
    reasons = _direct_conflicts(schedule, meeting, start, room)
    engine_meeting = next(m for m in problem.meetings if m.id == mid)
    reasons += _commitments(problem, look, engine_meeting, slot, f"v{room.venue_id}")
    size = engine_meeting.size
    if room.capacity < size:
        reasons.append(
            _("%(room)s has %(n)d seats; the meeting needs %(k)d.")
            % {"room": room.name, "n": room.capacity, "k": size}
        )
    if reasons:
        raise MoveRefused(reasons)

    pins, _confirmed, previous = build.places_of(schedule, look)
    pins[mid] = (slot, f"v{room.venue_id}")
    # every placed meeting is pinned where it is; one whose old slot no longer exists is left free
    placed = {f"m{pk}" for pk in schedule.placements.values_list("meeting_id", flat=True)} | {mid}
    previous[mid] = (
        slot,
        f"v{room.venue_id}",
        f"r{room.pk}",
        None,
    )  # the moved one: its table, any interpreter
    pinned = tuple(
        replace(m, fixed_slot=pins[m.id][0], venues=frozenset({pins[m.id][1]}), required=True)
        if m.id in pins
        else m
        for m in problem.meetings
        if m.id in placed
    )
    result = solver.solve(
        problem=replace(problem, meetings=pinned, minimise_breaks=False), time_limit=CHECK_SECONDS
    )
    if result.status not in ("optimal", "feasible"):
        raise MoveRefused([_("No interpreter, travel time or daily limit allows this move.")])
    assignments = keep_places(result, replace(problem, meetings=pinned), previous).assignments
    draft = _draft_of(schedule, user)
    draft.placements.all().delete()
    Placement.objects.bulk_create(build.placements_from(draft, assignments, look))
    draft.unscheduled = [look.meetings[m].pk for m in look.meetings if m not in placed]
    draft.solver_status = "edited"
    draft.save(update_fields=["unscheduled", "solver_status"])
    return draft
