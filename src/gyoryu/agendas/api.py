"""REST API of agendas: a mission's master agenda and the agenda of one organisation, person, interpreter or
venue, from the published schedule and the programme, as the pages show them.  Who may read what is the
pages' rule (``agendas.view_agenda``); anything else answers 404."""

from __future__ import annotations

from django.http import Http404
from ninja import Router

from gyoryu.agendas import queries
from gyoryu.agendas.permissions import AgendaOf
from gyoryu.agendas.schemas import AgendaOut, Who
from gyoryu.common.permissions import require_or_404, viewable
from gyoryu.missions.models import Mission

router = Router(tags=["agendas"])


def _agenda(request, mission_id: int, who: str, item: int | None, home: bool):
    missions = Mission.objects.select_related("organiser")
    mission = viewable(request.user, "missions.view_mission", missions, pk=mission_id)
    owner = queries.owner(mission, who, item)
    if owner is None:
        raise Http404
    require_or_404(request.user, "agendas.view_agenda", AgendaOf(mission, owner))
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
