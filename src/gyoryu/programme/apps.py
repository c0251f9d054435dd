from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "gyoryu.programme"
    label = "programme"
