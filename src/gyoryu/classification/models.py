"""Industry and product classifications imported from the official files (KSIC, ISIC, NAICS, HS)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CodeEntry(models.Model):
    """One code of one classification; KSIC codes also carry KOSTAT's explanatory note."""

    scheme = models.CharField(_("scheme"), max_length=8)  # ksic | isic | naics | hs (lower case)
    code = models.CharField(_("code"), max_length=12)
    level = models.PositiveSmallIntegerField(default=0)
    parent = models.CharField(max_length=12, blank=True)
    section = models.CharField(max_length=2, blank=True)
    name_ko = models.CharField(max_length=300, blank=True)
    name_en = models.CharField(max_length=500, blank=True)
    description = models.TextField(blank=True)
    definition = models.TextField(blank=True)
    examples = models.JSONField(default=list, blank=True)
    exclusions = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["scheme", "code"]
        constraints = [models.UniqueConstraint(fields=["scheme", "code"], name="uniq_code_entry")]

    def __str__(self) -> str:
        return f"{self.scheme.upper()} {self.code}"


class CodeLink(models.Model):
    """One link of an official concordance (e.g. NAICS 2017 -> ISIC 4)."""

    source_scheme = models.CharField(max_length=8)
    source_code = models.CharField(max_length=12)
    target_scheme = models.CharField(max_length=8)
    target_code = models.CharField(max_length=12)
    partial = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_scheme", "source_code", "target_scheme", "target_code"], name="uniq_code_link"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source_scheme}:{self.source_code} -> {self.target_scheme}:{self.target_code}"
