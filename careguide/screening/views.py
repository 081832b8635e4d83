import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View

from careguide.core import access
from careguide.core.audit import audit_record
from careguide.programs.registry import Program, program_or_404
from careguide.programs.services import patient_program_state
from clinical.screening import ScreeningInputError, evaluate, questions_behind

from .forms import ScreeningForm
from .services import SubmissionRefused, ruleset_for, screening_check, screening_submit
from .signals import SESSION_KEY


def _is_patient(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and hasattr(user, "patient_profile"))


class ScreeningFormView(View):
    template_name = "screening/form.html"

    def get(self, request: HttpRequest, program: str) -> HttpResponse:
        prog = program_or_404(program)
        ruleset = ruleset_for(prog)
        form = ScreeningForm(
            ruleset=ruleset, initial={"ruleset_version": ruleset.version, "token": uuid.uuid4()}
        )
        return self._render(request, prog, form)

    def post(self, request: HttpRequest, program: str) -> HttpResponse:
        prog = program_or_404(program)
        form = ScreeningForm(request.POST, ruleset=ruleset_for(prog))
        if not form.is_valid():
            reason = (
                "unknown question in form"
                if form.has_error("__all__", "unknown")
                else "form errors: " + ", ".join(sorted(form.errors))
            )
            audit_record(
                actor=request.user, action="screening.create", allowed=False, reason=reason,
                request=request,
            )  # fmt: skip
            return self._render(request, prog, form, status=400)
        try:
            if _is_patient(request.user):
                result = screening_submit(
                    patient=request.user,
                    program=prog,
                    answers=form.answers(),
                    ruleset_version=form.cleaned_data["ruleset_version"],
                    token=form.cleaned_data["token"],
                    request=request,
                )
                return HttpResponseRedirect(reverse("screening-detail", args=[result.pk]))
            checked = screening_check(
                program=prog,
                answers=form.answers(),
                ruleset_version=form.cleaned_data["ruleset_version"],
                actor=request.user,
                request=request,
            )
        except SubmissionRefused as refusal:
            messages.error(request, str(refusal))
            if refusal.existing is not None:
                return HttpResponseRedirect(reverse("screening-detail", args=[refusal.existing.pk]))
            return HttpResponseRedirect(reverse("screening-form", args=[prog.code]))
        request.session[SESSION_KEY] = {
            "program": prog.code,
            "version": checked.outcome.ruleset_version,
            "answers": checked.answers,
        }
        return HttpResponseRedirect(reverse("screening-result", args=[prog.code]))

    def _render(
        self, request: HttpRequest, program: Program, form: ScreeningForm, status: int = 200
    ) -> HttpResponse:
        return TemplateResponse(
            request,
            self.template_name,
            {"program": program, "form": form, "ruleset": form.ruleset},
            status=status,
        )


class ScreeningSessionResultView(View):
    """The result of an anonymous visitor's check, kept only in their session."""

    def get(self, request: HttpRequest, program: str) -> HttpResponse:
        prog = program_or_404(program)
        pending = request.session.get(SESSION_KEY)
        ruleset = ruleset_for(prog)
        if (
            not pending
            or pending.get("program") != prog.code
            or pending.get("version") != ruleset.version
        ):
            return HttpResponseRedirect(reverse("screening-form", args=[prog.code]))
        try:
            outcome = evaluate(ruleset, pending["answers"])
        except ScreeningInputError:
            request.session.pop(SESSION_KEY, None)
            return HttpResponseRedirect(reverse("screening-form", args=[prog.code]))
        return TemplateResponse(
            request,
            "screening/result.html",
            {
                "program": prog,
                "disposition": outcome.disposition.value,
                "reasons": questions_behind(ruleset, outcome, pending["answers"]),
                "stored": False,
            },
        )


class ScreeningDetailView(LoginRequiredMixin, View):
    """A signed-in patient's own stored result."""

    def get(self, request: HttpRequest, pk: str) -> HttpResponse:
        result = access.screening_get_for_patient(
            user=request.user, screening_id=pk, request=request
        )
        prog = program_or_404(result.program)
        ruleset = ruleset_for(prog)
        reasons = []
        if result.ruleset_version == ruleset.version:
            reasons = questions_behind(ruleset, evaluate(ruleset, result.answers), result.answers)
        state = patient_program_state(user=request.user, program=prog, request=request)
        is_latest = state.screening is not None and state.screening.pk == result.pk
        return TemplateResponse(
            request,
            "screening/result.html",
            {
                "program": prog,
                "disposition": result.disposition,
                "reasons": reasons,
                "stored": True,
                "result": result,
                "state": state if is_latest else None,
            },
        )
