"""What the delegation brochure needs beyond the profiles: whom partners abroad should contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Brochure(models.Model):
    """One mission's brochure settings; the booklet itself is made from the profiles each time."""

    mission = models.OneToOneField("missions.Mission", on_delete=models.CASCADE, related_name="brochure")
    contact = models.ForeignKey(
        "organizations.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contact for partners"),
        help_text=_("the organiser's person whom partners abroad write to or call"),
    )
    updated = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"brochure of {self.mission}"
