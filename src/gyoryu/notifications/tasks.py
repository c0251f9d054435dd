"""Background work of notifications (takes ids; runs in `gyoryu worker`)."""

from __future__ import annotations

from django_tasks import task

from gyoryu.notifications import domain
from gyoryu.notifications.models import Notification


@task()
def send_notification(*, notification_id: int) -> bool:
    """E-mail one notification (``notify`` enqueues it on commit); return whether it went.  Safe to run again:
    a notification already sent, or deleted since, is left alone.  Side effects: see ``domain.send_email``."""
    notification = Notification.objects.filter(pk=notification_id).first()
    if notification is None:
        return False
    return domain.send_email(notification=notification)
