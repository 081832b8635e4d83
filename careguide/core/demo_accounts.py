"""Demo sign-ins for local development. Never created under production settings.

Staff demo accounts get an authenticator-app key derived from their user name, so
`manage.py demo_otp_code <username>` can print today's 6-digit code (also dev only)."""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import ClinicianProfile, Department, MedicalCenter, PatientProfile
from .roles import Role


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    superuser: bool = False
    group: Role | None = None
    clinician_department: str = ""
    patient_center: str = ""

    @property
    def is_staff_member(self) -> bool:
        return not self.patient_center


DEMO_ACCOUNTS = [
    DemoAccount("admin", "demo-admin-pass", "Site admin", superuser=True),
    DemoAccount("editor", "demo-editor-pass", "Content editor", group=Role.CONTENT_EDITOR),
    DemoAccount(
        "reviewer", "demo-reviewer-pass", "Clinical reviewer", group=Role.CLINICAL_REVIEWER
    ),
    DemoAccount(
        "clinician",
        "demo-clinician-pass",
        "Clinician, Cancer Care",
        group=Role.CLINICIAN,
        clinician_department="cancer-care",
    ),  # fmt: skip
    DemoAccount("patient", "demo-patient-pass", "Patient", patient_center="fremont"),
]


def _require_demo_settings() -> None:
    if not getattr(settings, "CAREGUIDE_DEMO_ACCOUNTS", False):
        raise ImproperlyConfigured(
            "Demo accounts are for development only; these settings do not allow them."
        )


def demo_otp_key(username: str) -> str:
    return hashlib.sha256(f"careguide-demo-otp-{username}".encode()).hexdigest()[:40]


def demo_otp_code(username: str) -> str:
    _require_demo_settings()
    device = TOTPDevice.objects.get(user__username=username, name="Demo authenticator")
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):0{device.digits}d}"


@transaction.atomic
def demo_accounts_create() -> list[tuple[DemoAccount, bool]]:
    """Create the demo accounts that are missing. Returns (account, created) pairs.

    Refuses unless settings.CAREGUIDE_DEMO_ACCOUNTS is True (dev and test only)."""
    _require_demo_settings()
    user_model = get_user_model()
    done = []
    for account in DEMO_ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=account.username,
            defaults={
                "email": f"{account.username}@demo.invalid",
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
                "first_name": "Demo",
                "last_name": account.role,
            },
        )
        if created:
            user.set_password(account.password)
            user.save(update_fields=["password"])
        if account.group:
            user.groups.add(Group.objects.get(name=account.group.value))
        if account.clinician_department:
            ClinicianProfile.objects.get_or_create(
                user=user,
                defaults={"department": Department.objects.get(slug=account.clinician_department)},
            )
        if account.patient_center:
            PatientProfile.objects.get_or_create(
                user=user,
                defaults={"home_center": MedicalCenter.objects.get(slug=account.patient_center)},
            )
        if account.is_staff_member:
            TOTPDevice.objects.get_or_create(
                user=user,
                name="Demo authenticator",
                defaults={"key": demo_otp_key(account.username), "confirmed": True},
            )
        done.append((account, created))
    return done
