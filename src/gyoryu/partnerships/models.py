"""Partnerships: agreements between organisations (cities, libraries, universities, companies, associations),
their lifecycle, parties and signatories, documents, obligations and actions, and the exchange programmes
carried out under them.

The allowed status changes are a table in ``gyoryu.partnerships.lifecycle``; every change is a
``StatusChange`` row written by ``domain.change_status``.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick


class Kind(models.TextChoices):
    SISTER_CITY = "sister_city", _("Sister-city agreement")
    FRIENDSHIP_CITY = "friendship_city", _("Friendship-city agreement")
    EXCHANGE = "exchange", _("Exchange and cooperation agreement")
    MOU = "mou", _("Memorandum of understanding (MoU)")
    LETTER_OF_INTENT = "letter_of_intent", _("Letter of intent")


class Area(models.TextChoices):
    """Fields of cooperation; an agreement may cover several."""

    INDUSTRY = "industry", _("Industry")
    CULTURE = "culture", _("Culture")
    SPORTS = "sports", _("Sports")
    ACADEMIA = "academia", _("Academia")
    LIBRARY = "library", _("Library")
    OTHER = "other", _("Other")


class Status(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    UNDER_REVIEW = "under_review", _("Under review")
    SIGNED = "signed", _("Signed")
    ACTIVE = "active", _("Active")
    RENEWAL_DUE = "renewal_due", _("Renewal due")
    RENEWED = "renewed", _("Renewed")
    LAPSED = "lapsed", _("Lapsed")
    ENDED = "ended", _("Ended")


def bilingual(label_ko, label_en, max_length=None):
    if max_length:
        return (
            models.CharField(label_ko, max_length=max_length, blank=True),
            models.CharField(label_en, max_length=max_length, blank=True),
        )
    return models.TextField(label_ko, blank=True), models.TextField(label_en, blank=True)


class Agreement(models.Model):
    organiser = models.ForeignKey("accounts.Organiser", on_delete=models.CASCADE, related_name="agreements")
    kind = models.CharField(_("kind of agreement"), max_length=20, choices=Kind.choices)
    title_ko, title_en = bilingual(_("title (Korean)"), _("title (English)"), 300)
    summary_ko, summary_en = bilingual(_("summary (Korean)"), _("summary (English)"))
    areas = models.JSONField(_("fields of cooperation"), default=list)
    status = models.CharField(_("status"), max_length=14, choices=Status.choices, default=Status.PROPOSED)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    starts_on = models.DateField(_("in force from"), null=True, blank=True)
    ends_on = models.DateField(
        _("in force until"), null=True, blank=True, help_text=_("empty: no end date (no renewal)")
    )
    renewal_notice_days = models.PositiveSmallIntegerField(
        _("renewal notice (days)"),
        default=90,
        help_text=_("renewal falls due this many days before the end date"),
    )
    owner = models.ForeignKey(
        "organizations.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("responsible person"),
        help_text=_("on the organiser's side; receives the reminders"),
    )
    mission = models.ForeignKey(
        "missions.Mission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("mission"),
        help_text=_("the mission during which it was prepared or signed"),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("agreement")
        ordering = ["-updated", "-id"]
        indexes = [models.Index(fields=["organiser", "status"])]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ko="", title_en=""), name="agreement_has_title"),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="agreement_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return pick(self, "title")

    def area_labels(self) -> list:
        labels = dict(Area.choices)
        return [labels.get(a, a) for a in self.areas]


class Party(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties")
    organisation = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["agreement", "organisation"], name="uniq_party")]

    def __str__(self) -> str:
        return str(self.organisation)


class Signatory(models.Model):
    """A person who signs (or is to sign) for one of the parties."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="signatories")
    person = models.ForeignKey("organizations.Person", on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["agreement", "person"], name="uniq_signatory")]

    def __str__(self) -> str:
        return str(self.person)


