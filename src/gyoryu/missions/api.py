from ninja import Router, Status

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.api import check
from gyoryu.common.permissions import require, viewable
from gyoryu.missions import domain, forms, queries
from gyoryu.missions.models import Mission
from gyoryu.missions.schemas import (
    DelegationIn,
    DelegationOut,
    InterpreterIn,
    InterpreterOut,
    MissionDetailOut,
    MissionIn,
    MissionOut,
    MissionPatch,
    StopIn,
    StopOut,
    TargetIn,
    TargetOut,
    VenueIn,
    VenueOut,
)
from gyoryu.organizations.models import Organisation, Person

router = Router(tags=["missions"])


def _managed(request, mission_id: int) -> Mission:
    mission = viewable(
        request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=mission_id
    )
    require(request.user, "missions.change_mission", mission)
    return mission


@router.get("/", response=list[MissionOut])
def list_missions(request):
    return list(queries.mission_list(request.user))


@router.post("/", response={201: MissionOut}, summary="Create a mission (organiser staff)")
def create_mission(request, payload: MissionIn, organiser: str = ""):
    require(request.user, "missions.add_mission")
    owner = acting_organiser(request, organiser or None)
    cleaned = check(forms.MissionForm(data=payload.dict()))
    return Status(201, domain.create_mission(organiser=owner, data=cleaned))


@router.get(
    "/{mission_id}",
    response=MissionDetailOut,
    summary="A mission with stops, venues, delegation, "
    "targets and interpreters (targets and interpreters only for staff and the delegation)",
)
def get_mission(request, mission_id: int):
    return viewable(request.user, "missions.view_mission", queries.with_everything(), pk=mission_id)


@router.patch("/{mission_id}", response=MissionOut)
def patch_mission(request, mission_id: int, payload: MissionPatch):
    mission = _managed(request, mission_id)
    current = {f: getattr(mission, f) for f in domain.MISSION_FIELDS}
    cleaned = check(forms.MissionForm(data={**current, **payload.dict(exclude_unset=True)}, instance=mission))
    return domain.update_mission(mission=mission, data=cleaned)


@router.post("/{mission_id}/stops", response={201: StopOut})
def add_stop(request, mission_id: int, payload: StopIn):
    mission = _managed(request, mission_id)
    cleaned = check(forms.StopForm(data=payload.dict(), mission=mission))
    return Status(201, domain.add_stop(mission=mission, data=cleaned, order=cleaned.get("order")))


@router.post("/{mission_id}/venues", response={201: VenueOut})
def add_venue(request, mission_id: int, payload: VenueIn):
    mission = _managed(request, mission_id)
    data = payload.dict()
    data["rooms"] = ", ".join(data["rooms"])
    data["host"] = data["host"] or ""
    form = forms.VenueForm(
        data=data, mission=mission, organisations=Organisation.objects.filter(organiser=mission.organiser)
    )
    cleaned = check(form)
    return Status(201, domain.save_venue(stop=cleaned["stop"], data=cleaned, rooms=cleaned["rooms"]))


@router.post("/{mission_id}/delegation", response={201: DelegationOut})
def add_delegation(request, mission_id: int, payload: DelegationIn):
    mission = _managed(request, mission_id)
    form = forms.DelegationForm(
        data=payload.dict(),
        organisations=Organisation.objects.filter(organiser=mission.organiser),
        people=Person.objects.filter(organiser=mission.organiser),
    )
    cleaned = check(form)
    entry = domain.add_to_delegation(
        mission=mission, organisation=cleaned["organisation"], travellers=cleaned["travellers"]
    )
    return Status(201, entry)


@router.post("/{mission_id}/targets", response={201: TargetOut})
def add_target(request, mission_id: int, payload: TargetIn):
    mission = _managed(request, mission_id)
    data = payload.dict()
    data["stop"] = data["stop"] or ""
    cleaned = check(
        forms.TargetForm(
            data=data, mission=mission, organisations=Organisation.objects.filter(organiser=mission.organiser)
        )
    )
    fields = ("organisation", "priority", "stop", "notes")
    return Status(201, domain.set_target(mission=mission, **{k: cleaned[k] for k in fields}))


@router.post("/{mission_id}/interpreters", response={201: InterpreterOut})
def add_interpreter(request, mission_id: int, payload: InterpreterIn):
    mission = _managed(request, mission_id)
    data = payload.dict()
    data["language_pairs"] = ", ".join(data["language_pairs"])
    data["available_days"] = ", ".join(data["available_days"])
    cleaned = check(
        forms.InterpreterForm(data=data, people=Person.objects.filter(organiser=mission.organiser))
    )
    interpreter = domain.set_interpreter(
        mission=mission,
        person=cleaned["person"],
        language_pairs=cleaned["language_pairs"],
        available_days=cleaned["available_days"],
    )
    return Status(201, interpreter)
