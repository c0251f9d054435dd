from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "gyoryu.common"
    label = "common"
