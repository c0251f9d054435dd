from django.apps import AppConfig


class ValueChainsConfig(AppConfig):
    name = "gyoryu.valuechains"
    label = "valuechains"
    verbose_name = "value chains"
