from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "gyoryu.programme"
    label = "programme"

    def ready(self) -> None:
        from gyoryu.programme import reports

        reports.register()  # the programme's section of the result report (gyoryu.reports.registry)
