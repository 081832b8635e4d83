from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A person who signs in. Staff roles are Django groups (careguide.core.roles);
    a patient has a PatientProfile, a clinician a ClinicianProfile."""

    class Meta:
        db_table = "core_user"


class PatientProfile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="patient_profile")
    home_center = models.ForeignKey(
        "core.MedicalCenter",
        on_delete=models.PROTECT,
        help_text="Where the patient gets care; their requests go to this center's team.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Patient {self.user_id}"


class ClinicianProfile(models.Model):
    """A care-team member. They see patients of their department's centers only."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="clinician_profile")
    department = models.ForeignKey("core.Department", on_delete=models.PROTECT)

    def __str__(self) -> str:
        return f"{self.user.get_full_name() or self.user.username} ({self.department})"
