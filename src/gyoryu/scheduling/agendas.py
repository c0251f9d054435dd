"""Agendas of one organisation, interpreter or venue from a schedule, as the plain data the exporters take."""

from __future__ import annotations

from gyoryu.common.bilingual import pick
from gyoryu.missions.models import Venue
from gyoryu.scheduling import queries
from gyoryu.scheduling.models import Schedule

KINDS = ("organisation", "interpreter", "venue")


def _uid(mission, meeting_id: int) -> str:
    # stable across versions: an updated agenda replaces the calendar event instead of adding another
    return f"meeting-{meeting_id}-m{mission.pk}@{mission.organiser.slug}.gyoryu"


def _item(mission, p, *, version: int, owner_org: int | None, cancelled: bool = False):
    from gyoryu.scheduling.outputs.agenda import AgendaItem

    m = p.meeting
    other = m.counterpart if owner_org == m.requester_id else m.requester
    people = ", ".join(pick(x, "name", "en") for x in m.members.all())
    people_ko = ", ".join(pick(x, "name", "ko") for x in m.members.all())
    interp = ""
    if p.interpreter:
        interp = f"{pick(p.interpreter.person, 'name', 'en')} ({', '.join(p.interpreter.language_pairs)})"
    venue = p.room.venue
    return AgendaItem(
        uid=_uid(mission, m.pk),
        sequence=version,
        start=p.start,
        end=p.end,
        tz=p.stop.timezone,
        title_ko=f"{pick(m.requester, 'name', 'ko')} – {pick(m.counterpart, 'name', 'ko')}",
        title_en=f"{pick(m.requester, 'name', 'en')} – {pick(m.counterpart, 'name', 'en')}",
        place_ko=f"{pick(venue, 'name', 'ko')}, {p.room.name}",
        place_en=f"{pick(venue, 'name', 'en')}, {p.room.name}",
        address=venue.address,
        with_ko=pick(other, "name", "ko") + (f" · {people_ko}" if people_ko else ""),
        with_en=pick(other, "name", "en") + (f" · {people}" if people else ""),
        interpreter=interp,
        cancelled=cancelled,
    )


def build(*, mission, schedule: Schedule | None, who: str, item: int):
    """The Agenda, or None when the organisation, interpreter or venue is not part of the mission.
    Meetings that an earlier published version had and this one has not come as cancelled items, so that
    calendars remove them."""
    from gyoryu.scheduling.outputs.agenda import Agenda

    owner_org = None
    if who == "organisation":
        owner = mission.organiser.organisations.filter(pk=item).first()
        owner_org = item
        select = lambda s: queries.for_organisation(s, item)  # noqa: E731
    elif who == "interpreter":
        interp = mission.interpreters.select_related("person").filter(pk=item).first()
        owner = interp.person if interp else None
        select = lambda s: queries.for_interpreter(s, item)  # noqa: E731
    else:
        owner = Venue.objects.filter(pk=item, stop__mission=mission).first()
        select = lambda s: queries.for_venue(s, item)  # noqa: E731
    if owner is None:
        return None
    version = schedule.number if schedule else 0
    items = (
        [_item(mission, p, version=version, owner_org=owner_org) for p in select(schedule)]
        if schedule
        else []
    )
    held = {i.uid for i in items}
    earlier = mission.schedules.filter(status=Schedule.Status.SUPERSEDED).order_by("-number")
    for old in earlier:
        for p in select(old):
            uid = _uid(mission, p.meeting_id)
            if uid not in held:
                held.add(uid)
                items.append(_item(mission, p, version=version, owner_org=owner_org, cancelled=True))
    items.sort(key=lambda i: (i.start, i.uid))
    return Agenda(
        owner_ko=pick(owner, "name", "ko"),
        owner_en=pick(owner, "name", "en"),
        mission_ko=pick(mission, "title", "ko"),
        mission_en=pick(mission, "title", "en"),
        version=version,
        items=tuple(items),
    )


def ics(agenda, *, lang: str) -> bytes:
    from gyoryu.scheduling.outputs.ics import agenda_to_ics

    return agenda_to_ics(agenda, lang=lang)


def pdf(agenda, *, lang: str, who: str) -> bytes:
    """A participant's agenda, an interpreter's day or a venue's table plan."""
    from gyoryu.scheduling.outputs import pdf as render

    if who == "venue":
        return render.table_plan_pdf(agenda, lang=lang)
    if who == "interpreter":
        return render.interpreter_day_pdf(agenda, lang=lang)
    return render.agenda_to_pdf(agenda, lang=lang)
