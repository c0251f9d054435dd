"""Reads of the audit trail: only organiser staff (of the organiser whose data changed) and administrators
see it; delegation members and partner guests never do, and staff of one organiser never see another's
(``audit/permissions.py``; ``visible_entries`` is the same rule as a list)."""

from __future__ import annotations

import datetime as dt

from django.apps import apps
from django.db.models import QuerySet

from gyoryu.accounts.queries import scope_for
from gyoryu.audit.models import AuditEntry

# the pages that show a history: kind in the URL -> model
SUBJECTS = {
    "organisation": "organizations.Organisation",
    "person": "organizations.Person",
    "mission": "missions.Mission",
    "agreement": "partnerships.Agreement",
    "exchange": "partnerships.Programme",
    "item": "programme.ProgrammeItem",
    "lead": "followup.Lead",
    "chain": "valuechains.Chain",
}


def page_of(kind: str, obj) -> str:
    """The address of the object's own page."""
    from django.urls import reverse

    names = {
        "organisation": ("organizations:detail", [obj.pk]),
        "person": ("organizations:person_detail", [obj.pk]),
        "mission": ("missions:dashboard", [obj.pk]),
        "agreement": ("partnerships:detail", [obj.pk]),
        "exchange": ("partnerships:programme", [obj.pk]),
        "item": ("programme:detail", [getattr(obj, "mission_id", None), obj.pk]),
        "lead": ("followup:lead", [obj.pk]),
        "chain": ("valuechains:map", [obj.pk]),
    }
    name, args = names[kind]
    return reverse(name, args=args)


def visible_entries(user) -> QuerySet[AuditEntry]:
    """Every entry the account may read: all (administrators), its organisers' (staff), none (others)."""
    scope = scope_for(user)
    qs = AuditEntry.objects.select_related("actor", "actor__person").order_by("-timestamp", "-id")
    if scope.is_admin:
        return qs
    if not scope.staff_organisers:
        return qs.none()
    return qs.filter(organiser_id__in=scope.staff_organisers)


def subject(kind: str, pk: int):
    """The object whose history is asked for, or None (no such kind or row).  Not scoped: the caller asks
    ``audit.view_object_history`` of it."""
    label = SUBJECTS.get(kind)
    if label is None:
        return None
    return apps.get_model(label)._base_manager.filter(pk=pk).first()


def history(user, kind: str, obj) -> QuerySet[AuditEntry]:
    """The entries a page lists: a mission's (everything that belongs to it: stops, delegation, meetings,
    outcomes, leads, programme, schedules), or one object's own with its parts."""
    qs = visible_entries(user)
    if kind == "mission":
        return qs.filter(mission_id=obj.pk)
    return qs.filter(subject_type=kind, subject_id=obj.pk)


def filtered(qs, *, since: dt.date | None = None, until: dt.date | None = None, model: str = "", actor: str = ""):
    """Narrow a list of entries: days (inclusive, in the site's time zone), a model ("app.Model"), an
    account name."""
    from django.utils import timezone

    zone = timezone.get_current_timezone()
    if since:
        qs = qs.filter(timestamp__gte=dt.datetime.combine(since, dt.time.min, tzinfo=zone))
    if until:
        qs = qs.filter(timestamp__lt=dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min, tzinfo=zone))
    if model and "." in model:
        app_label, _, name = model.partition(".")
        qs = qs.filter(content_type__app_label=app_label, content_type__model=name.lower())
    if actor:
        qs = qs.filter(actor__username=actor)
    return qs
