from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "gyoryu.meetings"
    label = "meetings"
