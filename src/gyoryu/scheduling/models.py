"""Schedules of a mission: drafts made by the solver, one published at a time, each with its placements."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SolverStatus(models.TextChoices):
    """What the optimiser could say of its answer (solver.Schedule.status), or that a person moved meetings."""

    OPTIMAL = "optimal", _("proven optimal")
    FEASIBLE = "feasible", _("feasible, not proven optimal")
    INFEASIBLE = "infeasible", _("impossible as asked")
    UNKNOWN = "unknown", _("no answer within the time limit")
    EDITED = "edited", _("changed by hand")


# The optimiser's stages, as its progress reports name them.
STAGES = {"held": _("meetings held"), "keep": _("fewest changes"), "breaks": _("idle gaps")}


class Schedule(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        SUPERSEDED = "superseded", _("Superseded")
        FAILED = "failed", _("Failed")

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="schedules")
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    base = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="the published schedule this one changes as little as possible",
    )
    time_limit = models.PositiveIntegerField(default=60)
    fairness = models.PositiveSmallIntegerField(null=True, blank=True, default=2)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    published = models.DateTimeField(null=True, blank=True)
    solver_status = models.CharField(max_length=12, blank=True, choices=SolverStatus.choices)
    held_weight = models.IntegerField(null=True, blank=True)
    held_weight_bound = models.IntegerField(null=True, blank=True)
    total_breaks = models.IntegerField(null=True, blank=True)
    breaks_bound = models.IntegerField(null=True, blank=True)
    gap = models.FloatField(null=True, blank=True)
    seconds = models.FloatField(null=True, blank=True)
    progress = models.JSONField(default=list, blank=True)
    unscheduled = models.JSONField(default=list, blank=True)
    explanation = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["mission", "-number"]
        constraints = [models.UniqueConstraint(fields=["mission", "number"], name="uniq_schedule_number")]

    def __str__(self) -> str:
        return f"schedule {self.number} of {self.mission}"

    @property
    def last_progress(self) -> dict | None:
        """The optimiser's latest progress report, its stage named in the reader's language."""
        if not self.progress:
            return None
        last = self.progress[-1]
        return {**last, "stage": STAGES.get(last.get("stage"), last.get("stage"))}


class Placement(models.Model):
    """One meeting's time, place and interpreter in one schedule."""

    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="placements")
    meeting = models.ForeignKey("meetings.Meeting", on_delete=models.CASCADE, related_name="placements")
    start = models.DateTimeField()
    end = models.DateTimeField()
    stop = models.ForeignKey("missions.Stop", on_delete=models.CASCADE, related_name="+")
    room = models.ForeignKey("missions.Room", on_delete=models.CASCADE, related_name="+")
    interpreter = models.ForeignKey(
        "missions.Interpreter", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["start", "room"]
        constraints = [models.UniqueConstraint(fields=["schedule", "meeting"], name="uniq_placement")]

    def __str__(self) -> str:
        return f"{self.meeting} at {self.start:%Y-%m-%d %H:%M}"


class Unavailability(models.Model):
    """A time when an organisation or a person cannot meet (forbidden slots)."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="unavailabilities")
    organisation = models.ForeignKey(
        "organizations.Organisation", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    person = models.ForeignKey(
        "organizations.Person", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    start = models.DateTimeField(_("from"))
    end = models.DateTimeField(_("until"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="unavailability_ordered"
            ),
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False) | models.Q(person__isnull=False),
                name="unavailability_has_someone",
            ),
        ]

    def __str__(self) -> str:
        return f"unavailable {self.start:%Y-%m-%d %H:%M}–{self.end:%H:%M}"


class TravelTime(models.Model):
    """Minutes needed between two venues (both directions)."""

    origin = models.ForeignKey("missions.Venue", on_delete=models.CASCADE, related_name="+")
    destination = models.ForeignKey("missions.Venue", on_delete=models.CASCADE, related_name="+")
    minutes = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["origin", "destination"], name="uniq_travel")]

    def __str__(self) -> str:
        return f"{self.minutes} min from venue {self.origin_id} to {self.destination_id}"
