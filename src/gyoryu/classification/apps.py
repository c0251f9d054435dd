from django.apps import AppConfig


class ClassificationConfig(AppConfig):
    name = "gyoryu.classification"
    label = "classification"
