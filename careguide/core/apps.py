from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "careguide.core"
    label = "core"
    verbose_name = "CareGuide core: users and roles"
