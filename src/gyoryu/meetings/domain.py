"""State changes of meetings (the request workflow comes on top of these)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from gyoryu.meetings.models import Meeting

FIELDS = (
    "requester",
    "counterpart",
    "kind",
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
