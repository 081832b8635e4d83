from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ContentConfig(AppConfig):
    name = "careguide.content"
    label = "content"
    verbose_name = "CareGuide content"

    def ready(self) -> None:
        from careguide.content.governance import governance_ensure_after_migrate

        post_migrate.connect(governance_ensure_after_migrate, sender=self)
