"""The exporters' words in Korean and English, and how they write days and times (no Django here)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from gyoryu.agendas.outputs.agenda import Agenda, AgendaItem

WORDS = {
    "ko": {
        "agenda": "일정표",
        "master": "전체 일정표",
        "table_plan": "테이블 배치표",
        "interpreter_day": "통역 일정",
        "mission": "사절단",
        "version": "버전",
        "time": "시간",
        "meeting": "일정",
        "place": "장소",
        "with": "상대·참석",
        "interpreter": "통역",
        "table": "테이블",
        "cancelled": "취소",
        "tentative": "미확정",
        "empty": "일정이 없습니다.",
        "page": "쪽",
        "zone": "현지 시간",
        "home": "시간",
    },
    "en": {
        "agenda": "Agenda",
        "master": "Master agenda",
        "table_plan": "Table plan",
        "interpreter_day": "Interpreter's schedule",
        "mission": "Mission",
        "version": "Version",
        "time": "Time",
        "meeting": "What",
        "place": "Place",
        "with": "With",
        "interpreter": "Interpreter",
        "table": "Table",
        "cancelled": "Cancelled",
        "tentative": "not yet confirmed",
        "empty": "No meetings.",
        "page": "Page",
        "zone": "local time",
        "home": "time",
    },
}
WEEKDAYS = {"ko": "월화수목금토일", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(day: date, lang: str) -> str:
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일 ({WEEKDAYS['ko'][day.weekday()]})"
    return f"{WEEKDAYS['en'][day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def local(item: AgendaItem) -> tuple[datetime, datetime]:
    """Start in the item's zone, end in its end zone (a flight lands in another)."""
    return item.start.astimezone(ZoneInfo(item.tz)), item.end.astimezone(ZoneInfo(item.end_zone))


def _span(start: datetime, end: datetime, *, zones: bool) -> str:
    days = (end.date() - start.date()).days
    if zones and start.tzname() != end.tzname():
        return f"{start:%H:%M} {start.tzname()} → {end:%H:%M} {end.tzname()}" + (
            f" (+{days})" if days else ""
        )
    text = f"{start:%H:%M}–{end:%H:%M}" + (f" (+{days})" if days else "")
    return text + (f" {start.tzname()}" if zones else "")


def time_range(item: AgendaItem, *, with_zone: bool) -> str:
    """'09:00–09:30', with the zone's abbreviation when asked or when the end is in another zone."""
    start, end = local(item)
    return _span(start, end, zones=with_zone or item.end_zone != item.tz)


def home_range(item: AgendaItem, agenda: Agenda, lang: str) -> str:
    """The item's time in the home office's zone, e.g. '서울 3/9 02:00–02:30' (the date when it is another
    day there), or '' without a home zone."""
    if not agenda.home_tz:
        return ""
    zone = ZoneInfo(agenda.home_tz)
    start, end = item.start.astimezone(zone), item.end.astimezone(zone)
    day = f"{start.month}/{start.day} " if start.date() != local(item)[0].date() else ""
    days = (end.date() - start.date()).days
    return f"{agenda.text('home', lang)} {day}{start:%H:%M}–{end:%H:%M}" + (f" (+{days})" if days else "")


def by_day(agenda: Agenda, lang: str, *, show_cancelled: bool = True) -> list[tuple[str, list[dict]]]:
    """The agenda's items as (day label, rows) in time order, each row the texts a page shows."""
    days: dict[date, list[dict]] = {}
    for item in sorted(agenda.items, key=lambda i: (i.start, i.uid)):
        if item.cancelled and not show_cancelled:
            continue
        start, _end = local(item)
        days.setdefault(start.date(), []).append(
            {
                "item": item,
                "programme": item.uid.startswith("programme-"),
                "time": time_range(item, with_zone=False),
                "zone": item.tz,
                "home": home_range(item, agenda, lang),
                "kind": item.text("kind", lang),
                "title": item.text("title", lang),
                "place": item.text("place", lang),
                "with": item.text("with", lang),
                "notes": item.text("notes", lang),
            }
        )
    return [(day_label(day, lang), rows) for day, rows in sorted(days.items())]
