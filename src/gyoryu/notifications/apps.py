from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "gyoryu.notifications"
    label = "notifications"
