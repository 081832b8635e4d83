"""Stored screening results. Immutable: a result keeps the answers and the ruleset version
it was judged by, forever; a new screening is a new row."""

import uuid

from django.core.exceptions import PermissionDenied
from django.db import models

from clinical.vocabulary import Disposition

DISPOSITION_CHOICES = [(d.value, d.value.replace("_", " ")) for d in Disposition]


class ScreeningResult(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey("core.User", on_delete=models.PROTECT, related_name="screenings")
    program = models.CharField(max_length=40)
    ruleset_id = models.CharField(max_length=80)
    ruleset_version = models.CharField(max_length=20)
    answers = models.JSONField()
    disposition = models.CharField(max_length=40, choices=DISPOSITION_CHOICES)
    fired_rules = models.JSONField(help_text="[{id, title, disposition}] in ruleset order")
    missing = models.JSONField(default=list)
    submission_token = models.UUIDField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Screening {self.pk} ({self.disposition})"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not self._state.adding:
            raise PermissionDenied("Screening results cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionDenied("Screening results cannot be deleted.")

    @property
    def outcome(self) -> Disposition:
        return Disposition(self.disposition)

    @property
    def blocking_rule_ids(self) -> list[str]:
        """Fired rules that decide something (modifiers excluded)."""
        return [rule["id"] for rule in self.fired_rules if rule.get("disposition")]
