from django.apps import AppConfig


class AgendasConfig(AppConfig):
    name = "gyoryu.agendas"
    label = "agendas"
