"""State changes of the audit trail itself: entries for changes that no model save announces, and the
anonymisation of what the trail holds about an erased person.

Most entries are written by django-auditlog's signals when a tracked model is saved or deleted.  A feature
that changes rows another way (a queryset ``update`` for an optimistic lock, ``bulk_create``) calls
``record_change`` or ``record_created`` so that the trail stays complete.
"""

from __future__ import annotations

from auditlog.context import auditlog_disabled
from auditlog.diff import model_instance_diff
from auditlog.registry import auditlog
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from gyoryu.audit.models import AuditEntry

ERASED = "—"


def _on(model) -> bool:
    return auditlog.contains(model) and not auditlog_disabled.get()


def record_change(*, before, after) -> AuditEntry | None:
    """An UPDATE entry for ``after`` with every tracked field that differs from ``before`` (two instances of
    the same row, e.g. read before and after a queryset update).  Side effects: at most one AuditEntry."""
    if not _on(type(after)):
        return None
    changes = model_instance_diff(before, after, use_json_for_changes=True)
    if not changes:
        return None
    return AuditEntry.objects.log_create(after, action=AuditEntry.Action.UPDATE, changes=changes)


def record_created(*, objects) -> int:
    """CREATE entries for rows made by ``bulk_create``.  Side effects: one AuditEntry per object."""
    count = 0
    for obj in objects:
        if not _on(type(obj)):
            continue
        changes = model_instance_diff(None, obj, use_json_for_changes=True)
        if AuditEntry.objects.log_create(obj, action=AuditEntry.Action.CREATE, changes=changes or {}, force_log=True):
            count += 1
    return count


def _redact(changes: dict, fields) -> dict:
    out = {}
    for name, change in (changes or {}).items():
        if name in fields and isinstance(change, list | tuple):
            out[name] = [ERASED if value not in (None, "", []) else value for value in change]
        else:
            out[name] = change
    return out


def anonymise(*, obj, fields, old_texts, organiser_id) -> int:
    """Remove what the trail says about an erased person (``obj``: the Person, or its account).

    Side effects: entries about ``obj`` keep which fields changed and when, but their values for ``fields``
    become "—" and their object name becomes ``str(obj)`` (already anonymised); entries of the organiser
    that show one of ``old_texts`` as an object's name (an interpreter, a signatory), or list ``obj`` in a
    many-to-many change, show ``str(obj)`` instead; entries made by the account lose its e-mail.  Returns
    the number of entries changed."""
    model = type(obj)
    content_type = ContentType.objects.get_for_model(model)
    new_name = str(obj)
    count = 0
    for entry in AuditEntry.objects.filter(content_type=content_type, object_id=obj.pk):
        entry.changes = _redact(entry.changes, fields)
        entry.object_repr = new_name
        entry.serialized_data = None
        entry.save(update_fields=["changes", "object_repr", "serialized_data"])
        count += 1
    if model._meta.label == "auth.User":
        count += AuditEntry.objects.filter(actor_id=obj.pk).exclude(actor_email=None).update(actor_email=None)
    count += _rename_referring(obj)
    texts = {t for t in old_texts if t}
    m2m_types = [
        ContentType.objects.get_for_model(f.related_model)
        for f in model._meta.related_objects
        if f.many_to_many and auditlog.contains(f.related_model)
    ]
    others = AuditEntry.objects.filter(organiser_id=organiser_id).filter(
        Q(object_repr__in=texts) | Q(content_type__in=m2m_types)
    )
    if organiser_id is None:
        others = AuditEntry.objects.filter(Q(object_repr__in=texts)).exclude(content_type=content_type)
    for entry in others.exclude(content_type=content_type, object_id=obj.pk).iterator():
        changed = False
        if entry.object_repr in texts:
            entry.object_repr, changed = new_name, True
        entry_model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
        for name, change in (entry.changes or {}).items():
            if not (isinstance(change, dict) and change.get("type") == "m2m") or entry_model is None:
                continue
            if entry_model._meta.get_field(name).related_model is not model:
                continue
            objects = change.get("objects", [])
            for i, pk in enumerate(change.get("pks", [])):
                if pk == obj.pk and i < len(objects):
                    objects[i], changed = new_name, True
        if changed:
            entry.save(update_fields=["object_repr", "changes"])
            count += 1
    return count


def _rename_referring(obj) -> int:
    """Entries about rows that still refer to ``obj`` (a role of the account, an interpreter who is the
    person) take those rows' present names, which no longer contain the erased ones."""
    count = 0
    for other in auditlog.get_models():
        for f in other._meta.concrete_fields:
            if not f.is_relation or f.related_model is not type(obj):
                continue
            content_type = ContentType.objects.get_for_model(other)
            for row in other._base_manager.filter(**{f.name: obj}):
                count += AuditEntry.objects.filter(content_type=content_type, object_id=row.pk).exclude(
                    object_repr=str(row)
                ).update(object_repr=str(row))
    return count


def update_logged(queryset, **values) -> int:
    """``queryset.update(**values)`` with an UPDATE entry for each row that changed (a queryset update
    sends no save signals).  Side effects: the update; one AuditEntry per changed row."""
    model = queryset.model
    before = {obj.pk: obj for obj in queryset}
    if not before:
        return 0
    count = model._base_manager.filter(pk__in=list(before)).update(**values)
    for after in model._base_manager.filter(pk__in=list(before)):
        record_change(before=before[after.pk], after=after)
    return count
