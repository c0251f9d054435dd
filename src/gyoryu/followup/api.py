"""REST API of follow-up under /api/missions/{id}/meetings/{id}/: record attendance and outcomes, with the
pages' rules (``followup.record_meeting``, followup/permissions.py, asked through ``common.permissions``):
organiser staff and the meeting's own delegation firm may record; an outcome means
the meeting was held, so saving one for a meeting never checked in records it as held.  What one may not see
answers 404; a refusal (not agreed, cancelled, no-show, saved by someone else in between) answers 409."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from ninja import Router, Status

from gyoryu.common.permissions import viewable
from gyoryu.followup import domain
from gyoryu.followup.models import Attendance, Lead
from gyoryu.followup.schemas import AttendanceIn, AttendanceOut, OutcomeIn, OutcomeSaved
from gyoryu.meetings.models import Meeting

router = Router(tags=["follow-up"])


def _meeting(request, mission_id: int, meeting_id: int):
    meetings = Meeting.objects.select_related("mission", "requester", "counterpart")
    return viewable(request.user, "followup.record_meeting", meetings, pk=meeting_id, mission_id=mission_id)


def _refused(exc: ValidationError):
    if hasattr(exc, "error_dict"):
        raise exc  # field errors: 422 with each field's message
    return Status(409, {"detail": " ".join(exc.messages)})


@router.post(
    "/{mission_id}/meetings/{meeting_id}/attendance",
    response={200: AttendanceOut, 409: dict},
    summary="Check a meeting in as held, or mark it a no-show",
)
def record_attendance(request, mission_id: int, meeting_id: int, payload: AttendanceIn):
    meeting = _meeting(request, mission_id, meeting_id)
    change = {Attendance.Status.HELD: domain.check_in, Attendance.Status.NO_SHOW: domain.mark_no_show}.get(
        payload.status
    )
    if change is None:
        from django.utils.translation import gettext as _

        raise ValidationError({"status": _("Choose held or no-show.")})
    try:
        attendance = change(meeting=meeting, user=request.user)
    except ValidationError as exc:
        return _refused(exc)
    return {"meeting_id": meeting.pk, "status": attendance.status, "at": attendance.at}


@router.put(
    "/{mission_id}/meetings/{meeting_id}/outcome",
    response={200: OutcomeSaved, 409: dict},
    summary="Record or correct a meeting's outcome (a meeting never checked in is recorded as held)",
)
def save_outcome(request, mission_id: int, meeting_id: int, payload: OutcomeIn):
    meeting = _meeting(request, mission_id, meeting_id)
    data = payload.dict()
    checked_in = Attendance.objects.filter(meeting=meeting).exists()
    try:
        outcome = domain.save_outcome(meeting=meeting, user=request.user, data=data, version=data.pop("version"))
    except ValidationError as exc:
        return _refused(exc)
    lead = Lead.objects.filter(meeting=meeting).values_list("pk", flat=True).first()
    return {
        "meeting_id": meeting.pk,
        "version": outcome.version,
        "interest": outcome.interest,
        "attendance": Attendance.objects.get(meeting=meeting).status,
        "checked_in_now": not checked_in,
        "lead_id": lead,
    }
