from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View

from careguide.core import access
from careguide.programs.registry import program_get
from careguide.programs.services import ActionRefused, clearance_decide
from careguide.screening.forms import ANSWER_CHOICES
from careguide.screening.services import ruleset_for

ANSWER_LABELS = dict(ANSWER_CHOICES)


class ClearanceQueueView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        queue = access.clearance_queue_for_clinician(user=request.user, request=request)
        return TemplateResponse(
            request,
            "careteam/queue.html",
            {
                "pending": [c for c in queue if c.status == "pending"],
                "decided": [c for c in queue if c.status != "pending"],
                "department": request.user.clinician_profile.department,
            },
        )


class ClearanceDetailView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        clearance = access.clearance_get_for_clinician(
            user=request.user, clearance_id=pk, request=request
        )
        return self._render(request, clearance)

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        decision = request.POST.get("decision")
        if decision not in ("clear", "decline"):
            clearance = access.clearance_get_for_clinician(
                user=request.user, clearance_id=pk, request=request
            )
            return self._render(
                request, clearance, error="Choose clear or do not clear.", status=400
            )
        try:
            clearance_decide(
                user=request.user,
                clearance_id=pk,
                clear=decision == "clear",
                note=request.POST.get("note", ""),
                request=request,
            )
        except ActionRefused as refusal:
            clearance = access.clearance_get_for_clinician(
                user=request.user, clearance_id=pk, request=request
            )
            return self._render(request, clearance, error=str(refusal), status=400)
        messages.success(request, "Saved. The patient can see your decision now.")
        return HttpResponseRedirect(reverse("careteam-queue"))

    def _render(self, request: HttpRequest, clearance, error: str = "", status: int = 200):  # type: ignore[no-untyped-def]
        screening = clearance.screening
        program = program_get(clearance.program)
        questions = []
        if program is not None:
            ruleset = ruleset_for(program)
            for question in ruleset.questions:
                if question.id in screening.answers:
                    value = screening.answers[question.id]
                    questions.append(
                        {"text": question.text, "answer": ANSWER_LABELS.get(value, value),
                         "flag": value in ("yes", "not_sure")}
                    )  # fmt: skip
        return TemplateResponse(
            request,
            "careteam/clearance_detail.html",
            {
                "clearance": clearance,
                "screening": screening,
                "questions": questions,
                "error": error,
            },
            status=status,
        )
