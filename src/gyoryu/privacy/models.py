"""Personal data: consents given to the privacy notice, and erasures of people.

What the notice says lives in versioned templates (``privacy/notice/<version>.<lang>.html``, see
``privacy.notice``); a consent records the version and the language that were shown.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    SIGN_IN = "sign_in", _("on signing in")
    LINK = "link", _("when answering by a link")


class Consent(models.Model):
    """Consent to the processing of personal data under one version of the organiser's privacy notice:
    given by an account on signing in (delegation members, partner guests) or by whoever answers a
    follow-up link for a firm.  Withdrawing keeps the row and dates it."""

    organiser = models.ForeignKey("accounts.Organiser", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    person = models.ForeignKey(
        "organizations.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    organisation = models.ForeignKey(
        "organizations.Organisation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    version = models.CharField(_("notice version"), max_length=20)
    language = models.CharField(_("language shown"), max_length=2)
    channel = models.CharField(_("given"), max_length=8, choices=Channel.choices)
    given = models.DateTimeField(_("given on"))
    withdrawn = models.DateTimeField(_("withdrawn on"), null=True, blank=True)

    class Meta:
        ordering = ["-given", "-id"]
        indexes = [models.Index(fields=["user", "version"])]

    def __str__(self) -> str:
        return f"consent v{self.version} ({self.channel})"


class Reason(models.TextChoices):
    REQUEST = "request", _("at the person's request")
    RETENTION = "retention", _("retention period over")


class Erasure(models.Model):
    """A person whose personal data were erased: the record stays (anonymised) so that meetings, outcomes
    and totals that refer to it stay whole."""

    organiser = models.ForeignKey("accounts.Organiser", on_delete=models.CASCADE, related_name="+")
    person = models.OneToOneField("organizations.Person", on_delete=models.CASCADE, related_name="erasure")
    at = models.DateTimeField(_("erased on"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("erased by"),
    )
    reason = models.CharField(_("why"), max_length=10, choices=Reason.choices)

    def __str__(self) -> str:
        return f"erasure of person {self.person_id}"
