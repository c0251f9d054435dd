"""Missions: stops in order, venues with rooms or tables, the delegation, targets and interpreters."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick


class Status(models.TextChoices):
    PLANNING = "planning", _("Planning")
    RECRUITING = "recruiting", _("Recruiting")
    MATCHING = "matching", _("Matching")
    SCHEDULED = "scheduled", _("Scheduled")
    UNDER_WAY = "under_way", _("Under way")
    FOLLOW_UP = "follow_up", _("Follow-up")
    CLOSED = "closed", _("Closed")


class Mission(models.Model):
    organiser = models.ForeignKey("accounts.Organiser", on_delete=models.CASCADE, related_name="missions")
    title_ko = models.CharField(_("title (Korean)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    purpose_ko = models.TextField(_("purpose (Korean)"), blank=True)
    purpose_en = models.TextField(_("purpose (English)"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PLANNING)
    max_meetings_per_day = models.PositiveSmallIntegerField(
        _("meetings per participant per day"), null=True, blank=True, help_text=_("empty: no cap")
    )
    fairness = models.PositiveSmallIntegerField(
        _("fairness of idle gaps"),
        null=True,
        blank=True,
        default=2,
        help_text=_("any two participants' idle gaps differ by at most this many; empty: no limit"),
    )
    request_days = models.PositiveSmallIntegerField(
        _("days to answer a meeting request"),
        default=5,
        help_text=_("an unanswered request expires after this and frees what it held"),
    )
    max_pending_requests = models.PositiveSmallIntegerField(
        _("pending requests per participant"),
        default=10,
        help_text=_("a cap on unanswered outgoing requests"),
    )
    meetings_on_weekends = models.BooleanField(
        _("1:1 meetings on Saturdays and Sundays"),
        default=False,
        help_text=_(
            "off: the scheduler plans no 1:1 meetings at weekends (programme items may still be there)"
        ),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mission")
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ko="", title_en=""), name="mission_has_title")
        ]

    def __str__(self) -> str:
        return pick(self, "title")


class Stop(models.Model):
    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="stops")
    order = models.PositiveSmallIntegerField(_("order"))
    city_ko = models.CharField(_("city (Korean)"), max_length=100, blank=True)
    city_en = models.CharField(_("city (English)"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2)
    timezone = models.CharField(_("time zone"), max_length=64, help_text=_("e.g. America/Los_Angeles"))
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    day_start = models.TimeField(_("meetings from"), default=datetime.time(9, 0))
    day_end = models.TimeField(_("meetings until"), default=datetime.time(17, 0))
    lunch_start = models.TimeField(_("lunch from"), null=True, blank=True, default=datetime.time(12, 0))
    lunch_end = models.TimeField(_("lunch until"), null=True, blank=True, default=datetime.time(13, 0))
    slot_minutes = models.PositiveSmallIntegerField(_("slot length (minutes)"), default=30)
    travel_minutes = models.PositiveSmallIntegerField(
        _("travel between venues (minutes)"), default=30, help_text=_("unless set for a pair of venues")
    )

    class Meta:
        ordering = ["mission", "order"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "order"], name="uniq_stop_order"),
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="stop_dates_ordered"
            ),
        ]

    def __str__(self) -> str:
        return pick(self, "city")


class Venue(models.Model):
    stop = models.ForeignKey(Stop, on_delete=models.CASCADE, related_name="venues")
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    host = models.ForeignKey(
        "organizations.Organisation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["stop", "name_en"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name_ko="", name_en=""), name="venue_has_name")
        ]

    def __str__(self) -> str:
        return pick(self, "name")


class Room(models.Model):
    class Kind(models.TextChoices):
        ROOM = "room", _("Room")
        TABLE = "table", _("Table")

    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=5, choices=Kind.choices, default=Kind.ROOM)
    capacity = models.PositiveSmallIntegerField(_("seats"), default=4)

    class Meta:
        ordering = ["venue", "name"]
        constraints = [
            models.UniqueConstraint(fields=["venue", "name"], name="uniq_room_name"),
            models.CheckConstraint(condition=models.Q(capacity__gte=1), name="room_capacity_positive"),
        ]

    def __str__(self) -> str:
        return self.name


class DelegationEntry(models.Model):
    """A local organisation taking part in the mission, with the people who travel for it."""

    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="delegation")
    organisation = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")
    travellers = models.ManyToManyField("organizations.Person", blank=True, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["mission", "organisation"], name="uniq_delegation")]

    def __str__(self) -> str:
        return str(self.organisation)


class Priority(models.IntegerChoices):
    HIGH = 1, _("High")
    MEDIUM = 2, _("Medium")
    LOW = 3, _("Low")


class Target(models.Model):
    """An organisation the delegation wants to meet or visit."""

    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="targets")
    organisation = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")
    stop = models.ForeignKey(Stop, on_delete=models.SET_NULL, null=True, blank=True, related_name="targets")
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.MEDIUM
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["priority", "id"]
        constraints = [models.UniqueConstraint(fields=["mission", "organisation"], name="uniq_target")]

    def __str__(self) -> str:
        return str(self.organisation)


class Interpreter(models.Model):
    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="interpreters")
    person = models.ForeignKey("organizations.Person", on_delete=models.CASCADE, related_name="+")
    language_pairs = models.JSONField(_("language pairs"), default=list, help_text=_("e.g. ko-en"))
    available_days = models.JSONField(
        _("available days"), default=list, blank=True, help_text=_("ISO dates; empty means every day")
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["mission", "person"], name="uniq_interpreter")]

    def __str__(self) -> str:
        return str(self.person)
