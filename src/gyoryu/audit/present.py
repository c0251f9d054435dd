"""Audit entries as people read them, in the reader's language: who, when, through what, which object, and
each field's label with its value before and after.

Values are stored as django-auditlog writes them (JSON: references by id, choices by code, times in UTC);
here they become names (every referenced object of a page fetched in one query per model, in the reader's
language), choice labels, yes/no and local times.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext as _

from gyoryu.audit.models import AuditEntry, Via
from gyoryu.audit.registry import tracked_for
from gyoryu.common.bilingual import pick

EMPTY = "—"


@dataclass
class Change:
    label: str
    before: str
    after: str
    field: str = ""


@dataclass
class Row:
    entry: AuditEntry
    when: dt.datetime
    actor: str
    via: str
    action: str
    what: str
    name: str
    changes: list[Change] = field(default_factory=list)
    model_label: str = ""


def action_label(action: int) -> str:
    return {
        AuditEntry.Action.CREATE: _("created"),
        AuditEntry.Action.UPDATE: _("changed"),
        AuditEntry.Action.DELETE: _("deleted"),
    }.get(action, _("viewed"))


def actor_label(entry: AuditEntry) -> str:
    extra = entry.additional_data or {}
    user = entry.actor
    if user is not None:
        person = getattr(user, "person", None) if hasattr(user, "person") else None  # (none: no attribute)
        name = pick(person, "name") if person is not None else ""
        label = f"{name} ({user.username})" if name else user.username
        if entry.via == Via.API and extra.get("token"):
            label += " · " + _("token %(prefix)s…") % {"prefix": extra["token"]}
        return label
    if entry.via == Via.CLI:
        who = extra.get("os_user")
        return _("system (command line, %(user)s)") % {"user": who} if who else _("system (command line)")
    if entry.via in (Via.WEB, Via.API):
        return _("someone with a link (not signed in)")
    return _("system")


def object_name(obj) -> str:
    """An object's name in the reader's language."""
    for attr in ("name", "title", "city"):
        if hasattr(obj, f"{attr}_en") or hasattr(obj, f"{attr}_ko"):
            text = pick(obj, attr)
            if text:
                return text
    return str(obj)


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _label(model, name: str) -> str:
    tracked = tracked_for(model) if model is not None else None
    if tracked and name in tracked.labels:
        return str(tracked.labels[name])
    f = _model_field(model, name) if model is not None else None
    return str(getattr(f, "verbose_name", name)) if f is not None else name


def _when(value: str):
    """django-auditlog writes times as naive UTC text; dates and times of day stay as written."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10:  # a date
        return value
    return timezone.localtime(moment.replace(tzinfo=dt.UTC)).strftime("%Y-%m-%d %H:%M")


class Names:
    """Names of the objects that the changes of some entries refer to, fetched together."""

    def __init__(self, entries):
        wanted = defaultdict(set)
        for entry in entries:
            model = _model_of(entry)
            if model is not None and entry.object_id is not None:
                wanted[model].add(entry.object_id)
            for name, change in (entry.changes or {}).items():
                f = _model_field(model, name) if model else None
                if f is not None and f.is_relation and not f.many_to_many and isinstance(change, list):
                    for value in change:
                        if isinstance(value, int):
                            wanted[f.related_model].add(value)
        self.names = {}
        for model, pks in wanted.items():
            for obj in model._base_manager.filter(pk__in=pks):
                self.names[(model, obj.pk)] = object_name(obj)

    def get(self, model, pk) -> str:
        return self.names.get((model, pk)) or _("deleted (#%(id)s)") % {"id": pk}

    def of_entry(self, entry, model) -> str:
        """The object's name now, in the reader's language; as it was written when it is gone."""
        return self.names.get((model, entry.object_id)) or entry.object_repr


def _model_of(entry):
    return ContentType.objects.get_for_id(entry.content_type_id).model_class()


def value_text(model, name: str, value, names: Names) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    f = _model_field(model, name) if model is not None else None
    if f is not None and f.is_relation and not f.many_to_many and isinstance(value, int):
        return names.get(f.related_model, value)
    if f is not None and f.choices:
        labels = {str(k): v for k, v in f.flatchoices}
        return str(labels.get(str(value), value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or EMPTY
    if f is not None and f.get_internal_type() == "DateTimeField" and isinstance(value, str):
        return _when(value)
    return str(value)


def changes_of(entry: AuditEntry, names: Names) -> list[Change]:
    model = _model_of(entry)
    out = []
    order = {f.name: i for i, f in enumerate(model._meta.get_fields())} if model is not None else {}
    items = sorted((entry.changes or {}).items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    for name, change in items:
        label = _label(model, name)
        if isinstance(change, dict) and change.get("type") == "m2m":
            listed = ", ".join(change.get("objects", []))
            if change.get("operation") == "add":
                out.append(Change(label, EMPTY, "+ " + listed, name))
            else:
                out.append(Change(label, "− " + listed, EMPTY, name))
            continue
        before, after = change if isinstance(change, list | tuple) and len(change) == 2 else (None, change)
        if entry.action == AuditEntry.Action.CREATE and before is None and after in (None, "", [], False):
            continue  # a new object's empty fields say nothing
        out.append(Change(label, value_text(model, name, before, names), value_text(model, name, after, names), name))
    return out


def rows(entries) -> list[Row]:
    entries = list(entries)
    names = Names(entries)
    out = []
    for entry in entries:
        model = _model_of(entry)
        tracked = tracked_for(model) if model is not None else None
        out.append(
            Row(
                entry=entry,
                when=timezone.localtime(entry.timestamp),
                actor=actor_label(entry),
                via=str(Via(entry.via).label) if entry.via in Via.values else entry.via,
                action=action_label(entry.action),
                what=str(tracked.name) if tracked else (model._meta.verbose_name if model else ""),
                name=names.of_entry(entry, model),
                changes=changes_of(entry, names),
                model_label=model._meta.label if model is not None else "",
            )
        )
    return out
