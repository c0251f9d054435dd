"""{% load agendas %}: links to the agendas a reader may open, for pages of other features (the dashboard)."""

from django import template

from gyoryu.agendas import queries
from gyoryu.agendas.permissions import AgendaOf

register = template.Library()


@register.simple_tag
def agenda_links(user, mission) -> dict:
    """{"master": bool, "person": Person or None}: whether the reader may open the master agenda, and their
    own person's agenda at the mission's organiser (if their account is linked to a person)."""
    master = queries.owner(mission, "mission", None)
    person = getattr(user, "person", None) if user.is_authenticated else None
    if person is not None and person.organiser_id != mission.organiser_id:
        person = None
    return {"master": user.has_perm("agendas.view_agenda", AgendaOf(mission, master)), "person": person}
