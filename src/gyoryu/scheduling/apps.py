from django.apps import AppConfig


class SchedulingConfig(AppConfig):
    name = "gyoryu.scheduling"
    label = "scheduling"
