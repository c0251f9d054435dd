from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "gyoryu.accounts"
    label = "accounts"
