"""1:1 meetings a mission wants held: who meets whom, how much it matters, and what pins it.

Visits, tours, ceremonies and other fixed events are programme items (``gyoryu.programme``), not meetings."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Meeting(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        PROPOSED = "proposed", _("Other time proposed")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        EXPIRED = "expired", _("Expired")
        CANCELLED = "cancelled", _("Cancelled")

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="meetings")
    requester = models.ForeignKey(
        "organizations.Organisation",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("requested by"),
    )
    counterpart = models.ForeignKey(
        "organizations.Organisation", on_delete=models.CASCADE, related_name="+", verbose_name=_("with")
    )
    members = models.ManyToManyField(
        "organizations.Person", blank=True, related_name="+", verbose_name=_("people who join")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACCEPTED)
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=[(1, _("High")), (2, _("Medium")), (3, _("Low"))], default=2
    )
    mutual = models.BooleanField(_("both sides asked"), default=False)
    stop = models.ForeignKey(
        "missions.Stop", on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("at stop")
    )
    fixed_start = models.DateTimeField(_("fixed time"), null=True, blank=True)
    confirmed = models.BooleanField(
        _("confirmed"),
        default=False,
        help_text=_("kept in place when the schedule changes, unless impossible"),
    )
    after = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="before", verbose_name=_("after these meetings")
    )
    notes = models.TextField(_("notes"), blank=True)
    requested_by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.TextField(_("message"), blank=True, max_length=2000)
    deadline = models.DateTimeField(_("answer by"), null=True, blank=True)
    proposed_start = models.DateTimeField(_("proposed time"), null=True, blank=True)
    answered_by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answered = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True, max_length=2000)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["mission", "priority", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(requester=models.F("counterpart")), name="meeting_not_with_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requester} – {self.counterpart}"
