from django.apps import AppConfig


class FollowupConfig(AppConfig):
    name = "gyoryu.followup"
    label = "followup"
