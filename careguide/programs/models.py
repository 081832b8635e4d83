from django.db import models


class ClearanceRequest(models.Model):
    """A request for the care team to clear a patient for a program.

    It covers exactly the rules that fired (`rules_to_clear`); a later screening that fires
    another rule needs a new clearance. Urgent requests come from emergency or same-day
    outcomes: the patient has been told to act now, and the team sees them first."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for the care team"
        CLEARED = "cleared", "Cleared"
        DECLINED = "declined", "Not cleared"

    patient = models.ForeignKey("core.User", on_delete=models.PROTECT, related_name="+")
    screening = models.OneToOneField(
        "screening.ScreeningResult", on_delete=models.PROTECT, related_name="clearance"
    )
    program = models.CharField(max_length=40)
    department = models.ForeignKey("core.Department", on_delete=models.PROTECT)
    center = models.ForeignKey("core.MedicalCenter", on_delete=models.PROTECT)
    urgent = models.BooleanField(default=False)
    rules_to_clear = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        "core.User", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True, help_text="The clinician's note or advice.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-urgent", "created_at"]

    def __str__(self) -> str:
        return f"Clearance {self.pk} ({self.status})"


class Enrolment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused until your care team clears you"

    patient = models.ForeignKey("core.User", on_delete=models.PROTECT, related_name="+")
    program = models.CharField(max_length=40)
    screening = models.ForeignKey("screening.ScreeningResult", on_delete=models.PROTECT)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["patient", "program"], name="one_enrolment_per_program")
        ]

    def __str__(self) -> str:
        return f"Enrolment {self.pk} ({self.status})"
