from gyoryu.common.context import once
from gyoryu.notifications.models import Notification


def unread(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    return {"unread_notifications": once(Notification.objects.filter(user=user, read__isnull=True).count)}
