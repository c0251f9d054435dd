"""An agenda as an iCalendar file (RFC 5545) that calendar apps import or subscribe to.

Times: each event's DTSTART/DTEND carry the stop's IANA zone as TZID and the file has a matching VTIMEZONE
(built from the system's zoneinfo for the years the agenda spans). We chose this over plain UTC times
because: (1) Outlook and Apple Calendar need the VTIMEZONE to read a TZID and Google reads the IANA name
itself, so every app places the meeting at the same instant, exactly as with UTC; (2) the event keeps the
stop's zone, so the app shows "09:00 Pacific Time" in the event and keeps it right if a delegate's phone
changes zone on arrival, and the DST rules of the stop travel with the file; (3) a person reading the raw
file or a forwarded invitation sees the local wall time of the meeting.

Updates: UID is the caller's stable item uid and SEQUENCE the caller's count of changes to that event, so
importing a later version replaces the events of an earlier one instead of adding copies and only the events
that changed look changed; an item removed from the schedule comes as STATUS:CANCELLED, which makes
calendars remove it.  A programme item still only planned is STATUS:TENTATIVE.  A flight's DTEND carries
the zone it lands in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from gyoryu.agendas.outputs.agenda import Agenda, AgendaItem, check_lang

PRODID = "-//gyoryu//agenda//KO"

_LABELS = {
    "ko": {
        "with": "상대",
        "interpreter": "통역",
        "address": "주소",
        "notes": "메모",
        "version": "일정표 버전",
        "cancelled": "취소됨",
        "tentative": "미확정",
        "home": "시간",
    },
    "en": {
        "with": "With",
        "interpreter": "Interpreter",
        "address": "Address",
        "notes": "Notes",
        "version": "Agenda version",
        "cancelled": "Cancelled",
        "tentative": "Planned, not yet confirmed",
        "home": "time",
    },
}


def calendar_name(agenda: Agenda, lang: str) -> str:
    return f"{agenda.text('mission', lang)} – {agenda.text('owner', lang)}"


def _description(item: AgendaItem, agenda: Agenda, lang: str) -> str:
    label = _LABELS[lang]
    lines = []
    if item.cancelled:
        lines.append(label["cancelled"])
    elif item.tentative:
        lines.append(label["tentative"])
    if kind := item.text("kind", lang):
        lines.append(kind)
    if agenda.home_tz:
        home = ZoneInfo(agenda.home_tz)
        start, end = item.start.astimezone(home), item.end.astimezone(home)
        name = agenda.text("home", lang)
        lines.append(f"{name} {label['home']}: {start:%Y-%m-%d %H:%M}–{end:%H:%M}")
    if w := item.text("with", lang):
        lines.append(f"{label['with']}: {w}")
    if item.interpreter:
        lines.append(f"{label['interpreter']}: {item.interpreter}")
    if item.address:
        lines.append(f"{label['address']}: {item.address}")
    if n := item.text("notes", lang):
        lines.append(f"{label['notes']}: {n}")
    lines.append(f"{label['version']}: {agenda.version}")
    return "\n".join(lines)


def _event(item: AgendaItem, agenda: Agenda, lang: str, stamp: datetime) -> Event:
    zone, end_zone = ZoneInfo(item.tz), ZoneInfo(item.end_zone)
    event = Event()
    event.add("uid", item.uid)
    event.add("sequence", item.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", item.start.astimezone(zone))
    event.add("dtend", item.end.astimezone(end_zone))
    title = item.text("title", lang)
    event.add("summary", f"[{_LABELS[lang]['cancelled']}] {title}" if item.cancelled else title)
    location = item.text("place", lang)
    if item.address:
        location = f"{location}, {item.address}"
    event.add("location", location)
    event.add("description", _description(item, agenda, lang))
    event.add("status", "CANCELLED" if item.cancelled else "TENTATIVE" if item.tentative else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if item.cancelled else "OPAQUE")
    return event


def agenda_to_ics(agenda: Agenda, *, lang: str = "ko", stamp: datetime | None = None) -> bytes:
    """The agenda as a UTF-8 .ics file: one VEVENT per item (cancelled ones too, as STATUS:CANCELLED).

    ``stamp`` is the DTSTAMP of every event (default: now); pass it for byte-identical output."""
    check_lang(lang)
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = calendar_name(agenda, lang)
    cal.add("x-wr-calname", name)
    cal.add("name", name)  # RFC 7986's standard spelling of X-WR-CALNAME
    for item in sorted(agenda.items, key=lambda i: (i.start, i.uid)):
        cal.add_component(_event(item, agenda, lang, stamp))
    if agenda.items:
        first = min(i.start for i in agenda.items).year
        last = max(i.end for i in agenda.items).year
        cal.add_missing_timezones(first_date=date(first - 1, 1, 1), last_date=date(last + 1, 12, 31))
    return cal.to_ical()
