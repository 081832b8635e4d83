"""Clinical governance fields shared by every piece of clinical content."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ApproverRole(models.TextChoices):
    """Who approved the content, by role, never by name (names change; roles are audited)."""

    PENDING = (
        "pending-sign-off",
        "Not yet: written by the content team, waiting for clinical sign-off",
    )
    ONCOLOGIST = "oncologist", "Cancer Care physician reviewer"
    ONCOLOGY_NURSE = "oncology-nurse", "Cancer Care nurse reviewer"
    PHYSICAL_THERAPIST = "physical-therapist", "Physical therapy reviewer"
    PHARMACIST = "pharmacist", "Oncology pharmacist reviewer"


class ReviewedContent(models.Model):
    """Adds "Page last reviewed", "Next review due" and the approving role."""

    last_reviewed = models.DateField(help_text="The date a clinical reviewer last checked it.")
    next_review_due = models.DateField(help_text="Usually one year after the last review.")
    approved_by_role = models.CharField(max_length=40, choices=ApproverRole.choices)

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("last_reviewed"),
                FieldPanel("next_review_due"),
                FieldPanel("approved_by_role"),
            ],
            heading="Clinical review",
        )
    ]

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": "The next review must come after the last review."}
            )

    @property
    def review_overdue(self) -> bool:
        return self.next_review_due < today()


def today() -> dt.date:
    """Today in the site's time zone (the medical centers' local date)."""
    return timezone.localdate()