class StatusChange(models.Model):
    """One step of an agreement's lifecycle: the date it took effect, when and by whom it was recorded
    (no account: the daily run of ``gyoryu remind``)."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(max_length=14, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=14, choices=Status.choices)
    on = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-on", "-at", "-id"]

    def __str__(self) -> str:
        return f"{self.agreement}: {self.from_status} -> {self.to_status}"


class Document(models.Model):
    """An uploaded PDF (the signed text, a draft); stored under the data folder, served only through the
    page that checks who may see the agreement."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(upload_to="agreements/%Y/")
    filename = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    pages = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-uploaded", "-id"]

    def __str__(self) -> str:
        return self.title


class Obligation(models.Model):
    """What a party committed to (obligation) or what someone must do next (action), with an owner and a
    due date; reminders go out before it is due."""

    class Type(models.TextChoices):
        OBLIGATION = "obligation", _("Obligation")
        ACTION = "action", _("Action")

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="obligations")
    type = models.CharField(_("type"), max_length=10, choices=Type.choices, default=Type.ACTION)
    title_ko, title_en = bilingual(_("what (Korean)"), _("what (English)"), 300)
    party = models.ForeignKey(
        "organizations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("party responsible"),
    )
    owner = models.ForeignKey(
        "organizations.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner"),
    )
    due = models.DateField(_("due"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["done_on", "due", "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ko="", title_en=""), name="obligation_has_title")
        ]

    def __str__(self) -> str:
        return pick(self, "title")


class Programme(models.Model):
    """An exchange programme carried out under an agreement; counted in the results of its mission."""

    class Type(models.TextChoices):
        DELEGATION_VISIT = "delegation_visit", _("Delegation visit")
        CULTURAL_EVENT = "cultural_event", _("Cultural event")
        SPORTS_EVENT = "sports_event", _("Sports event")
        STUDENT_EXCHANGE = "student_exchange", _("Student exchange")
        RESEARCHER_EXCHANGE = "researcher_exchange", _("Researcher exchange")
        JOINT_RESEARCH = "joint_research", _("Joint research")
        LIBRARY_COOPERATION = "library_cooperation", _("Library cooperation")

    class Direction(models.TextChoices):
        OUTBOUND = "outbound", _("Our side visits the partner")
        INBOUND = "inbound", _("The partner visits us")
        BOTH = "both", _("Both ways")
        NONE = "none", _("No travel")

    class State(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="programmes")
    type = models.CharField(_("type of programme"), max_length=20, choices=Type.choices)
    area = models.CharField(_("field"), max_length=10, choices=Area.choices)
    direction = models.CharField(
        _("direction"), max_length=8, choices=Direction.choices, default=Direction.BOTH
    )
    title_ko, title_en = bilingual(_("title (Korean)"), _("title (English)"), 300)
    description_ko, description_en = bilingual(_("description (Korean)"), _("description (English)"))
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PLANNED)
    participants = models.ManyToManyField(
        "organizations.Person", blank=True, related_name="+", verbose_name=_("participants in the directory")
    )
    headcount = models.PositiveIntegerField(
        _("number of participants"), default=0, help_text=_("everyone taking part, listed or not")
    )
    outcome_ko, outcome_en = bilingual(_("outcome (Korean)"), _("outcome (English)"))
    mission = models.ForeignKey(
        "missions.Mission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="programmes",
        verbose_name=_("mission"),
        help_text=_("counted in this mission's results"),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("exchange programme")
        ordering = ["-starts_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ko="", title_en=""), name="programme_has_title"),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="programme_dates_ordered"
            ),
        ]

    def __str__(self) -> str:
        return pick(self, "title")


class Link(models.Model):
    """A mission's meeting or programme item (a visit, a signing ceremony...) that served the agreement; kept
    here, so meetings and the programme do not depend on partnerships.  Exactly one of the two is set."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="links")
    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    programme_item = models.ForeignKey(
        "programme.ProgrammeItem", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "meeting"], name="uniq_agreement_meeting"),
            models.UniqueConstraint(fields=["agreement", "programme_item"], name="uniq_agreement_item"),
            models.CheckConstraint(
                condition=models.Q(meeting__isnull=True, programme_item__isnull=False)
                | models.Q(meeting__isnull=False, programme_item__isnull=True),
                name="link_to_meeting_or_item",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agreement} <- {self.meeting or self.programme_item}"
