from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "gyoryu.organizations"
    label = "organizations"
