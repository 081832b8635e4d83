from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View

from careguide.core import access

from .registry import PROGRAMS, program_or_404
from .services import ActionRefused, enrolment_create, patient_program_state


class PatientDashboardView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        access.patient_required(user=request.user, action="dashboard.read", request=request)
        programs = []
        for program in PROGRAMS.values():
            programs.append(
                {
                    "program": program,
                    "state": patient_program_state(
                        user=request.user, program=program, request=request
                    ),
                    "enrolment": access.enrolment_for_patient(
                        user=request.user, program=program.code, request=request
                    ),
                }
            )
        return TemplateResponse(request, "programs/dashboard.html", {"programs": programs})


class EnrolmentCreateView(LoginRequiredMixin, View):
    def post(self, request: HttpRequest, program: str) -> HttpResponse:
        prog = program_or_404(program)
        try:
            enrolment_create(user=request.user, program=prog, request=request)
        except ActionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, f"You are signed up for the {prog.name}.")
        return HttpResponseRedirect(reverse("patient-dashboard"))
