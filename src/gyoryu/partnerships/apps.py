from django.apps import AppConfig


class PartnershipsConfig(AppConfig):
    name = "gyoryu.partnerships"
    label = "partnerships"
    verbose_name = "partnerships"
