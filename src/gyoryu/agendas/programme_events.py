"""The mission's programme items as calendar events (see :mod:`gyoryu.agendas.events` for audiences).

Who an item concerns comes from the programme feature (:func:`gyoryu.programme.queries.attendee_keys` and
``host_keys``): attending organisations and people, host organisations and people, interpreters."""

from __future__ import annotations

from django.utils import translation

from gyoryu.agendas.events import MASTER, Event
from gyoryu.common.bilingual import pick
from gyoryu.programme import queries as programme
from gyoryu.programme.models import ProgrammeItem

Place, Status = ProgrammeItem.Place, ProgrammeItem.Status
DRESS_CODE = translation.gettext_lazy("Dress code")


def uid(mission, item_id: int) -> str:
    return f"programme-{item_id}-m{mission.pk}@{mission.organiser.slug}.gyoryu"


def _in(lang: str, text) -> str:
    with translation.override(lang):
        return str(text)


def _place(item: ProgrammeItem, lang: str) -> str:
    if item.place == Place.VENUE and item.venue:
        return pick(item.venue, "name", lang) + (f", {item.room.name}" if item.room else "")
    if item.place == Place.SITE and item.site:
        return pick(item.site, "name", lang)
    if item.place == Place.TRANSIT:
        ends = [pick(s, "city", lang) for s in (item.stop, item.arrival_stop) if s is not None]
        label = _in(lang, ProgrammeItem.Place.TRANSIT.label)
        return f"{label} ({' → '.join(ends)})" if ends else label
    return ""


def _hosts(item: ProgrammeItem, lang: str) -> str:
    people = list(item.host_people.all())
    named = {p.organisation_id for p in people}
    parts = [pick(o, "name", lang) for o in item.host_organisations.all() if o.pk not in named]
    for p in people:
        title = pick(p, "title", lang)
        org = pick(p.organisation, "name", lang) if p.organisation else ""
        parts.append(", ".join(x for x in (pick(p, "name", lang), title, org) if x))
    return "; ".join(parts)


def _notes(item: ProgrammeItem, lang: str) -> str:
    lines = [pick(item, "description", lang)]
    if dress := pick(item, "dress_code", lang):
        lines.append(f"{_in(lang, DRESS_CODE)}: {dress}")
    lines.append(pick(item, "notes", lang))
    return "\n".join(x for x in lines if x)


def events(mission) -> list[Event]:
    """One event per programme item of the mission, cancelled ones included (as cancelled)."""
    items = programme.with_people(ProgrammeItem.objects.filter(mission=mission)).order_by("start", "id")
    items = list(items.select_related("mission"))
    delegation = programme.delegation_of(mission) if items else {}
    out = []
    for it in items:
        att, hosts = programme.attendee_keys(it, delegation=delegation), programme.host_keys(it)
        interpreters = list(it.interpreters.all())
        audience = {MASTER}
        audience |= {f"org:{o}" for o in att.organisation_ids | hosts.organisation_ids}
        audience |= {f"person:{p}" for p in att.person_ids | hosts.person_ids}
        audience |= {f"interp:{i.pk}" for i in interpreters}
        if it.venue_id:
            audience.add(f"venue:{it.venue_id}")
        out.append(
            Event(
                uid=uid(mission, it.pk),
                start=it.start,
                end=it.end,
                tz=it.start_zone,
                end_tz=it.end_zone or it.start_zone,
                kind_ko=_in("ko", ProgrammeItem.Kind(it.kind).label),
                kind_en=_in("en", ProgrammeItem.Kind(it.kind).label),
                title_ko=pick(it, "title", "ko"),
                title_en=pick(it, "title", "en"),
                place_ko=_place(it, "ko"),
                place_en=_place(it, "en"),
                address=it.address,
                with_ko=_hosts(it, "ko"),
                with_en=_hosts(it, "en"),
                notes_ko=_notes(it, "ko"),
                notes_en=_notes(it, "en"),
                interpreter=", ".join(
                    f"{pick(i.person, 'name', 'en')} ({', '.join(i.language_pairs)})" for i in interpreters
                ),
                tentative=it.status == Status.PLANNED,
                cancelled=it.status == Status.CANCELLED,
                audience=frozenset(audience),
            )
        )
    return out
