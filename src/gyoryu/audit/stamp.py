"""What each audit entry carries besides the change: the actor and channel (from ``audit.context``), and the
organiser, mission and page ("subject") it belongs to, found from the changed object.

The lookups go from the object's own foreign keys (never from its row, which a deletion has removed) and are
shared by the entries of one request or command (``Acting.cache``); they follow links that never change
(a stop's mission, a mission's organiser).
"""

from __future__ import annotations

from django.apps import apps

from gyoryu.audit.context import VIA_API, VIA_WEB, current
from gyoryu.audit.registry import tracked_for


def _lookup(model_label: str, pk, *fields):
    """One row's values (cached for the current request or command); Nones when it is gone."""
    if pk is None:
        return (None,) * len(fields)
    cache = current().cache
    key = (model_label, pk, fields)
    if key not in cache:
        model = apps.get_model(model_label)
        row = model._base_manager.filter(pk=pk).values_list(*fields).first()
        cache[key] = row or (None,) * len(fields)
    return cache[key]


def _mission(mission_id):
    (organiser,) = _lookup("missions.Mission", mission_id, "organiser_id")
    return organiser, mission_id


def _via(model_label: str, pk, path: str):
    """(organiser, mission) of an object found through its mission: path is its lookup to the mission."""
    mission_id, organiser = _lookup(model_label, pk, f"{path}_id", f"{path}__organiser_id")
    return organiser, mission_id


def _agreement(agreement_id):
    organiser, mission = _lookup("partnerships.Agreement", agreement_id, "organiser_id", "mission_id")
    return organiser, mission


def _organisation(org_id):
    (organiser,) = _lookup("organizations.Organisation", org_id, "organiser_id")
    return organiser


def place(obj):
    """(organiser, mission, subject id) of a changed object, by its model."""
    label = obj._meta.label
    if label == "accounts.Organiser":
        return obj.pk, None, obj.pk
    if label in ("accounts.Membership",):
        return obj.organiser_id, None, obj.organiser_id
    if label in ("auth.User",):
        return None, None, obj.pk
    if label == "accounts.ApiToken":
        return None, None, obj.user_id
    if label == "accounts.Invitation":
        return obj.organiser_id, None, obj.organisation_id
    if label == "organizations.Organisation":
        return obj.organiser_id, None, obj.pk
    if label == "organizations.IndustryCode":
        return _organisation(obj.organisation_id), None, obj.organisation_id
    if label == "organizations.Person":
        return obj.organiser_id, None, obj.pk
    if label in ("privacy.Consent", "privacy.Erasure"):
        return obj.organiser_id, None, obj.person_id
    if label == "missions.Mission":
        return obj.organiser_id, obj.pk, obj.pk
    if label == "missions.Venue":
        organiser, mission = _via("missions.Stop", obj.stop_id, "mission")
        return organiser, mission, mission
    if label == "missions.Room":
        organiser, mission = _via("missions.Venue", obj.venue_id, "stop__mission")
        return organiser, mission, mission
    if label == "scheduling.TravelTime":
        organiser, mission = _via("missions.Venue", obj.origin_id, "stop__mission")
        return organiser, mission, mission
    if label in ("followup.Attendance", "followup.Outcome"):
        organiser, mission = _via("meetings.Meeting", obj.meeting_id, "mission")
        return organiser, mission, mission
    if label == "scheduling.Placement":
        organiser, mission = _via("scheduling.Schedule", obj.schedule_id, "mission")
        return organiser, mission, mission
    if label == "followup.Lead":
        organiser, mission = _mission(obj.mission_id)
        return organiser, mission, obj.pk
    if label in ("followup.Task", "followup.CheckIn"):
        organiser, mission = _via("followup.Lead", obj.lead_id, "mission")
        return organiser, mission, obj.lead_id
    if label == "programme.ProgrammeItem":
        organiser, mission = _mission(obj.mission_id)
        return organiser, mission, obj.pk
    if label == "partnerships.Agreement":
        return obj.organiser_id, obj.mission_id, obj.pk
    if label == "partnerships.Programme":
        organiser, mission = _agreement(obj.agreement_id)
        return organiser, obj.mission_id or mission, obj.pk
    if label == "valuechains.Chain":
        return obj.organiser_id, None, obj.pk
    if label == "valuechains.Stage":
        (organiser,) = _lookup("valuechains.Chain", obj.chain_id, "organiser_id")
        return organiser, None, obj.chain_id
    if label in ("valuechains.StageCode", "valuechains.Placement"):  # shown on their chain's page
        chain, organiser = _lookup("valuechains.Stage", obj.stage_id, "chain_id", "chain__organiser_id")
        return organiser, None, chain
    if hasattr(obj, "agreement_id"):  # parties, signatories, documents, obligations, links
        organiser, mission = _agreement(obj.agreement_id)
        return organiser, mission, obj.agreement_id
    if hasattr(obj, "mission_id"):  # stops, delegation, targets, interpreters, meetings, rates, ...
        organiser, mission = _mission(obj.mission_id)
        return organiser, mission, mission
    return None, None, None


def _actor_id(acting) -> int | None:
    if acting.request is not None:
        user = getattr(acting.request, "user", None)
        return user.pk if user is not None and user.is_authenticated else None
    if acting.username:
        if "actor" not in acting.cache:
            from django.contrib.auth.models import User

            acting.cache["actor"] = User.objects.filter(username=acting.username).values_list("pk", flat=True).first()
        return acting.cache["actor"]
    return None


def stamp(obj) -> dict:
    """The fields of an AuditEntry about ``obj`` that django-auditlog does not fill itself."""
    acting = current()
    tracked = tracked_for(type(obj))
    organiser, mission, subject_id = place(obj)
    extra = dict(acting.extra)
    if acting.request is not None and getattr(acting.request, "gyoryu_token", ""):
        extra["token"] = acting.request.gyoryu_token
    return {
        "actor_id": _actor_id(acting),
        "via": acting.via,
        "additional_data": extra or None,
        "organiser_id": organiser,
        "mission_id": mission,
        "subject_type": tracked.subject if tracked else "",
        "subject_id": subject_id,
    }


def via_for_path(path: str) -> str:
    return VIA_API if path.startswith("/api/") else VIA_WEB
