"""REST API of programme items under /api/missions/{id}/programme: read for everyone who may see an item,
write for the mission's organiser staff.  What one may not see answers 404."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from ninja import Router, Status

from gyoryu.common.api import InvalidInput
from gyoryu.common.forms import MAX_ID
from gyoryu.common.permissions import require, require_or_404, viewable
from gyoryu.missions.models import Interpreter, Mission, Room, Stop, Venue
from gyoryu.organizations.models import Organisation, Person
from gyoryu.programme import domain, queries
from gyoryu.programme.models import ProgrammeItem
from gyoryu.programme.schemas import ItemIn, ItemOut, ItemPatch

router = Router(tags=["programme"])
REFS = {"stop": Stop, "arrival_stop": Stop, "venue": Venue, "room": Room, "site": Organisation}
LINKS = {
    "attending_organisations": Organisation,
    "attending_people": Person,
    "host_organisations": Organisation,
    "host_people": Person,
    "interpreters": Interpreter,
}


def _mission(request, mission_id: int, *, manage: bool = False):
    missions = Mission.objects.select_related("organiser")
    mission = viewable(request.user, "missions.view_mission", missions, pk=mission_id)
    if manage:
        require(request.user, "programme.change_programme", mission)
    return mission


def _item(request, mission, item_id: int):
    items = queries.with_people(ProgrammeItem.objects.filter(mission=mission))
    item = items.filter(pk=item_id).first()
    if item is not None:
        item.mission = mission  # already loaded: the permission reads it
    require_or_404(request.user, "programme.view_item", item)
    return item


def _valid_id(value) -> bool:
    """An id a database can hold (a larger integer would fail in the driver: a 500, not a 422)."""
    return isinstance(value, int) and 0 < value <= MAX_ID


def _resolve(mission, payload: dict) -> tuple[dict, dict]:
    """Ids to rows of this mission (or its organiser's directory); an unknown id is a 422, never a 500."""
    scope = {
        Stop: Stop.objects.filter(mission=mission),
        Venue: Venue.objects.filter(stop__mission=mission),
        Room: Room.objects.filter(venue__stop__mission=mission),
        Organisation: Organisation.objects.filter(organiser=mission.organiser),
        Person: Person.objects.filter(organiser=mission.organiser),
        Interpreter: Interpreter.objects.filter(mission=mission),
    }
    errors, data, links = [], {}, {}
    for key, value in payload.items():
        if key in REFS:
            row = scope[REFS[key]].filter(pk=value).first() if value is not None and _valid_id(value) else None
            if value is not None and row is None:
                errors.append({"field": key, "message": f"unknown id {value}"})
            data[key] = row
        elif key in LINKS:
            ids = [i for i in value if _valid_id(i)] if value is not None else None  # (no query with 2**70)
            rows = list(scope[LINKS[key]].filter(pk__in=ids)) if ids is not None else None
            if rows is not None and len(rows) != len(set(value)):
                missing = sorted(set(value) - {r.pk for r in rows})
                errors.append({"field": key, "message": f"unknown ids {missing}"})
            links[key] = rows
        else:
            data[key] = value
    if errors:
        raise InvalidInput(errors)
    return data, links


@router.get("/{mission_id}/programme", response=list[ItemOut], summary="The programme items one may see")
def list_items(request, mission_id: int):
    mission = _mission(request, mission_id)
    return list(queries.with_people(queries.visible_items(request.user, mission)).order_by("start", "id"))


@router.get("/{mission_id}/programme/{item_id}", response=ItemOut)
def get_item(request, mission_id: int, item_id: int):
    return _item(request, _mission(request, mission_id), item_id)


@router.post("/{mission_id}/programme", response={201: ItemOut}, summary="Add a planned item (staff)")
def create_item(request, mission_id: int, payload: ItemIn):
    mission = _mission(request, mission_id, manage=True)
    data, links = _resolve(mission, payload.dict())
    item = domain.create_item(mission=mission, data=data, **links)
    return Status(201, _item(request, mission, item.pk))


@router.patch("/{mission_id}/programme/{item_id}", response={200: ItemOut, 409: dict})
def patch_item(request, mission_id: int, item_id: int, payload: ItemPatch):
    mission = _mission(request, mission_id, manage=True)
    item = _item(request, mission, item_id)
    data, links = _resolve(mission, payload.dict(exclude_unset=True))
    try:
        domain.update_item(item=item, data=data, **links)
    except domain.Refused as exc:
        return Status(409, {"detail": str(exc)})
    return _item(request, mission, item.pk)


def _change(request, mission_id: int, item_id: int, change):
    mission = _mission(request, mission_id, manage=True)
    item = _item(request, mission, item_id)
    try:
        change(item=item)
    except domain.Refused as exc:
        return Status(409, {"detail": str(exc)})
    except ValidationError as exc:
        return Status(409, {"detail": " ".join(exc.messages)})
    return _item(request, mission, item.pk)


@router.post("/{mission_id}/programme/{item_id}/confirm", response={200: ItemOut, 409: dict})
def confirm_item(request, mission_id: int, item_id: int):
    """Confirmed items are busy time for their attendees, hosts and interpreters in the next schedule run."""
    return _change(request, mission_id, item_id, domain.confirm_item)


@router.post("/{mission_id}/programme/{item_id}/cancel", response={200: ItemOut, 409: dict})
def cancel_item(request, mission_id: int, item_id: int):
    """A confirmed item's attendees, hosts and interpreters are notified."""
    return _change(request, mission_id, item_id, domain.cancel_item)
