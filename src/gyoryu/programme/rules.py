"""The rules a programme item must keep (checked by every domain function before it saves).

Kept apart from ``domain`` so that forms and the API can show the same messages without saving anything.
Raises ``django.core.exceptions.ValidationError`` with messages in the active language, keyed by field.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from gyoryu.programme.models import ProgrammeItem

Kind, Place = ProgrammeItem.Kind, ProgrammeItem.Place


def _zone(name: str, field: str, errors: dict) -> zoneinfo.ZoneInfo | None:
    if not name:
        errors[field] = _("Give the time zone.")
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        errors[field] = _("“%(name)s” is not a known time zone; use a name such as America/Los_Angeles.") % {
            "name": name
        }
        return None


def _within(day: dt.date, stop, *, early: int = 0, late: int = 0) -> bool:
    return stop.start_date - dt.timedelta(days=early) <= day <= stop.end_date + dt.timedelta(days=late)


def normalise(item: ProgrammeItem) -> None:
    """Fill what follows from the kind and place: zones of non-flights are their stop's; a flight is in transit;
    fields of another kind of place are emptied."""
    if item.is_flight:
        item.place = Place.TRANSIT
        if item.stop_id and not item.start_zone:
            item.start_zone = item.stop.timezone
        if item.arrival_stop_id and not item.end_zone:
            item.end_zone = item.arrival_stop.timezone
    else:
        item.arrival_stop = None
        if item.stop_id:
            item.start_zone = item.end_zone = item.stop.timezone
    if item.place != Place.VENUE:
        item.venue, item.room = None, None
    if item.place == Place.TRANSIT:
        item.site, item.address = None, ""
    if item.place == Place.VENUE and item.venue_id and not item.address:
        item.address = item.venue.address


def check(item: ProgrammeItem) -> None:
    """Every rule of one item (its own fields; people and organisations are checked by ``check_people``)."""
    errors: dict[str, str] = {}
    mission = item.mission
    if not (item.title_ko.strip() or item.title_en.strip()):
        errors["title_en"] = _("Give a title in Korean or English.")
    for stop, field in ((item.stop, "stop"), (item.arrival_stop, "arrival_stop")):
        if stop is not None and stop.mission_id != mission.pk:
            errors[field] = _("That stop belongs to another mission.")
    start_tz = _zone(item.start_zone, "start_zone", errors)
    end_tz = _zone(item.end_zone, "end_zone", errors)
    if item.start is None or item.end is None:
        errors["start" if item.start is None else "end"] = _("Give the start and the end.")
    elif item.end <= item.start:
        errors["end"] = _("The item ends before it starts.")
    if item.is_flight:
        if item.stop_id is None and item.arrival_stop_id is None:
            errors["stop"] = _("A flight departs from a stop, lands at one, or both.")
        elif item.stop_id and item.stop_id == item.arrival_stop_id:
            errors["arrival_stop"] = _("A flight lands at another stop than it departs from.")
        if item.stop_id and item.start_zone and item.start_zone != item.stop.timezone:
            errors["start_zone"] = _("The departure zone is the departure stop's (%(zone)s).") % {
                "zone": item.stop.timezone
            }
        if item.arrival_stop_id and item.end_zone and item.end_zone != item.arrival_stop.timezone:
            errors["end_zone"] = _("The arrival zone is the arrival stop's (%(zone)s).") % {
                "zone": item.arrival_stop.timezone
            }
    elif item.stop_id is None:
        errors["stop"] = _("Choose the stop of this item.")
    if (
        not {"stop", "start_zone", "end_zone"} & set(errors)
        and start_tz
        and end_tz
        and item.start
        and item.end
        and item.end > item.start
    ):
        _dates(item, start_tz, end_tz, errors)
    _place(item, errors)
    if errors:
        raise ValidationError(errors)


def _dates(item, start_tz, end_tz, errors) -> None:
    start_day = item.start.astimezone(start_tz).date()
    end_day = item.end.astimezone(end_tz).date()
    if item.is_flight:
        # a flight may leave the morning after a stop's last day and land the evening before a stop's first
        if item.stop_id and not _within(start_day, item.stop, late=1):
            errors["start"] = _(
                "The flight departs on %(day)s, outside the stop's dates (%(a)s–%(b)s) and the day after."
            ) % {
                "day": start_day,
                "a": item.stop.start_date,
                "b": item.stop.end_date,
            }
        if item.arrival_stop_id and not _within(end_day, item.arrival_stop, early=1):
            errors["end"] = _(
                "The flight lands on %(day)s, outside the arrival stop's dates (%(a)s–%(b)s) and the day before."
            ) % {"day": end_day, "a": item.arrival_stop.start_date, "b": item.arrival_stop.end_date}
        return
    if not _within(start_day, item.stop):
        errors["start"] = _("%(day)s is outside the stop's dates (%(a)s–%(b)s).") % {
            "day": start_day,
            "a": item.stop.start_date,
            "b": item.stop.end_date,
        }
    elif not _within(end_day, item.stop, late=1):
        errors["end"] = _(
            "The item ends on %(day)s, after the stop's last day (%(b)s) and the night after."
        ) % {"day": end_day, "b": item.stop.end_date}


def _place(item, errors) -> None:
    if item.place == Place.VENUE:
        if item.venue_id is None:
            errors["venue"] = _("Choose a venue of the stop, or another kind of place.")
        elif item.stop_id and item.venue.stop_id != item.stop_id:
            errors["venue"] = _("That venue belongs to another stop.")
        if item.room_id and item.venue_id and item.room.venue_id != item.venue_id:
            errors["room"] = _("That room belongs to another venue.")
    elif item.place == Place.SITE and not item.address.strip():
        errors["address"] = _("Give the address of the site.")
    if item.site_id and item.site.organiser_id != item.mission.organiser_id:
        errors["site"] = _("That organisation is not in this organiser's directory.")


def check_people(item, *, hosts, host_people, organisations, people, interpreters) -> None:
    """Hosts, attendees and interpreters: from the organiser's directory and the mission; the attendance
    choice has what it needs."""
    from gyoryu.missions.models import DelegationEntry

    mission, errors = item.mission, {}
    outside = [str(o) for o in [*hosts, *organisations] if o.organiser_id != mission.organiser_id]
    outside += [str(p) for p in [*host_people, *people] if p.organiser_id != mission.organiser_id]
    if outside:
        errors["host_organisations"] = _("Not in this organiser's directory: %(names)s.") % {
            "names": ", ".join(outside)
        }
    A = ProgrammeItem.Attendance
    if item.attendance == A.FIRMS:
        delegation = set(
            DelegationEntry.objects.filter(mission=mission).values_list("organisation_id", flat=True)
        )
        if not organisations:
            errors["attending_organisations"] = _("Choose the firms that attend.")
        elif stray := [str(o) for o in organisations if o.pk not in delegation]:
            errors["attending_organisations"] = _(
                "Not in the delegation: %(names)s. Partners who receive the delegation are hosts."
            ) % {"names": ", ".join(stray)}
    if item.attendance == A.PEOPLE and not people:
        errors["attending_people"] = _("Choose the people who attend.")
    if stray := [str(i) for i in interpreters if i.mission_id != mission.pk]:
        errors["interpreters"] = _("Not an interpreter of this mission: %(names)s.") % {
            "names": ", ".join(stray)
        }
    if errors:
        raise ValidationError(errors)
