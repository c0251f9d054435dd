"""Every state change of agreements, one keyword-only function each; each docstring lists its side effects.

Refusals are ``ValidationError`` (field -> message where a field is to blame), raised before anything is
written, in the active language.  Documents are in ``documents.py``, programmes in ``programmes.py``.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gyoryu.audit.domain import record_created
from gyoryu.organizations.models import Kind as OrgKind
from gyoryu.partnerships import lifecycle
from gyoryu.partnerships.models import (
    Agreement,
    Area,
    Kind,
    Link,
    Obligation,
    Party,
    Signatory,
    Status,
    StatusChange,
)

AGREEMENT_FIELDS = (
    "kind",
    "title_ko",
    "title_en",
    "summary_ko",
    "summary_en",
    "areas",
    "starts_on",
    "ends_on",
    "renewal_notice_days",
    "owner",
    "mission",
)
OBLIGATION_FIELDS = ("type", "title_ko", "title_en", "party", "owner", "due")
BETWEEN_CITIES = (Kind.SISTER_CITY, Kind.FRIENDSHIP_CITY)


def _check_agreement(organiser, data: dict, parties) -> dict:
    errors: dict = {}
    areas = list(dict.fromkeys(data.get("areas") or []))
    if not areas:
        errors["areas"] = _("Choose at least one field of cooperation.")
    elif set(areas) - set(Area.values):
        errors["areas"] = _("Choose fields from the list.")
    data["areas"] = areas
    if parties is not None:
        orgs = list(dict.fromkeys(parties))
        if len(orgs) < 2:
            errors["parties"] = _("An agreement has at least two parties.")
        elif any(o.organiser_id != organiser.pk for o in orgs):
            errors["parties"] = _("Choose the parties from your directory.")
        elif data.get("kind") in BETWEEN_CITIES and any(o.kind != OrgKind.CITY_GOVERNMENT for o in orgs):
            errors["parties"] = _("A sister-city or friendship-city agreement is between city governments.")
    for name in ("owner", "mission"):
        value = data.get(name)
        if value is not None and value.organiser_id != organiser.pk:
            errors[name] = _("Choose one of your organiser's records.")
    if errors:
        raise ValidationError(errors)
    return data


def _apply(agreement: Agreement, data: dict) -> None:
    for key, value in data.items():
        if key in AGREEMENT_FIELDS:
            setattr(agreement, key, value)
    agreement.full_clean()
    agreement.save()


def _record(agreement, from_status, to_status, on, user, note="") -> StatusChange:
    return StatusChange.objects.create(
        agreement=agreement,
        from_status=from_status,
        to_status=to_status,
        on=on,
        note=note,
        at=timezone.now(),
        by=user,
    )


@transaction.atomic
def create_agreement(*, organiser, data: dict, parties, user=None, today=None) -> Agreement:
    """A new agreement, proposed.  Side effects: the Agreement; a Party per organisation (at least two,
    from the organiser's directory; city governments only for sister- and friendship-city agreements); the
    first StatusChange ('' -> proposed, today, by ``user``)."""
    data = _check_agreement(organiser, dict(data), list(parties))
    agreement = Agreement(organiser=organiser, status=Status.PROPOSED)
    _apply(agreement, data)
    record_created(
        objects=Party.objects.bulk_create([Party(agreement=agreement, organisation=o) for o in dict.fromkeys(parties)])
    )
    _record(agreement, "", Status.PROPOSED, today or timezone.localdate(), user)
    return agreement


@transaction.atomic
def update_agreement(*, agreement: Agreement, data: dict, parties=None) -> Agreement:
    """Side effects: the Agreement's texts, fields, dates, owner and mission are changed; when ``parties`` is
    given the Party rows match it (signatories of removed parties are removed with them)."""
    data = _check_agreement(agreement.organiser, dict(data), None if parties is None else list(parties))
    _apply(agreement, data)
    if parties is not None:
        wanted = {o.pk: o for o in parties}
        agreement.parties.exclude(organisation_id__in=wanted).delete()
        agreement.signatories.exclude(organisation_id__in=wanted).delete()
        have = set(agreement.parties.values_list("organisation_id", flat=True))
        made = Party.objects.bulk_create(
            [Party(agreement=agreement, organisation=o) for pk, o in wanted.items() if pk not in have]
        )
        record_created(objects=made)
    return agreement


def change_status(
    *,
    agreement: Agreement,
    to: str,
    user=None,
    on: dt.date | None = None,
    note: str = "",
    ends_on: dt.date | None = None,
    today: dt.date | None = None,
) -> StatusChange:
    """Move the agreement along its lifecycle (``lifecycle.TRANSITIONS``); anything else is refused with a
    message naming what is possible.  ``on`` is the date the change took effect (today by default; not in
    the future, not before the previous change).  Side effects, in one transaction on the locked row: the
    Agreement's status; signed: ``signed_on``; active: ``starts_on`` when empty; renewed: the new
    ``ends_on`` (required, later than the old one); ``ends_on`` may also be set when signing or activating;
    one StatusChange (date, note, account; none for the daily run)."""
    today = today or timezone.localdate()
    on = on or today
    with transaction.atomic():
        locked = Agreement.objects.select_for_update().get(pk=agreement.pk)
        current = locked.status
        if not lifecycle.is_allowed(current, to):
            raise ValidationError({"to": lifecycle.refusal(current, to)})
        errors: dict = {}
        last = locked.changes.order_by("-on", "-at").values_list("on", flat=True).first()
        if on > today:
            errors["on"] = _("The date of a change cannot be in the future.")
        elif last is not None and on < last:
            errors["on"] = _("The date cannot be before the previous change (%(date)s).") % {
                "date": last.isoformat()
            }
        if to == Status.RENEWED:
            if ends_on is None:
                errors["ends_on"] = _("Give the new end date of the renewed agreement.")
            elif ends_on <= max(on, locked.ends_on or on):
                errors["ends_on"] = _("The new end date must be later than the current one and the renewal.")
        elif ends_on is not None and to not in (Status.SIGNED, Status.ACTIVE):
            errors["ends_on"] = _("An end date is set when signing, activating or renewing.")
        if errors:
            raise ValidationError(errors)
        if to == Status.SIGNED:
            locked.signed_on = on
        if to == Status.ACTIVE and locked.starts_on is None:
            locked.starts_on = on
        if ends_on is not None:
            locked.ends_on = ends_on
        locked.status = to
        locked.full_clean()
        locked.save()
        change = _record(locked, current, to, on, user, (note or "").strip())
    agreement.refresh_from_db()
    return change


def _party_ids(agreement) -> set[int]:
    return set(agreement.parties.values_list("organisation_id", flat=True))


@transaction.atomic
def add_signatory(*, agreement: Agreement, person) -> Signatory:
    """Side effects: a Signatory for the person (who must work for one of the parties); unchanged when the
    person already signs."""
    if person.organisation_id not in _party_ids(agreement):
        raise ValidationError({"person": _("A signatory works for one of the parties.")})
    signatory, _created = Signatory.objects.get_or_create(
        agreement=agreement, person=person, defaults={"organisation_id": person.organisation_id}
    )
    return signatory


@transaction.atomic
def remove_signatory(*, signatory: Signatory) -> None:
    """Side effects: the Signatory row is deleted."""
    signatory.delete()


@transaction.atomic
def add_obligation(*, agreement: Agreement, data: dict) -> Obligation:
    """Side effects: an Obligation (or action) of the agreement.  Its party is one of the agreement's; its
    owner a person of the organiser."""
    party, owner = data.get("party"), data.get("owner")
    errors: dict = {}
    if party is not None and party.pk not in _party_ids(agreement):
        errors["party"] = _("Choose one of the agreement's parties.")
    if owner is not None and owner.organiser_id != agreement.organiser_id:
        errors["owner"] = _("Choose one of your organiser's records.")
    if not (data.get("title_ko") or data.get("title_en")):
        errors["title_en"] = _("Say what is to be done, in Korean or English.")
    if errors:
        raise ValidationError(errors)
    item = Obligation(agreement=agreement, **{k: data.get(k) for k in OBLIGATION_FIELDS if k in data})
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def mark_done(*, obligation: Obligation, done: bool = True, today=None) -> Obligation:
    """Side effects: the obligation's ``done_on`` is set to today (or cleared); reminders stop when done."""
    obligation.done_on = (today or timezone.localdate()) if done else None
    obligation.save(update_fields=["done_on"])
    return obligation


@transaction.atomic
def link_meeting(*, agreement: Agreement, meeting, user=None) -> Link:
    """Record that a mission's meeting served the agreement.  Side effects: a Link row (once per meeting).
    The meeting belongs to one of the organiser's missions."""
    if meeting.mission.organiser_id != agreement.organiser_id:
        raise ValidationError({"meeting": _("Choose a meeting of one of your missions.")})
    link, _created = Link.objects.get_or_create(agreement=agreement, meeting=meeting, defaults={"by": user})
    return link


@transaction.atomic
def link_programme_item(*, agreement: Agreement, item, user=None) -> Link:
    """Record that a programme item of a mission (a courtesy call, a signing ceremony...) served the
    agreement.  Side effects: a Link row (once per item).  The item belongs to one of the organiser's
    missions."""
    if item.mission.organiser_id != agreement.organiser_id:
        raise ValidationError({"programme_item": _("Choose a programme item of one of your missions.")})
    link, _created = Link.objects.get_or_create(
        agreement=agreement, programme_item=item, defaults={"by": user}
    )
    return link


@transaction.atomic
def unlink(*, link: Link) -> None:
    """Side effects: the Link row is deleted (the meeting or programme item stays)."""
    link.delete()
