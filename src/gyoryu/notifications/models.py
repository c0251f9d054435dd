"""Notifications in the app and by e-mail, each written in its recipient's language."""

from django.conf import settings
from django.db import models


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    person = models.ForeignKey(
        "organizations.Person", on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    email = models.EmailField(blank=True)
    language = models.CharField(max_length=2)
    kind = models.CharField(max_length=40)
    key = models.CharField(max_length=120, blank=True, help_text="same key, same recipient: sent once")
    subject = models.CharField(max_length=300)
    body = models.TextField()
    url = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    read = models.DateTimeField(null=True, blank=True)
    sent = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["user", "read"])]

    def __str__(self) -> str:
        return self.subject
