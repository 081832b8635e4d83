from django.apps import AppConfig


class CareTeamConfig(AppConfig):
    name = "careguide.careteam"
    label = "careteam"
    verbose_name = "Care-team queue"
