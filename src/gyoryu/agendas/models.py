"""Agendas: what calendars were last given (so SEQUENCE rises only for changed events and removed ones come
as CANCELLED), secret calendar feed URLs, and whether the delegation sees the mission's master agenda."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SentEvent(models.Model):
    """One calendar event of a mission (a meeting or a programme item) as agendas and calendar files last
    showed it.  ``digest`` is a hash of what the event shows; when it changes, ``sequence`` rises by one.
    ``audience`` lists every agenda the event has been on ("org:5", "person:7", "interp:2", "venue:3",
    "mission"), so an agenda it left shows it as cancelled.  ``snapshot`` keeps what is needed to print
    the cancelled event after its meeting or item is gone."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="+")
    uid = models.CharField(max_length=200)
    digest = models.CharField(max_length=64)
    sequence = models.PositiveIntegerField(default=0)
    cancelled = models.BooleanField(default=False)
    audience = models.JSONField(default=list)
    snapshot = models.JSONField(default=dict)
    first_sent = models.DateTimeField(auto_now_add=True)
    changed = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["mission", "uid"], name="uniq_sent_event")]

    def __str__(self) -> str:
        return f"{self.uid} #{self.sequence}"


class Owner(models.TextChoices):
    MISSION = "mission", _("Master agenda")
    ORGANISATION = "organisation", _("Organisation")
    PERSON = "person", _("Person")
    INTERPRETER = "interpreter", _("Interpreter")


class CalendarFeed(models.Model):
    """A secret URL a calendar program subscribes to without signing in: one agenda of one mission, in one
    language.  Only the SHA-256 of the secret is stored; a revoked feed answers 410 Gone."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="calendar_feeds")
    owner = models.CharField(_("agenda"), max_length=12, choices=Owner.choices)
    owner_id = models.PositiveBigIntegerField(null=True, blank=True)  # None for the master agenda
    lang = models.CharField(_("language"), max_length=2, default="ko")
    home_zone = models.BooleanField(_("home office's time beside"), default=False)
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    revoked = models.DateTimeField(null=True, blank=True)
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["mission", "owner", "owner_id"])]

    def __str__(self) -> str:
        return f"feed {self.prefix}… of {self.owner} {self.owner_id or ''}"


class AgendaSettings(models.Model):
    """What the organiser allows the delegation to see of the mission's agendas."""

    mission = models.OneToOneField(
        "missions.Mission", on_delete=models.CASCADE, related_name="agenda_settings"
    )
    delegation_sees_master = models.BooleanField(
        _("delegation members see the master agenda"),
        default=False,
        help_text=_("every programme item and meeting of the mission, by day"),
    )

    def __str__(self) -> str:
        return f"agenda settings of {self.mission}"
