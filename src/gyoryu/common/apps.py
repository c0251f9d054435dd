from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "gyoryu.common"
    label = "common"

    def ready(self) -> None:
        # Every feature declares who may do what in its own permissions.py (rules.add_perm); load them all,
        # so that a permission is known before the first request asks for it.
        from django.utils.module_loading import autodiscover_modules

        autodiscover_modules("permissions")
