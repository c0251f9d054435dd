"""Organisations (companies, governments, institutions, associations) and their people."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick


class Kind(models.TextChoices):
    COMPANY = "company", _("Company")
    CITY_GOVERNMENT = "city_government", _("City government")
    PUBLIC_INSTITUTION = "public_institution", _("Public institution")
    ASSOCIATION = "association", _("Association")
    UNIVERSITY = "university", _("University")
    LIBRARY = "library", _("Library")
    OTHER = "other", _("Other")


class RevenueBand(models.TextChoices):
    UNDER_1M = "lt1m", _("under USD 1 million")
    FROM_1M = "1m-10m", _("USD 1–10 million")
    FROM_10M = "10m-50m", _("USD 10–50 million")
    FROM_50M = "50m-250m", _("USD 50–250 million")
    OVER_250M = "gt250m", _("over USD 250 million")


class Scheme(models.TextChoices):
    KSIC = "KSIC", "KSIC"
    ISIC = "ISIC", "ISIC"
    NAICS = "NAICS", "NAICS"
    HS = "HS", "HS"


# An organisation's long profile texts and lists (what matching reads; lists of names need none of it)
PROFILE_TEXT = (
    "description_ko",
    "description_en",
    "offers_ko",
    "offers_en",
    "seeks_ko",
    "seeks_en",
    "export_markets_ko",
    "export_markets_en",
    "certifications",
    "languages",
)


class Organisation(models.Model):
    organiser = models.ForeignKey(
        "accounts.Organiser", on_delete=models.CASCADE, related_name="organisations"
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, default=Kind.COMPANY)
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166 code, e.g. KR, US"))
    region = models.CharField(_("region"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    employees = models.PositiveIntegerField(_("employees"), null=True, blank=True)
    revenue_band = models.CharField(_("revenue"), max_length=10, choices=RevenueBand.choices, blank=True)
    founded = models.PositiveSmallIntegerField(
        _("founded"), null=True, blank=True, validators=[MinValueValidator(1000), MaxValueValidator(2100)]
    )
    description_ko = models.TextField(_("description (Korean)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    offers_ko = models.TextField(_("offers (Korean)"), blank=True, help_text=_("products and capabilities"))
    offers_en = models.TextField(_("offers (English)"), blank=True, help_text=_("products and capabilities"))
    seeks_ko = models.TextField(
        _("seeks (Korean)"), blank=True, help_text=_("needs: partners, buyers, technology")
    )
    seeks_en = models.TextField(
        _("seeks (English)"), blank=True, help_text=_("needs: partners, buyers, technology")
    )
    export_markets_ko = models.TextField(
        _("export markets (Korean)"), blank=True, db_default="", help_text=_("countries or regions it sells to")
    )
    export_markets_en = models.TextField(
        _("export markets (English)"), blank=True, db_default="", help_text=_("countries or regions it sells to")
    )
    certifications = models.JSONField(_("certifications"), default=list, blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True, db_default="", editable=False)
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("organisation")
        ordering = ["name_en", "name_ko"]
        indexes = [models.Index(fields=["organiser", "kind"]), models.Index(fields=["organiser", "country"])]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_ko="", name_en=""), name="organisation_has_a_name"
            )
        ]

    def __str__(self) -> str:
        return pick(self, "name")


class IndustryCode(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="codes")
    scheme = models.CharField(_("scheme"), max_length=5, choices=Scheme.choices)
    code = models.CharField(_("code"), max_length=12)

    class Meta:
        ordering = ["scheme", "code"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "scheme", "code"], name="uniq_org_code"),
        ]

    def __str__(self) -> str:
        return f"{self.scheme} {self.code}"


class Person(models.Model):
    organiser = models.ForeignKey("accounts.Organiser", on_delete=models.CASCADE, related_name="people")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="people"
    )
    name_ko = models.CharField(_("name (Korean)"), max_length=120, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    title_ko = models.CharField(_("title (Korean)"), max_length=120, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    consent_date = models.DateField(_("consent given on"), null=True, blank=True)
    consent_scope = models.CharField(
        _("consent scope"),
        max_length=200,
        blank=True,
        help_text=_("what the person agreed their data may be used for"),
    )
    user = models.OneToOneField(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="person"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name_en", "name_ko"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name_ko="", name_en=""), name="person_has_a_name")
        ]

    def __str__(self) -> str:
        return pick(self, "name")
