"""Value chains: a sector's chain of stages in order (e.g. aircraft: OEM, tier 1 structures, tier 2 machined
parts, materials and surface treatment), each stage described by industry codes and free text, and the
organisations placed on the stages.

A placement is proposed (by the matching engine, with its reasons, or by a person), then accepted or
rejected by organiser staff; every change is a ``PlacementChange`` row written by ``domain``.  The allowed
changes are the table in ``domain.TRANSITIONS``.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gyoryu.organizations.models import Scheme


class Sector(models.TextChoices):
    AEROSPACE = "aerospace", _("Aerospace")
    MEDICAL_DEVICES = "medical_devices", _("Medical devices")
    WEARABLES = "wearables", _("Wearables")
    DISPLAYS = "displays", _("Displays")
    AUTOMATION = "automation", _("Factory automation")
    OTHER = "other", _("Other")


class PlacementStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class Chain(models.Model):
    organiser = models.ForeignKey("accounts.Organiser", on_delete=models.CASCADE, related_name="value_chains")
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    description_ko = models.TextField(_("description (Korean)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    home_country = models.CharField(
        _("home country"),
        max_length=2,
        default="KR",
        help_text=_("ISO code; organisations of this country are the local firms, all others partners"),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("value chain")
        ordering = ["sector", "name_en", "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name_ko="", name_en=""), name="chain_has_name")
        ]

    def __str__(self) -> str:
        return self.name_en or self.name_ko


class Stage(models.Model):
    chain = models.ForeignKey(Chain, on_delete=models.CASCADE, related_name="stages")
    order = models.PositiveSmallIntegerField(_("order"))
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    description_ko = models.TextField(
        _("description (Korean)"), blank=True, help_text=_("what firms at this stage make or do")
    )
    description_en = models.TextField(
        _("description (English)"), blank=True, help_text=_("what firms at this stage make or do")
    )

    class Meta:
        verbose_name = _("stage")
        ordering = ["chain", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["chain", "order"], name="uniq_stage_order"),
            models.CheckConstraint(condition=~models.Q(name_ko="", name_en=""), name="stage_has_name"),
        ]

    def __str__(self) -> str:
        return self.name_en or self.name_ko


class StageCode(models.Model):
    """An industry code that describes a stage: an organisation with a code inside it (same scheme, the
    stage's code a prefix of the organisation's) is proposed for the stage."""

    stage = models.ForeignKey(Stage, on_delete=models.CASCADE, related_name="codes")
    scheme = models.CharField(_("scheme"), max_length=5, choices=Scheme.choices)
    code = models.CharField(_("code"), max_length=12)

    class Meta:
        ordering = ["scheme", "code"]
        constraints = [models.UniqueConstraint(fields=["stage", "scheme", "code"], name="uniq_stage_code")]

    def __str__(self) -> str:
        return f"{self.scheme} {self.code}"


class Placement(models.Model):
    """An organisation on a stage.  ``evidence`` keeps why it was proposed, as the engine and the codes
    said it: {"codes": [...], "engine": {"score", "rank", "terms", "codes", "sentences"}} (empty when a
    person placed it); ``note`` the reason of the latest decision."""

    stage = models.ForeignKey(Stage, on_delete=models.CASCADE, related_name="placements")
    organisation = models.ForeignKey(
        "organizations.Organisation", on_delete=models.CASCADE, related_name="value_chain_placements"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=PlacementStatus.choices, default=PlacementStatus.PROPOSED
    )
    score = models.FloatField(_("score"), null=True, blank=True)
    evidence = models.JSONField(default=dict, blank=True)
    note = models.TextField(_("reason"), blank=True)
    proposed_at = models.DateTimeField()
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("placement")
        ordering = ["stage__order", "status", "-score", "id"]
        constraints = [models.UniqueConstraint(fields=["stage", "organisation"], name="uniq_stage_placement")]
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"{self.organisation} @ {self.stage}"


class PlacementChange(models.Model):
    """One step of a placement: from which status to which, when, by whom (no account: the matching
    engine's proposal) and why."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(max_length=10, choices=PlacementStatus.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=PlacementStatus.choices)
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.placement}: {self.from_status} -> {self.to_status}"
