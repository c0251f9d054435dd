from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "gyoryu.reports"
    label = "reports"

    def ready(self) -> None:
        # The built-in tables are contributors like any other feature's (registry.py, convention 7).
        from gyoryu.reports import builtin

        builtin.register_builtins()
