"""Everything gyoryu holds about one person, for their right of access (PIPA art. 35, GDPR art. 15).

Generic over the models: every row of any model that refers to the person (or to their account), through
any foreign key or many-to-many field, is listed with its fields, so a feature added later is included
without a change here.  Secrets (password hashes, token hashes) are left out.  The audit trail's entries
about the person and their account, and those the account made, are included in readable form.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import ForeignKey, ManyToManyField, OneToOneField
from django.utils import timezone

from gyoryu.audit.models import AuditEntry
from gyoryu.audit.present import rows

FORMAT = "gyoryu-person-export/1"
SECRET = {"password", "digest", "token_hash"}
SKIP = {"audit.AuditEntry", "auditlog.LogEntry"}  # listed in readable form below


def _row(obj) -> dict:
    data = {"id": obj.pk, "text": str(obj)}
    for f in obj._meta.concrete_fields:
        if f.name in SECRET or f.primary_key:
            continue
        value = getattr(obj, f.attname)
        data[f.name] = value.name if hasattr(value, "name") and hasattr(value, "storage") else value
    for f in obj._meta.many_to_many:
        data[f.name] = sorted(getattr(obj, f.name).values_list("pk", flat=True))
    return data


def referring_rows(target) -> dict[str, list[dict]]:
    """Rows of every model that refer to ``target``: "app.Model.field" -> rows."""
    model = type(target)
    out: dict[str, list[dict]] = {}
    for other in apps.get_models():
        if other._meta.label in SKIP:
            continue
        for f in [*other._meta.concrete_fields, *other._meta.many_to_many]:
            if not isinstance(f, ForeignKey | OneToOneField | ManyToManyField) or f.related_model is not model:
                continue
            found = [_row(obj) for obj in other._base_manager.filter(**{f.name: target}).order_by("pk")]
            if found:
                out[f"{other._meta.label}.{f.name}"] = found
    return out


def _history(entries) -> list[dict]:
    return [
        {
            "at": row.when.isoformat(),
            "by": row.actor,
            "through": row.via,
            "action": row.action,
            "what": row.what,
            "object": row.name,
            "changes": [{"field": c.label, "before": c.before, "after": c.after} for c in row.changes],
        }
        for row in rows(entries)
    ]


def person_data(person) -> dict:
    user = person.user
    person_type = ContentType.objects.get_for_model(type(person))
    entries = AuditEntry.objects.select_related("actor", "actor__person")
    about = entries.filter(content_type=person_type, object_id=person.pk)
    data = {
        "format": FORMAT,
        "exported": timezone.now().isoformat(timespec="seconds"),
        "organiser": {"id": person.organiser_id, "name_ko": person.organiser.name_ko, "name_en": person.organiser.name_en},
        "person": _row(person),
        "refers_to_person": referring_rows(person),
        "account": None,
        "refers_to_account": {},
        "history_about_person": _history(about.order_by("timestamp", "id")),
        "history_by_account": [],
    }
    if user is not None:
        user_type = ContentType.objects.get_for_model(type(user))
        data["account"] = _row(user)
        data["refers_to_account"] = referring_rows(user)
        data["history_about_account"] = _history(
            entries.filter(content_type=user_type, object_id=user.pk).order_by("timestamp", "id")
        )
        data["history_by_account"] = _history(entries.filter(actor=user).order_by("timestamp", "id"))
    return data
