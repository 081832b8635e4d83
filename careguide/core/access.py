"""The one gate to patient data.

Views never query screening results, clearances or enrolments themselves: they call these
functions, which check who is asking (one condition per line), record the read or the
refusal in the audit log, and return only what that person may see.

- A patient sees only their own records.
- A clinician sees only requests routed to their own department, at one of that
  department's medical centers.
- Everyone else, including content editors, reviewers and anonymous visitors, is refused.

A refusal raises AccessRefused, which Django answers with the 404 page: we do not tell a
stranger whether a record exists.
"""

from typing import Any, NoReturn
from uuid import UUID

from django.http import Http404, HttpRequest

from careguide.programs.models import ClearanceRequest, Enrolment
from careguide.screening.models import ScreeningResult

from .audit import audit_record
from .models import ClinicianProfile, User


class AccessRefused(Http404):
    pass


def _refuse(
    user: Any, action: str, reason: str, request: HttpRequest | None, **kw: Any
) -> NoReturn:
    audit_record(actor=user, action=action, allowed=False, reason=reason, request=request, **kw)
    raise AccessRefused(reason)


def patient_required(*, user: Any, action: str, request: HttpRequest | None) -> User:
    if not getattr(user, "is_authenticated", False):
        _refuse(user, action, "not signed in", request)
    if not hasattr(user, "patient_profile"):
        _refuse(user, action, "not a patient account", request)
    return user


def clinician_required(*, user: Any, action: str, request: HttpRequest | None) -> ClinicianProfile:
    if not getattr(user, "is_authenticated", False):
        _refuse(user, action, "not signed in", request)
    profile = getattr(user, "clinician_profile", None)
    if profile is None:
        _refuse(user, action, "not a clinician account", request)
    return profile


# --- patients reading their own records --------------------------------------------------


def screening_get_for_patient(
    *, user: Any, screening_id: UUID | str, request: HttpRequest | None = None
) -> ScreeningResult:
    action = "screening.read"
    patient = patient_required(user=user, action=action, request=request)
    result = ScreeningResult.objects.filter(pk=screening_id).first()
    if result is None:
        _refuse(user, action, "no such screening", request)
    if result.patient_id != patient.pk:
        _refuse(
            user, action, "another patient's screening", request, patient=result.patient, obj=result
        )
    audit_record(
        actor=user, action=action, allowed=True, patient=patient, obj=result, request=request
    )
    return result


def screening_latest_for_patient(
    *, user: Any, program: str, request: HttpRequest | None = None
) -> ScreeningResult | None:
    action = "screening.read-latest"
    patient = patient_required(user=user, action=action, request=request)
    result = ScreeningResult.objects.filter(patient=patient, program=program).first()
    audit_record(
        actor=user, action=action, allowed=True, patient=patient, obj=result, request=request
    )
    return result


def clearances_for_patient(
    *, user: Any, program: str, request: HttpRequest | None = None
) -> list[ClearanceRequest]:
    action = "clearance.list-own"
    patient = patient_required(user=user, action=action, request=request)
    clearances = list(
        ClearanceRequest.objects.filter(patient=patient, program=program).order_by("-created_at")
    )
    audit_record(actor=user, action=action, allowed=True, patient=patient, request=request)
    return clearances


def enrolment_for_patient(
    *, user: Any, program: str, request: HttpRequest | None = None
) -> Enrolment | None:
    action = "enrolment.read"
    patient = patient_required(user=user, action=action, request=request)
    enrolment = Enrolment.objects.filter(patient=patient, program=program).first()
    audit_record(
        actor=user, action=action, allowed=True, patient=patient, obj=enrolment, request=request
    )
    return enrolment


# --- clinicians reading their department's queue -----------------------------------------


def _visible_to(profile: ClinicianProfile) -> Any:
    return ClearanceRequest.objects.filter(
        department=profile.department,
        center__in=profile.department.centers.all(),
    )


def clearance_queue_for_clinician(
    *, user: Any, request: HttpRequest | None = None
) -> list[ClearanceRequest]:
    """Pending requests first (urgent before routine, oldest first), then recent decisions."""
    action = "clearance.queue"
    profile = clinician_required(user=user, action=action, request=request)
    visible = _visible_to(profile).select_related("patient", "center", "screening")
    pending = list(
        visible.filter(status=ClearanceRequest.Status.PENDING).order_by("-urgent", "created_at")
    )
    decided = list(
        visible.exclude(status=ClearanceRequest.Status.PENDING).order_by("-decided_at")[:20]
    )
    audit_record(actor=user, action=action, allowed=True, request=request)
    return pending + decided


def clearance_get_for_clinician(
    *, user: Any, clearance_id: int | str, request: HttpRequest | None = None
) -> ClearanceRequest:
    action = "clearance.read"
    profile = clinician_required(user=user, action=action, request=request)
    clearance = ClearanceRequest.objects.filter(pk=clearance_id).select_related("screening").first()
    if clearance is None:
        _refuse(user, action, "no such clearance request", request)
    if clearance.department_id != profile.department_id:
        _refuse(
            user,
            action,
            "another department's patient",
            request,
            patient=clearance.patient,
            obj=clearance,
        )
    if not profile.department.centers.filter(pk=clearance.center_id).exists():
        _refuse(
            user,
            action,
            "a center outside the department",
            request,
            patient=clearance.patient,
            obj=clearance,
        )
    audit_record(
        actor=user,
        action=action,
        allowed=True,
        patient=clearance.patient,
        obj=clearance,
        request=request,
    )
    return clearance
