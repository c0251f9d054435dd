"""Organisers (the tenants), what each account may do for them, API tokens and partner invitations.

Every mission and every organisation record belongs to one organiser.  What an account sees is decided by
its memberships, in ``accounts.queries`` and the feature ``queries`` modules, never in templates.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick


class Organiser(models.Model):
    """A city's investment and trade office, an agency or a chamber that runs missions."""

    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("organiser")
        ordering = ["slug"]

    def __str__(self) -> str:
        return pick(self, "name") or self.slug


class Role(models.TextChoices):
    STAFF = "staff", _("Organiser staff")
    DELEGATE = "delegate", _("Delegation member")
    GUEST = "guest", _("Partner guest")


class Membership(models.Model):
    """One account's role at one organiser.  Delegates and guests act for one organisation.

    Administrators are accounts with ``is_superuser``; they need no membership.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organiser = models.ForeignKey(Organiser, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    organisation = models.ForeignKey(
        "organizations.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="memberships",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organiser", "role", "organisation"], name="uniq_membership"
            ),
            models.CheckConstraint(
                condition=models.Q(role="staff") | models.Q(organisation__isnull=False),
                name="delegate_or_guest_has_organisation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.role} @ {self.organiser}"


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for other systems; only its hash is stored.  It works until it expires or is revoked
    (tokens made before expiry existed have ``expires`` empty and work until revoked)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)
    expires = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked = models.DateTimeField(_("revoked"), null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_active(self, now) -> bool:
        return self.revoked is None and (self.expires is None or self.expires > now)


class Invitation(models.Model):
    """A link that lets a partner's person in as a guest of one organiser, for one organisation."""

    organiser = models.ForeignKey(Organiser, on_delete=models.CASCADE, related_name="invitations")
    organisation = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE)
    person = models.ForeignKey("organizations.Person", on_delete=models.SET_NULL, null=True, blank=True)
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    expires = models.DateTimeField()
    used_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    revoked = models.DateTimeField(_("revoked"), null=True, blank=True)

    def __str__(self) -> str:
        return f"invitation for {self.organisation}"

    def is_active(self, now) -> bool:
        return self.revoked is None and self.expires > now
