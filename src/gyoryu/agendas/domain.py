"""State changes of agendas: what calendars were given, calendar feeds, the master agenda's visibility."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils import timezone

from gyoryu.accounts.models import hash_token
from gyoryu.agendas.events import Event
from gyoryu.agendas.models import AgendaSettings, CalendarFeed, Owner, SentEvent
from gyoryu.missions.models import Mission


def _changes(rows: dict[str, SentEvent], events: list[Event]) -> tuple[list, list]:
    """(rows to create, rows to update) that bring ``rows`` to ``events`` (rows are changed in place)."""
    create, update, seen = [], [], set()
    for e in events:
        seen.add(e.uid)
        row = rows.get(e.uid)
        if row is None:
            row = SentEvent(
                uid=e.uid,
                digest=e.digest,
                cancelled=e.cancelled,
                audience=sorted(e.audience),
                snapshot=e.snapshot(),
            )
            rows[e.uid] = row
            create.append(row)
            continue
        audience = sorted(set(row.audience) | e.audience)
        if row.digest != e.digest or row.cancelled != e.cancelled:
            row.digest, row.cancelled, row.snapshot = e.digest, e.cancelled, e.snapshot()
            row.sequence += 1
            row.audience = audience
            update.append(row)
        elif audience != row.audience:
            row.audience = audience
            update.append(row)
    for uid, row in rows.items():
        if uid not in seen and not row.cancelled:  # gone from the schedule or the programme
            row.cancelled = True
            row.sequence += 1
            update.append(row)
    return create, update


def record(*, mission: Mission, events: list[Event]) -> dict[str, SentEvent]:
    """Note what the mission's calendars are given now and return every event ever given, by uid.

    Side effects (only when something changed since the last call): a SentEvent row for each new event; an
    event whose content changed gets its ``sequence`` raised by one; an event no longer there (its meeting
    left the published schedule, its item was deleted) is marked cancelled with its sequence raised; every
    agenda an event is on joins its ``audience``.  Concurrent callers are serialised on the mission row."""
    rows = {r.uid: r for r in SentEvent.objects.filter(mission=mission)}
    create, update = _changes(dict(rows), events)
    if not (create or update):
        return rows
    with transaction.atomic():
        Mission.objects.select_for_update().filter(pk=mission.pk).exists()
        rows = {r.uid: r for r in SentEvent.objects.filter(mission=mission)}
        create, update = _changes(rows, events)
        now = timezone.now()
        for row in create:
            row.mission = mission
        for row in update:
            row.changed = now
        SentEvent.objects.bulk_create(create)
        SentEvent.objects.bulk_update(
            update, ["digest", "sequence", "cancelled", "audience", "snapshot", "changed"], batch_size=500
        )
    return rows


@transaction.atomic
def create_feed(
    *, mission: Mission, owner: str, owner_id: int | None, lang: str, home_zone: bool = False, user=None
) -> tuple[CalendarFeed, str]:
    """A secret calendar feed of one agenda.  Returns (feed, secret); the secret is shown once and only its
    hash is stored.  Side effects: one CalendarFeed row."""
    if owner not in Owner.values or lang not in ("ko", "en"):
        raise ValueError(f"unknown agenda {owner!r} or language {lang!r}")
    raw = secrets.token_urlsafe(32)
    feed = CalendarFeed.objects.create(
        mission=mission,
        owner=owner,
        owner_id=None if owner == Owner.MISSION else owner_id,
        lang=lang,
        home_zone=home_zone,
        digest=hash_token(raw),
        prefix=raw[:8],
        created_by=user if user is not None and user.is_authenticated else None,
    )
    return feed, raw


@transaction.atomic
def revoke_feed(*, feed: CalendarFeed) -> CalendarFeed:
    """Stop a feed.  Side effects: ``revoked`` set; its URL answers 410 Gone from now on."""
    if feed.revoked is None:
        feed.revoked = timezone.now()
        feed.save(update_fields=["revoked"])
    return feed


def feed_used(*, feed: CalendarFeed) -> None:
    """Side effects: ``last_used`` set to now (at most once a minute, to spare the database)."""
    now = timezone.now()
    if feed.last_used is None or (now - feed.last_used).total_seconds() > 60:
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used=now)


@transaction.atomic
def set_master_visibility(*, mission: Mission, delegation_sees_master: bool) -> AgendaSettings:
    """Side effects: the mission's AgendaSettings row created or updated."""
    settings, _created = AgendaSettings.objects.get_or_create(mission=mission)
    settings.delegation_sees_master = delegation_sees_master
    settings.save()
    return settings
