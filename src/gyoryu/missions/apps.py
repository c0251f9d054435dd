from django.apps import AppConfig


class MissionsConfig(AppConfig):
    name = "gyoryu.missions"
    label = "missions"
