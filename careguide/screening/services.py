"""Screening writes: evaluate answers with the pure ruleset and store the result.

Bad input (unknown question, invalid answer, a ruleset version that is not the current
one, a token already used) raises SubmissionRefused with a message for the patient;
nothing is stored and the refusal is audited."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.db import IntegrityError, transaction
from django.http import HttpRequest

from careguide.core.audit import audit_record
from careguide.programs.registry import Program
from clinical import ruleset as ruleset_module
from clinical.ruleset import Ruleset
from clinical.screening import AnswerValue, Outcome, ScreeningInputError, evaluate

from .models import ScreeningResult


class SubmissionRefused(Exception):
    def __init__(self, message: str, existing: ScreeningResult | None = None) -> None:
        super().__init__(message)
        self.existing = existing


_RULESETS: dict[str, Ruleset] = {}


def ruleset_for(program: Program) -> Ruleset:
    """The program's current ruleset, read and checked once per process."""
    if program.ruleset not in _RULESETS:
        _RULESETS[program.ruleset] = ruleset_module.load(program.ruleset)
    return _RULESETS[program.ruleset]


@dataclass(frozen=True)
class Checked:
    outcome: Outcome
    answers: dict[str, AnswerValue]


def screening_check(
    *,
    program: Program,
    answers: Mapping[str, AnswerValue],
    ruleset_version: str,
    actor: Any,
    request: HttpRequest | None,
) -> Checked:
    """Evaluate answers without storing them (anonymous visitors, and the first step of
    a patient's submission)."""
    ruleset = ruleset_for(program)
    if ruleset_version != ruleset.version:
        _refused(actor, request, "stale or tampered ruleset version")
        raise SubmissionRefused(
            "The questions changed while you were answering. Please answer them again."
        )
    try:
        outcome = evaluate(ruleset, answers)
    except ScreeningInputError as error:
        _refused(actor, request, f"malformed answers: {error}")
        raise SubmissionRefused("We could not read your answers. Please answer again.") from error
    return Checked(outcome=outcome, answers=dict(answers))


def screening_submit(
    *,
    patient: Any,
    program: Program,
    answers: Mapping[str, AnswerValue],
    ruleset_version: str,
    token: UUID,
    request: HttpRequest | None = None,
) -> ScreeningResult:
    """Evaluate and store a signed-in patient's screening, then route it (clearance
    request, program lock). One token, one result: a second submission is refused."""
    from careguide.programs.services import program_after_screening

    existing = ScreeningResult.objects.filter(submission_token=token).first()
    if existing is not None:
        _refused(patient, request, "double submission", patient=patient, obj=existing)
        raise SubmissionRefused("You already sent these answers.", existing=existing)
    checked = screening_check(
        program=program,
        answers=answers,
        ruleset_version=ruleset_version,
        actor=patient,
        request=request,
    )
    outcome = checked.outcome
    try:
        with transaction.atomic():
            result = ScreeningResult.objects.create(
                patient=patient,
                program=program.code,
                ruleset_id=outcome.ruleset_id,
                ruleset_version=outcome.ruleset_version,
                answers=checked.answers,
                disposition=outcome.disposition.value,
                fired_rules=[
                    {
                        "id": rule.id,
                        "title": rule.title,
                        "disposition": rule.disposition.value if rule.disposition else None,
                    }
                    for rule in outcome.fired
                ],
                missing=list(outcome.missing),
                submission_token=token,
            )
            audit_record(
                actor=patient, action="screening.create", allowed=True, patient=patient,
                obj=result, request=request,
            )  # fmt: skip
            program_after_screening(result=result, program=program, request=request)
    except IntegrityError as error:  # the same token raced in twice
        _refused(patient, request, "double submission (race)", patient=patient)
        raise SubmissionRefused("You already sent these answers.") from error
    return result


def _refused(actor: Any, request: HttpRequest | None, reason: str, **kw: Any) -> None:
    audit_record(
        actor=actor, action="screening.create", allowed=False, reason=reason, request=request, **kw
    )
