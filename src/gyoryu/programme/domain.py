"""Every state change of programme items, one function each.  Each is atomic: it succeeds whole or changes
nothing; a refused change raises ``ValidationError`` (field messages) or ``Refused`` (one message), translated.

States: planned -> confirmed -> cancelled, or planned -> cancelled.  Only confirmed items are busy time for the
scheduler.  ``revision`` rises with every change a calendar shows (ICS SEQUENCE).
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from gyoryu.programme import rules
from gyoryu.programme.models import ProgrammeItem

Status = ProgrammeItem.Status

FIELDS = tuple(
    """stop arrival_stop kind title_ko title_en description_ko description_en start end start_zone end_zone
    place venue room site address attendance interpreters_needed dress_code_ko dress_code_en notes_ko
    notes_en""".split()
)
# what a calendar entry shows: a change to any of these is a new revision
CALENDAR_FIELDS = tuple(
    """kind title_ko title_en description_ko description_en start end start_zone end_zone place venue_id
    room_id site_id address dress_code_ko dress_code_en notes_ko notes_en status""".split()
)
PEOPLE = ("host_organisations", "host_people", "attending_organisations", "attending_people", "interpreters")


class Refused(Exception):
    """A state change that is not allowed now; the message says why (translated)."""


def _face(item: ProgrammeItem) -> tuple:
    return tuple(getattr(item, f) for f in CALENDAR_FIELDS)


def _hosts_face(item: ProgrammeItem) -> tuple:
    if item.pk is None:
        return ((), ())
    return (
        tuple(sorted(item.host_organisations.values_list("pk", flat=True))),
        tuple(sorted(item.host_people.values_list("pk", flat=True))),
    )


def _save(item: ProgrammeItem, data: dict, people: dict) -> ProgrammeItem:
    for key, value in data.items():
        if key in FIELDS:
            setattr(item, key, value)
    rules.normalise(item)
    current = {name: list(getattr(item, name).all()) if item.pk else [] for name in PEOPLE}
    merged = {name: list(people[name]) if people.get(name) is not None else current[name] for name in PEOPLE}
    rules.check(item)
    rules.check_people(
        item,
        hosts=merged["host_organisations"],
        host_people=merged["host_people"],
        organisations=merged["attending_organisations"],
        people=merged["attending_people"],
        interpreters=merged["interpreters"],
    )
    item.interpreters_needed = max(item.interpreters_needed or 0, len(merged["interpreters"]))
    item.full_clean(exclude=["revision"])
    item.save()
    for name in PEOPLE:
        if people.get(name) is not None:
            getattr(item, name).set(merged[name])
    # a host named by a person is hosted by that person's organisation too
    orgs = {p.organisation_id for p in merged["host_people"] if p.organisation_id}
    if orgs - {o.pk for o in merged["host_organisations"]}:
        item.host_organisations.add(*orgs)
    return item


@transaction.atomic
def create_item(*, mission, data: dict, **people) -> ProgrammeItem:
    """A new planned item.  ``people`` may give host_organisations, host_people, attending_organisations,
    attending_people and interpreters (iterables).  Side effects: one ProgrammeItem row (revision 0) and its
    links; the organisations of host people become hosts too.  Nobody is notified (it is only planned)."""
    item = ProgrammeItem(mission=mission, status=Status.PLANNED)
    return _save(item, data, people)


@transaction.atomic
def update_item(*, item: ProgrammeItem, data: dict, **people) -> ProgrammeItem:
    """Change an item that is not cancelled (links given in ``people`` are replaced, others kept).  Side
    effects: the row and links; ``revision`` + 1 when anything a calendar shows changed (time, place, title,
    texts, hosts); when the item is confirmed, its attendees, hosts and interpreters are notified of it."""
    _lock(item)
    if item.status == Status.CANCELLED:
        raise Refused(_("A cancelled item cannot be changed; add a new one instead."))
    before = (_face(item), _hosts_face(item))
    _save(item, data, people)
    if (_face(item), _hosts_face(item)) != before:
        _bump(item)
        if item.status == Status.CONFIRMED:
            _tell(item, "programme_changed")
    return item


@transaction.atomic
def confirm_item(*, item: ProgrammeItem) -> ProgrammeItem:
    """Confirm a planned item.  Side effects: status confirmed, ``revision`` + 1; from now on it is busy time
    for its attendees, hosts and interpreters in the next schedule run.  Nobody is notified here: agendas and
    calendar feeds show it, and the next published schedule tells those whose meetings move."""
    _lock(item)
    if item.status != Status.PLANNED:
        raise Refused(
            _("This item is already confirmed.")
            if item.status == Status.CONFIRMED
            else _("A cancelled item cannot be confirmed; add a new one instead.")
        )
    rules.check(item)
    item.status = Status.CONFIRMED
    item.save(update_fields=["status", "updated"])
    _bump(item)
    return item


@transaction.atomic
def cancel_item(*, item: ProgrammeItem) -> ProgrammeItem:
    """Cancel a planned or confirmed item.  Side effects: status cancelled, ``revision`` + 1 (calendars show
    it as CANCELLED); when it was confirmed, every attendee, host and interpreter is notified in their
    language; the next schedule run may use the freed time."""
    _lock(item)
    if item.status == Status.CANCELLED:
        raise Refused(_("This item is already cancelled."))
    was_confirmed = item.status == Status.CONFIRMED
    item.status = Status.CANCELLED
    item.save(update_fields=["status", "updated"])
    _bump(item)
    if was_confirmed:
        _tell(item, "programme_cancelled")
    return item


def _lock(item: ProgrammeItem) -> None:
    """Hold the row for this transaction and read its current state into ``item``."""
    ProgrammeItem.objects.select_for_update().get(pk=item.pk)
    item.refresh_from_db()


def _bump(item: ProgrammeItem) -> None:
    ProgrammeItem.objects.filter(pk=item.pk).update(revision=item.revision + 1)
    item.revision += 1


def _tell(item: ProgrammeItem, kind: str) -> None:
    from gyoryu.notifications.domain import notify
    from gyoryu.programme.queries import recipients

    notify(
        recipients=recipients(item),
        kind=kind,
        context={"item": item, "mission": item.mission},
        url=f"/missions/{item.mission_id}/programme/{item.pk}/",
        key=f"{kind}-{item.pk}-{item.revision}",
    )
