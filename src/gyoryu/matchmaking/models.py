"""Stored embeddings: computed once per version of a profile and embedding backend, then reused."""

from django.db import models


class ProfileVector(models.Model):
    organisation = models.ForeignKey("organizations.Organisation", on_delete=models.CASCADE, related_name="+")
    backend = models.CharField(max_length=60)
    version = models.CharField(max_length=32, help_text="content hash of the indexed text")
    data = models.BinaryField()
    created = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "backend"], name="uniq_profile_vector")
        ]

    def __str__(self) -> str:
        return f"vectors of {self.organisation_id} ({self.backend}, {self.version})"
