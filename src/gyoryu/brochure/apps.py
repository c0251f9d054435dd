from django.apps import AppConfig


class BrochureConfig(AppConfig):
    name = "gyoryu.brochure"
    label = "brochure"
