from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "gyoryu.privacy"
    label = "privacy"
    verbose_name = "privacy"
