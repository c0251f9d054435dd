"""REST API of agendas: a mission's master agenda and the agenda of one organisation, person, interpreter or
venue, from the published schedule and the programme, as the pages show them.  Who may read what is the
pages' rule (``queries.may_see``); anything else answers 404."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router

from gyoryu.agendas import queries
from gyoryu.agendas.schemas import AgendaOut, Who
from gyoryu.missions.queries import visible_missions

router = Router(tags=["agendas"])


def _agenda(request, mission_id: int, who: str, item: int | None, home: bool):
    mission = get_object_or_404(visible_missions(request.user).select_related("organiser"), pk=mission_id)
    owner = queries.owner(mission, who, item)
    if owner is None or not queries.may_see(request.user, mission, owner):
        raise Http404
    return queries.agenda(mission=mission, who_=owner, home=home)


@router.get("/{mission_id}/agenda", response=AgendaOut, summary="The mission's master agenda")
def master(request, mission_id: int, home: bool = False):
    """Every programme item and published meeting of the mission, in time order; ``home=true`` names the
    home office's zone (``home_tz``) for readers who want its time beside."""
    return _agenda(request, mission_id, "mission", None, home)


@router.get("/{mission_id}/agenda/{who}/{item_id}", response=AgendaOut, summary="One agenda")
def agenda(request, mission_id: int, who: Who, item_id: int, home: bool = False):
    """The agenda of an organisation, person, interpreter (by the mission's interpreter id) or venue."""
    return _agenda(request, mission_id, who.value, item_id, home)
