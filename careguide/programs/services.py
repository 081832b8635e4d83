"""Program writes: route a screening, enrol, and record a clinician's clearance decision."""

from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from careguide.core import access
from careguide.core.audit import audit_record
from careguide.core.models import Department
from careguide.screening.models import ScreeningResult
from clinical.vocabulary import Disposition

from .models import ClearanceRequest, Enrolment
from .registry import Program
from .state import ProgramState, program_state

# Every outcome but "OK to start" goes to the care team; the two "act now" ones as urgent.
URGENT = {Disposition.EMERGENCY_NOW.value, Disposition.URGENT_SAME_DAY.value}
NEEDS_CARE_TEAM = {d.value for d in Disposition} - {Disposition.OK_TO_START.value}


class ActionRefused(Exception):
    """A patient or clinician asked for something they may not do now."""


def program_after_screening(
    *, result: ScreeningResult, program: Program, request: HttpRequest | None
) -> ClearanceRequest | None:
    """Send a blocking screening to the care team of the patient's center, and pause the
    program if the new answers are not covered by an earlier clearance."""
    patient = result.patient
    clearances = list(ClearanceRequest.objects.filter(patient=patient, program=program.code))
    state = program_state(screening=result, clearances=clearances)
    enrolment = Enrolment.objects.filter(patient=patient, program=program.code).first()
    if enrolment and not state.may_take_part and enrolment.status == Enrolment.Status.ACTIVE:
        enrolment.status = Enrolment.Status.PAUSED
        enrolment.save(update_fields=["status", "updated_at"])
        audit_record(
            actor=patient, action="enrolment.pause", allowed=True, patient=patient,
            obj=enrolment, reason=f"screening {result.pk}: {result.disposition}", request=request,
        )  # fmt: skip
    if result.disposition not in NEEDS_CARE_TEAM or state.may_take_part:
        return None
    clearance = ClearanceRequest.objects.create(
        patient=patient,
        screening=result,
        program=program.code,
        department=Department.objects.get(slug=program.department),
        center=patient.patient_profile.home_center,
        urgent=result.disposition in URGENT,
        rules_to_clear=result.blocking_rule_ids,
    )
    audit_record(
        actor=patient, action="clearance.create", allowed=True, patient=patient, obj=clearance,
        reason="urgent" if clearance.urgent else "routine", request=request,
    )  # fmt: skip
    return clearance


def patient_program_state(
    *, user: Any, program: Program, request: HttpRequest | None
) -> ProgramState:
    latest = access.screening_latest_for_patient(user=user, program=program.code, request=request)
    clearances = access.clearances_for_patient(user=user, program=program.code, request=request)
    return program_state(screening=latest, clearances=clearances)


def enrolment_create(*, user: Any, program: Program, request: HttpRequest | None) -> Enrolment:
    state = patient_program_state(user=user, program=program, request=request)
    if not state.may_take_part or state.screening is None:
        # Recorded outside any transaction, so the refusal stays on record.
        audit_record(
            actor=user, action="enrolment.create", allowed=False, patient=user,
            reason=f"not allowed: {state.code}", request=request,
        )  # fmt: skip
        raise ActionRefused(state.message)
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(
            patient=user, program=program.code, defaults={"screening": state.screening}
        )
        if not created:
            enrolment.status = Enrolment.Status.ACTIVE
            enrolment.screening = state.screening
            enrolment.save(update_fields=["status", "screening", "updated_at"])
        audit_record(
            actor=user, action="enrolment.create" if created else "enrolment.resume",
            allowed=True, patient=user, obj=enrolment, request=request,
        )  # fmt: skip
    return enrolment


def clearance_decide(
    *,
    user: Any,
    clearance_id: int | str,
    clear: bool,
    note: str,
    request: HttpRequest | None,
) -> ClearanceRequest:
    """A clinician clears (with a note) or declines (with advice) a pending request."""
    found = access.clearance_get_for_clinician(
        user=user, clearance_id=clearance_id, request=request
    )
    action = "clearance.clear" if clear else "clearance.decline"
    refusal = ""
    with transaction.atomic():
        clearance = ClearanceRequest.objects.select_for_update().get(pk=found.pk)
        if clearance.status != ClearanceRequest.Status.PENDING:
            refusal = "already decided"
        elif not note.strip():
            refusal = "no note"
        else:
            clearance.status = (
                ClearanceRequest.Status.CLEARED if clear else ClearanceRequest.Status.DECLINED
            )
            clearance.note = note.strip()
            clearance.decided_by = user
            clearance.decided_at = timezone.now()
            clearance.save(update_fields=["status", "note", "decided_by", "decided_at"])
            audit_record(
                actor=user, action=action, allowed=True, patient=clearance.patient,
                obj=clearance, request=request,
            )  # fmt: skip
    if refusal:
        audit_record(
            actor=user, action=action, allowed=False, patient=found.patient, obj=found,
            reason=refusal, request=request,
        )  # fmt: skip
        raise ActionRefused(
            "Someone has already decided this request."
            if refusal == "already decided"
            else "Write a note for the patient: why you cleared them, or your advice."
        )
    return clearance
