"""What meetings produced and what came of it: attendance, outcomes with money, leads, tasks, check-ins.

Amounts are Decimal with their ISO 4217 currency; each mission keeps its own conversion rates to USD and KRW
(``CurrencyRate``), so a report made in five years converts at the rates the mission used.
"""

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

currency_code = RegexValidator(r"^[A-Z]{3}$", _("Use a three-letter ISO 4217 code, e.g. USD, KRW, EUR."))


def amount_field(label):
    return models.DecimalField(
        label, max_digits=16, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )


def currency_field(label=None):
    return models.CharField(label or _("currency"), max_length=3, blank=True, validators=[currency_code])


class Attendance(models.Model):
    """Whether a meeting was held: "accepted" is not "held"."""

    class Status(models.TextChoices):
        HELD = "held", _("Held")
        NO_SHOW = "no_show", _("No-show")

    meeting = models.OneToOneField("meetings.Meeting", on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("attendance"), max_length=8, choices=Status.choices)
    at = models.DateTimeField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    def __str__(self) -> str:
        return f"{self.meeting}: {self.status}"


class CurrencyRate(models.Model):
    """One currency's value in USD and KRW for one mission (USD: usd_per_unit 1; KRW: krw_per_unit 1)."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="currency_rates")
    currency = models.CharField(_("currency"), max_length=3, validators=[currency_code])
    usd_per_unit = models.DecimalField(
        _("USD per unit"), max_digits=20, decimal_places=10, validators=[MinValueValidator(0)]
    )
    krw_per_unit = models.DecimalField(
        _("KRW per unit"), max_digits=20, decimal_places=6, validators=[MinValueValidator(0)]
    )

    class Meta:
        ordering = ["mission", "currency"]
        constraints = [models.UniqueConstraint(fields=["mission", "currency"], name="uniq_mission_currency")]

    def __str__(self) -> str:
        return f"{self.currency}: {self.usd_per_unit} USD, {self.krw_per_unit} KRW"


class Interest(models.TextChoices):
    NONE = "none", _("No interest")
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class Outcome(models.Model):
    """What one meeting produced, recorded right after it.  ``version`` guards against lost updates."""

    meeting = models.OneToOneField("meetings.Meeting", on_delete=models.CASCADE, related_name="outcome")
    interest = models.CharField(_("interest"), max_length=6, choices=Interest.choices, default=Interest.NONE)
    consultation_amount = amount_field(_("consultation amount"))
    consultation_currency = currency_field()
    expected_contract_amount = amount_field(_("expected contract amount"))
    expected_contract_currency = currency_field()
    onsite_contract_amount = amount_field(_("on-site contract amount"))
    onsite_contract_currency = currency_field()
    mou_signed = models.BooleanField(_("MoU signed"), default=False)
    products_discussed = models.TextField(_("products discussed"), blank=True)
    next_step = models.TextField(_("next step"), blank=True)
    next_step_owner = models.ForeignKey(
        "organizations.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("next step owner"),
    )
    next_step_due = models.DateField(_("next step due"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return f"{self.meeting}: {self.interest}"


class Stage(models.TextChoices):
    CONTACTED = "contacted", _("Contacted")
    SAMPLE_QUOTATION = "sample_quotation", _("Sample or quotation")
    NEGOTIATION = "negotiation", _("Negotiation")
    CONTRACT = "contract", _("Contract")
    EXPORTING = "exporting", _("Exporting")
    LOST = "lost", _("Lost")


class Lead(models.Model):
    """A meeting with interest, followed until it exports or is lost."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="leads")
    meeting = models.OneToOneField("meetings.Meeting", on_delete=models.CASCADE, related_name="lead")
    firm = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices, default=Stage.CONTACTED)
    lost_reason = models.TextField(_("why it was lost"), blank=True)
    export_amount = amount_field(_("export amount"))
    export_currency = currency_field()
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["mission", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(stage="lost", lost_reason=""), name="lost_lead_has_reason"
            )
        ]

    def __str__(self) -> str:
        return f"{self.firm} → {self.partner}"


class Task(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("task"), max_length=300)
    due = models.DateField(_("due"), null=True, blank=True)
    owner = models.ForeignKey(
        "organizations.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner"),
    )
    done = models.BooleanField(_("done"), default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["done", "due", "id"]

    def __str__(self) -> str:
        return self.title


class LeadEvent(models.Model):
    """The log of a lead, written by the domain functions: created, stage, task_added, task_done,
    outcome_updated, checkin_answered."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField()
    kind = models.CharField(max_length=20)
    detail = models.JSONField(default=dict, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.lead}: {self.kind}"


class CheckIn(models.Model):
    """A question to the firm 2, 6 or 12 months after the mission, answered by a link without a password.
    The raw token exists only in the e-mail; ``token_hash`` is set when it is sent."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="checkins")
    firm = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")
    months = models.PositiveSmallIntegerField()
    due = models.DateField()
    token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    expires = models.DateField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    stage = models.CharField(_("stage now"), max_length=16, choices=Stage.choices, blank=True)
    export_amount = amount_field(_("export amount"))
    export_currency = currency_field()
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["due", "id"]
        constraints = [models.UniqueConstraint(fields=["lead", "months"], name="uniq_checkin_months")]

    def __str__(self) -> str:
        return f"{self.lead} +{self.months} months"
