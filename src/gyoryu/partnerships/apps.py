from django.apps import AppConfig


class PartnershipsConfig(AppConfig):
    name = "gyoryu.partnerships"
    label = "partnerships"
    verbose_name = "partnerships"

    def ready(self) -> None:
        # Counted in the mission's result report through the reports feature's extension point, when that
        # feature is installed (it never imports us).
        try:
            from gyoryu.reports.registry import register
        except ImportError:
            return
        from gyoryu.partnerships.report import contributor

        register(contributor())
