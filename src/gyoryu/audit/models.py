"""The audit trail: one row per state change of a registered model (who, when, what, before and after).

Rows are written by django-auditlog's signal receivers (``audit.registry`` says which models and fields)
into ``AuditEntry``, its documented extension of the log entry (``AUDITLOG_LOGENTRY_MODEL``), which adds
what the pages need to show an entry only to the right people: the organiser whose data changed, the
mission it belongs to, and the page ("subject") whose history lists it.  These are plain references (no
database constraint), so the history of a deleted mission or profile stays.
"""

from auditlog.models import AbstractLogEntry, LogEntryManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class Via(models.TextChoices):
    WEB = "web", _("web page")
    API = "api", _("API")
    CLI = "cli", _("command line")
    SYSTEM = "system", _("system")


class AuditEntryManager(LogEntryManager):
    """Every entry is stamped with the acting account, the channel and its organiser, mission and subject
    (``audit.stamp``), and many-to-many changes keep the ids of the objects beside their names (so that
    erasing a person can find the entries that name them)."""

    def log_create(self, instance, force_log: bool = False, **kwargs):
        from gyoryu.audit.stamp import stamp

        if kwargs.get("changes") is None and not force_log:
            return None
        for key, value in stamp(instance).items():
            kwargs.setdefault(key, value)
        return super().log_create(instance, force_log=force_log, **kwargs)

    def log_m2m_changes(self, changed_queryset, instance, operation, field_name, **kwargs):

        objects = list(changed_queryset)
        if not objects:
            return None
        kwargs.setdefault("action", self.model.Action.UPDATE)
        changes = {
            field_name: {
                "type": "m2m",
                "operation": operation,
                "objects": [str(obj) for obj in objects],
                "pks": [obj.pk for obj in objects],
            }
        }
        return self.log_create(instance, changes=changes, **kwargs)


class AuditEntry(AbstractLogEntry):
    organiser = models.ForeignKey(
        "accounts.Organiser",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    mission = models.ForeignKey(
        "missions.Mission",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    subject_type = models.CharField(max_length=20, blank=True)
    subject_id = models.BigIntegerField(null=True, blank=True)
    via = models.CharField(_("through"), max_length=6, choices=Via.choices, default=Via.SYSTEM)

    objects = AuditEntryManager()

    class Meta(AbstractLogEntry.Meta):
        verbose_name = _("history entry")
        verbose_name_plural = _("history")
        indexes = [
            models.Index(fields=["subject_type", "subject_id", "timestamp"]),
            models.Index(fields=["organiser", "timestamp"]),
            models.Index(fields=["mission", "timestamp"]),
        ]
