"""State changes of meetings (the request workflow comes on top of these)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from gyoryu.meetings import times
from gyoryu.meetings.models import Meeting
from gyoryu.missions.queries import participant_ids

FIELDS = (
    "requester",
    "counterpart",
    "status",
    "priority",
    "mutual",
    "stop",
    "fixed_start",
    "confirmed",
    "notes",
)


def _check(meeting: Meeting) -> None:
    mission = meeting.mission
    for org in (meeting.requester, meeting.counterpart):
        if org.organiser_id != mission.organiser_id:
            raise ValidationError(_("%(org)s is not in this organiser's directory.") % {"org": org})
    if meeting.stop_id and meeting.stop.mission_id != mission.pk:
        raise ValidationError({"stop": _("That stop belongs to another mission.")})
    if meeting.fixed_start:  # a fixed time is a meeting slot of the meeting's stop (its own, or that day's)
        stop = meeting.stop if meeting.stop_id else times.stop_at(mission=mission, moment=meeting.fixed_start)
        if stop is None:
            raise ValidationError({"fixed_start": _("The fixed time is not on a day of the mission.")})
        try:
            times.check(meeting=meeting, moment=meeting.fixed_start, stop=stop)
        except times.TimeRefused as exc:
            raise ValidationError({"fixed_start": str(exc)}) from None
        meeting.stop = stop


@transaction.atomic
def create_meeting(*, mission, data: dict, members=(), after=()) -> Meeting:
    """Side effects: one Meeting row with its members and precedences."""
    meeting = Meeting(mission=mission, **{k: v for k, v in data.items() if k in FIELDS})
    meeting.full_clean()
    _check(meeting)
    meeting.save()
    meeting.members.set(members)
    meeting.after.set([m for m in after if m.mission_id == mission.pk and m.pk != meeting.pk])
    return meeting


@transaction.atomic
def update_meeting(*, meeting: Meeting, data: dict, members=None, after=None) -> Meeting:
    """Side effects: the Meeting row; members and precedences replaced when given."""
    for key, value in data.items():
        if key in FIELDS:
            setattr(meeting, key, value)
    meeting.full_clean()
    _check(meeting)
    meeting.save()
    if members is not None:
        meeting.members.set(members)
    if after is not None:
        meeting.after.set([m for m in after if m.mission_id == meeting.mission_id and m.pk != meeting.pk])
    return meeting


@transaction.atomic
def cancel_meeting(*, meeting: Meeting) -> Meeting:
    """Side effects: status cancelled (the next schedule leaves it out; publishing tells those concerned)."""
    meeting.status = Meeting.Status.CANCELLED
    meeting.save(update_fields=["status", "updated"])
    return meeting


# ---------------------------------------------------------------- requests and answers
class RequestRefused(Exception):
    """A request or an answer that cannot be taken; the message says why (translated)."""


ACTIVE = (Meeting.Status.REQUESTED, Meeting.Status.PROPOSED, Meeting.Status.ACCEPTED)
PENDING = (Meeting.Status.REQUESTED, Meeting.Status.PROPOSED)


def _tell(meeting: Meeting, org, kind: str) -> None:
    from gyoryu.meetings.queries import clock_of
    from gyoryu.notifications.domain import notify, recipients_of

    notify(
        recipients=recipients_of(organisation_ids=[org.pk]),
        kind=kind,
        context={"meeting": meeting, "clock": clock_of(mission=meeting.mission, organisation_ids=[org.pk])},
        url=f"/missions/{meeting.mission_id}/requests/",
        key=f"{kind}-{meeting.pk}-{meeting.status}",
    )


@transaction.atomic
def request_meeting(
    *, mission, requester, counterpart, user=None, message: str = "", priority: int = 2, stop=None
) -> Meeting:
    """A participant asks another for a meeting.  Refused: meeting oneself, an organisation outside the
    mission, an active request between the same two already, or more pending requests than the mission's
    cap.  Side effects: a requested Meeting with its answer deadline; the other side is notified."""
    from django.utils import timezone

    if requester.pk == counterpart.pk:
        raise RequestRefused(_("An organisation cannot meet itself."))
    members = participant_ids(mission)
    if requester.pk not in members or counterpart.pk not in members:
        raise RequestRefused(_("Both organisations must take part in the mission (delegation or targets)."))
    pair = models_q(requester, counterpart)
    if mission.meetings.filter(pair, status__in=ACTIVE).exists():
        raise RequestRefused(_("There is already a request or a meeting between these two."))
    pending = mission.meetings.filter(requester=requester, status__in=PENDING).count()
    if pending >= mission.max_pending_requests:
        raise RequestRefused(
            _(
                "%(org)s already has %(n)d unanswered requests, the most this mission allows. "
                "Wait for answers or withdraw one."
            )
            % {"org": requester, "n": pending}
        )
    if stop is None:  # where the partner is to be met, when the organiser planned it
        from gyoryu.missions.models import Target

        target = (
            Target.objects.filter(
                mission=mission, organisation__in=[counterpart, requester], stop__isnull=False
            )
            .select_related("stop")
            .first()
        )
        stop = target.stop if target else None
    meeting = create_meeting(
        mission=mission,
        data={
            "requester": requester,
            "counterpart": counterpart,
            "status": Meeting.Status.REQUESTED,
            "priority": priority,
            "stop": stop,
            "notes": "",
        },
    )
    meeting.requested_by, meeting.message = user, message.strip()[:2000]
    meeting.deadline = timezone.now() + dt.timedelta(days=mission.request_days)
    meeting.save(update_fields=["requested_by", "message", "deadline"])
    _tell(meeting, counterpart, "request_received")
    return meeting


def models_q(a, b):
    from django.db.models import Q

    return Q(requester=a, counterpart=b) | Q(requester=b, counterpart=a)


def _locked(meeting: Meeting) -> Meeting:
    return (
        Meeting.objects.select_for_update()
        .select_related("mission", "requester", "counterpart")
        .get(pk=meeting.pk)
    )


def _check_open(meeting: Meeting, allowed) -> bool:
    """Raise if answered already; return False (after recording the expiry) when the deadline passed."""
    from django.utils import timezone

    if meeting.status not in allowed:
        raise RequestRefused(
            _("This request was already answered (%(status)s).") % {"status": meeting.get_status_display()}
        )
    if meeting.deadline and meeting.deadline < timezone.now():
        meeting.status = Meeting.Status.EXPIRED
        meeting.save(update_fields=["status", "updated"])
        return False
    return True


LATE = _lazy("The answer came after the deadline; the request has expired.")


def answer_request(
    *, meeting: Meeting, user=None, decision: str, answer: str = "", proposed_start=None
) -> Meeting:
    """The asked side accepts, declines or proposes another time.  Refused after the deadline (the request
    expires) or when someone answered first.  Side effects: the meeting's status and answer; the asking
    side is notified."""
    with transaction.atomic():
        meeting = _locked(meeting)
        if _check_open(meeting, (Meeting.Status.REQUESTED,)):
            return _answer(meeting, user, decision, answer, proposed_start)
    raise RequestRefused(str(LATE))  # the expiry above is committed


def _fits(meeting: Meeting, stop, moment) -> None:
    try:
        times.check(meeting=meeting, moment=moment, stop=stop)
    except times.TimeRefused as exc:
        raise RequestRefused(str(exc)) from None


def _answer(meeting, user, decision, answer, proposed_start) -> Meeting:
    from django.utils import timezone

    if decision == "accept":
        meeting.status = Meeting.Status.ACCEPTED
    elif decision == "decline":
        meeting.status = Meeting.Status.DECLINED
    elif decision == "propose":
        if proposed_start is None:
            raise RequestRefused(_("Give the time you propose."))
        stop = meeting.stop if meeting.stop_id else times.stop_at(mission=meeting.mission, moment=proposed_start)
        if stop is None:
            raise RequestRefused(_("The proposed time is not on a day of the mission."))
        _fits(meeting, stop, proposed_start)
        meeting.status, meeting.proposed_start, meeting.stop = Meeting.Status.PROPOSED, proposed_start, stop
        meeting.deadline = timezone.now() + dt.timedelta(days=meeting.mission.request_days)
    else:
        raise RequestRefused(_("Unknown answer."))
    meeting.answered_by, meeting.answered, meeting.answer = user, timezone.now(), answer.strip()[:2000]
    meeting.save()
    _tell(meeting, meeting.requester, "request_answered")
    return meeting


def answer_proposal(*, meeting: Meeting, user=None, accept: bool) -> Meeting:
    """The asking side takes or leaves the other time proposed.  Side effects: accepted with that time fixed
    (the scheduler holds it then, or says why it cannot), or declined; the other side is notified.  Refused
    after the deadline (then expired), and when the time is no longer a meeting slot of the stop (its hours
    changed since): then nothing changes."""
    with transaction.atomic():
        meeting = _locked(meeting)
        if _check_open(meeting, (Meeting.Status.PROPOSED,)):
            if accept:
                _fits(meeting, meeting.stop, meeting.proposed_start)
                meeting.status, meeting.fixed_start = Meeting.Status.ACCEPTED, meeting.proposed_start
            else:
                meeting.status = Meeting.Status.DECLINED
            meeting.save()
            _tell(meeting, meeting.counterpart, "request_answered")
            return meeting
    raise RequestRefused(str(LATE))


@transaction.atomic
def withdraw_request(*, meeting: Meeting, user=None) -> Meeting:
    """The asking side (or the organiser) withdraws an unanswered request.  Side effects: cancelled."""
    meeting = _locked(meeting)
    if meeting.status not in PENDING:
        raise RequestRefused(_("Only an unanswered request can be withdrawn."))
    meeting.status = Meeting.Status.CANCELLED
    meeting.save(update_fields=["status", "updated"])
    return meeting


def expire_requests(*, now=None) -> int:
    """Unanswered requests past their deadline expire (their slot in the cap is freed).  Side effects:
    status expired; the asking side is notified.  Returns how many expired."""
    from django.utils import timezone

    now = now or timezone.now()
    count = 0
    for meeting in Meeting.objects.filter(status__in=PENDING, deadline__lt=now).select_related("requester"):
        with transaction.atomic():
            locked = _locked(meeting)
            if locked.status in PENDING and locked.deadline < now:
                locked.status = Meeting.Status.EXPIRED
                locked.save(update_fields=["status", "updated"])
                _tell(locked, locked.requester, "request_expired")
                count += 1
    return count
