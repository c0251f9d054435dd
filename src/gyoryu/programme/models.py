"""The mission programme: official visits, tours, roundtables, ceremonies, receptions, briefings and travel.

A programme item is not a 1:1 meeting: it has its own time (any length, across midnight), its own place, hosts
and attendees, and the scheduler plans 1:1 meetings around the confirmed ones.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick


class ProgrammeItem(models.Model):
    class Kind(models.TextChoices):
        OFFICIAL_VISIT = "official_visit", _("Official visit or courtesy call")
        SITE_TOUR = "site_tour", _("Site or factory tour")
        ROUNDTABLE = "roundtable", _("Roundtable or seminar")
        SIGNING = "signing", _("Signing ceremony")
        RECEPTION = "reception", _("Reception or dinner")
        BRIEFING = "briefing", _("Briefing")
        FLIGHT = "flight", _("Flight")
        TRANSFER = "transfer", _("Ground transfer")
        CHECK_IN = "check_in", _("Hotel check-in")
        FREE_TIME = "free_time", _("Free time")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")

    class Place(models.TextChoices):
        VENUE = "venue", _("A venue of the stop")
        SITE = "site", _("A partner's site")
        TRANSIT = "transit", _("In transit")

    class Attendance(models.TextChoices):
        DELEGATION = "delegation", _("The whole delegation")
        FIRMS = "firms", _("Chosen firms")
        PEOPLE = "people", _("Chosen people")
        OFFICIALS = "officials", _("Officials only")

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="programme")
    stop = models.ForeignKey(
        "missions.Stop",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="programme",
        verbose_name=_("stop"),
        help_text=_("for a flight: where it departs (empty when it leaves from home)"),
    )
    arrival_stop = models.ForeignKey(
        "missions.Stop",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="arrivals",
        verbose_name=_("arrival stop"),
        help_text=_("flights only: where it lands (empty when it flies home)"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title_ko = models.CharField(_("title (Korean)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description_ko = models.TextField(_("description (Korean)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    start_zone = models.CharField(_("time zone of the start"), max_length=64)
    end_zone = models.CharField(_("time zone of the end"), max_length=64)
    place = models.CharField(_("place"), max_length=8, choices=Place.choices, default=Place.VENUE)
    venue = models.ForeignKey(
        "missions.Venue", on_delete=models.RESTRICT, null=True, blank=True, related_name="programme"
    )
    room = models.ForeignKey(
        "missions.Room", on_delete=models.RESTRICT, null=True, blank=True, related_name="programme"
    )
    site = models.ForeignKey(
        "organizations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("site of"),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    host_organisations = models.ManyToManyField(
        "organizations.Organisation", blank=True, related_name="+", verbose_name=_("hosts")
    )
    host_people = models.ManyToManyField(
        "organizations.Person", blank=True, related_name="+", verbose_name=_("hosting people")
    )
    attendance = models.CharField(
        _("who attends"), max_length=10, choices=Attendance.choices, default=Attendance.DELEGATION
    )
    attending_organisations = models.ManyToManyField(
        "organizations.Organisation", blank=True, related_name="+", verbose_name=_("attending firms")
    )
    attending_people = models.ManyToManyField(
        "organizations.Person", blank=True, related_name="+", verbose_name=_("attending people")
    )
    interpreters_needed = models.PositiveSmallIntegerField(_("interpreters needed"), default=0)
    interpreters = models.ManyToManyField(
        "missions.Interpreter", blank=True, related_name="programme", verbose_name=_("interpreters")
    )
    dress_code_ko = models.CharField(_("dress code (Korean)"), max_length=200, blank=True)
    dress_code_en = models.CharField(_("dress code (English)"), max_length=200, blank=True)
    notes_ko = models.TextField(_("notes (Korean)"), blank=True)
    notes_en = models.TextField(_("notes (English)"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)
    revision = models.PositiveIntegerField(
        _("revision"), default=0, help_text=_("rises with every change a calendar shows (ICS SEQUENCE)")
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("programme item")
        ordering = ["mission", "start", "id"]
        indexes = [models.Index(fields=["mission", "start"])]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ko="", title_en=""), name="item_has_title"),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="item_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return pick(self, "title")

    @property
    def is_flight(self) -> bool:
        return self.kind == self.Kind.FLIGHT

    @property
    def cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED
