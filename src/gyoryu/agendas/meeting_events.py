"""The meetings of one schedule as calendar events (see :mod:`gyoryu.agendas.events` for audiences)."""

from __future__ import annotations

from django.utils import translation

from gyoryu.agendas.events import MASTER, Event
from gyoryu.common.bilingual import pick
from gyoryu.missions.models import DelegationEntry
from gyoryu.scheduling import queries


def uid(mission, meeting_id: int) -> str:
    # stable across versions: an updated agenda replaces the calendar event instead of adding another
    return f"meeting-{meeting_id}-m{mission.pk}@{mission.organiser.slug}.gyoryu"


def travellers(mission) -> dict[int, frozenset[int]]:
    """organisation id -> ids of its travellers, for the mission's delegation (two queries)."""
    entries = DelegationEntry.objects.filter(mission=mission).prefetch_related("travellers")
    return {e.organisation_id: frozenset(p.pk for p in e.travellers.all()) for e in entries}


def _names(people, lang: str) -> str:
    return ", ".join(pick(x, "name", lang) for x in people)


def _with(org, people, lang: str) -> str:
    names = _names(people, lang)
    return pick(org, "name", lang) + (f" · {names}" if names else "")


def events(mission, schedule, *, travelling: dict[int, frozenset[int]]) -> list[Event]:
    """One event per placed meeting of ``schedule`` (none without a schedule)."""
    if schedule is None:
        return []
    with translation.override("ko"):
        kind_ko = translation.gettext("1:1 meeting")
    with translation.override("en"):
        kind_en = translation.gettext("1:1 meeting")
    out = []
    for p in queries.placements(schedule):
        m = p.meeting
        members = sorted(m.members.all(), key=lambda x: x.pk)
        req_people = [x for x in members if x.organisation_id == m.requester_id]
        cp_people = [x for x in members if x.organisation_id == m.counterpart_id]
        audience = {MASTER, f"org:{m.requester_id}", f"org:{m.counterpart_id}", f"venue:{p.room.venue_id}"}
        audience |= {f"person:{x.pk}" for x in members}
        for org_id, named in ((m.requester_id, req_people), (m.counterpart_id, cp_people)):
            if not named:  # nobody of this side named: its travellers all attend
                audience |= {f"person:{t}" for t in travelling.get(org_id, ())}
        interp = ""
        if p.interpreter:
            audience.add(f"interp:{p.interpreter_id}")
            interp = f"{pick(p.interpreter.person, 'name', 'en')} ({', '.join(p.interpreter.language_pairs)})"
        venue = p.room.venue
        out.append(
            Event(
                uid=uid(mission, m.pk),
                start=p.start,
                end=p.end,
                tz=p.stop.timezone,
                end_tz=p.stop.timezone,
                kind_ko=kind_ko,
                kind_en=kind_en,
                title_ko=f"{pick(m.requester, 'name', 'ko')} – {pick(m.counterpart, 'name', 'ko')}",
                title_en=f"{pick(m.requester, 'name', 'en')} – {pick(m.counterpart, 'name', 'en')}",
                place_ko=f"{pick(venue, 'name', 'ko')}, {p.room.name}",
                place_en=f"{pick(venue, 'name', 'en')}, {p.room.name}",
                address=venue.address,
                with_ko=_names(members, "ko"),
                with_en=_names(members, "en"),
                interpreter=interp,
                audience=frozenset(audience),
                sides={
                    m.requester_id: (
                        _with(m.counterpart, cp_people, "ko"),
                        _with(m.counterpart, cp_people, "en"),
                    ),
                    m.counterpart_id: (
                        _with(m.requester, req_people, "ko"),
                        _with(m.requester, req_people, "en"),
                    ),
                },
            )
        )
    return out
