"""When a visitor who took the check signs in or signs up as a patient, keep their result:
it is judged again with the current ruleset and stored in their account."""

import uuid
from contextlib import suppress
from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from careguide.programs.registry import program_get

from .services import SubmissionRefused, screening_submit

SESSION_KEY = "careguide.pending_screening"


@receiver(user_logged_in)
def keep_pending_screening(
    sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any
) -> None:
    if request is None or not hasattr(user, "patient_profile"):
        return
    pending = request.session.pop(SESSION_KEY, None)
    program = program_get(pending.get("program", "")) if pending else None
    if not pending or program is None:
        return
    # If the ruleset changed since, the submission is refused (and audited): the patient
    # simply takes the check again.
    with suppress(SubmissionRefused):
        screening_submit(
            patient=user,
            program=program,
            answers=pending["answers"],
            ruleset_version=pending["version"],
            token=uuid.uuid4(),
            request=request,
        )
