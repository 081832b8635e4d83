"""Account writes: patient sign-up and staff two-factor devices."""

from django.db import transaction
from django.http import HttpRequest
from django_otp.plugins.otp_totp.models import TOTPDevice

from .audit import audit_record
from .models import MedicalCenter, PatientProfile, User


@transaction.atomic
def patient_sign_up(
    *, username: str, password: str, first_name: str, home_center: MedicalCenter,
    request: HttpRequest | None,
) -> User:  # fmt: skip
    user = User.objects.create_user(username=username, password=password, first_name=first_name)
    PatientProfile.objects.create(user=user, home_center=home_center)
    audit_record(actor=user, action="account.sign-up", allowed=True, patient=user, request=request)
    return user


def totp_device_for(user: User) -> TOTPDevice:
    """The user's TOTP device, created unconfirmed if they have none yet."""
    device = TOTPDevice.objects.filter(user=user).order_by("-confirmed").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device
