"""The roles CareGuide knows. Staff roles are Django groups; patients and clinicians
also have a profile. One place to spell them and to ask "what is this user?"."""

from enum import StrEnum
from typing import Any


class Role(StrEnum):
    CONTENT_EDITOR = "Content editors"
    CLINICAL_REVIEWER = "Clinical reviewers"
    CLINICIAN = "Clinicians"


STAFF_GROUPS = {Role.CONTENT_EDITOR.value, Role.CLINICAL_REVIEWER.value, Role.CLINICIAN.value}


def role_of(user: Any) -> str:
    """A short role name for the audit log."""
    if user is None or not getattr(user, "is_authenticated", False):
        return "anonymous"
    if user.is_superuser:
        return "admin"
    if hasattr(user, "clinician_profile"):
        return "clinician"
    if hasattr(user, "patient_profile"):
        return "patient"
    groups = set(user.groups.values_list("name", flat=True))
    if Role.CLINICAL_REVIEWER.value in groups:
        return "clinical-reviewer"
    if Role.CONTENT_EDITOR.value in groups:
        return "content-editor"
    return "user"


def is_staff_member(user: Any) -> bool:
    """Staff must use two-factor sign-in: admins, clinicians, editors, reviewers."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser or user.is_staff or hasattr(user, "clinician_profile"):
        return True
    return user.groups.filter(name__in=STAFF_GROUPS).exists()
