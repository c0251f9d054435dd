from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "gyoryu.audit"
    label = "audit"
    verbose_name = _("history")

    def ready(self) -> None:
        from gyoryu.audit.registry import register_all

        register_all()
