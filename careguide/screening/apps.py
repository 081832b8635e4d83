from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "careguide.screening"
    label = "screening"
    verbose_name = "Safety screenings"

    def ready(self) -> None:
        from . import signals  # noqa: F401 - connects the sign-in receiver
