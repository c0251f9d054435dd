"""Every state change of exchange programmes (domain layer, like ``domain.py``)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gyoryu.partnerships.models import Agreement, Area, Programme, Status

PROGRAMME_FIELDS = (
    "type",
    "area",
    "direction",
    "title_ko",
    "title_en",
    "description_ko",
    "description_en",
    "starts_on",
    "ends_on",
    "state",
    "headcount",
    "outcome_ko",
    "outcome_en",
    "mission",
)
# The field a programme belongs to when none is given.
AREA_OF = {
    Programme.Type.DELEGATION_VISIT: Area.INDUSTRY,
    Programme.Type.CULTURAL_EVENT: Area.CULTURE,
    Programme.Type.SPORTS_EVENT: Area.SPORTS,
    Programme.Type.STUDENT_EXCHANGE: Area.ACADEMIA,
    Programme.Type.RESEARCHER_EXCHANGE: Area.ACADEMIA,
    Programme.Type.JOINT_RESEARCH: Area.ACADEMIA,
    Programme.Type.LIBRARY_COOPERATION: Area.LIBRARY,
}


def _check(agreement: Agreement, data: dict, participants, today) -> dict:
    errors: dict = {}
    if agreement.status == Status.ENDED:
        errors["__all__"] = _("The agreement has ended; no programmes can be added or changed under it.")
    data = dict(data)
    if not data.get("area") and data.get("type") in AREA_OF:
        data["area"] = AREA_OF[data["type"]]
    mission = data.get("mission")
    if mission is not None and mission.organiser_id != agreement.organiser_id:
        errors["mission"] = _("Choose one of your organiser's records.")
    if any(p.organiser_id != agreement.organiser_id for p in participants):
        errors["participants"] = _("Choose participants from your directory.")
    start, end = data.get("starts_on"), data.get("ends_on")
    if start and end and end < start:
        errors["ends_on"] = _("The end date cannot be before the start date.")
    if data.get("state") == Programme.State.HELD and start and start > today:
        errors["state"] = _("A programme that has not started yet cannot have been held.")
    if errors:
        raise ValidationError(errors)
    return data


def _save(programme: Programme, data: dict, participants) -> Programme:
    for key in PROGRAMME_FIELDS:
        if key in data:
            setattr(programme, key, data[key])
    programme.headcount = max(programme.headcount or 0, len(participants))
    programme.full_clean()
    programme.save()
    programme.participants.set(participants)
    return programme


@transaction.atomic
def create_programme(*, agreement: Agreement, data: dict, participants=(), today=None) -> Programme:
    """Side effects: a Programme under the agreement with its participants (people of the organiser's
    directory); the field follows from the type when not given; the headcount is at least the number of
    listed participants.  Refused under an ended agreement."""
    participants = list(participants)
    data = _check(agreement, data, participants, today or timezone.localdate())
    return _save(Programme(agreement=agreement), data, participants)


@transaction.atomic
def update_programme(*, programme: Programme, data: dict, participants=None, today=None) -> Programme:
    """Side effects: the Programme's fields (dates, state, outcome, mission...) and, when given, its
    participants are changed."""
    participants = list(programme.participants.all()) if participants is None else list(participants)
    current = {k: getattr(programme, k) for k in PROGRAMME_FIELDS}
    data = _check(programme.agreement, {**current, **data}, participants, today or timezone.localdate())
    return _save(programme, data, participants)
