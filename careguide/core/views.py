from base64 import b32encode
from io import BytesIO
from typing import Any

import qrcode
import qrcode.image.svg
from django.contrib.auth import login
from django.contrib.auth.views import LoginView, LogoutView
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django_otp import login as otp_login

from .audit import audit_record
from .forms import PatientSignUpForm, TokenForm
from .services import patient_sign_up, totp_device_for


def _safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or default
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


class SignInView(LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class SignOutView(LogoutView):
    pass


class PatientSignUpView(View):
    def get(self, request: HttpRequest) -> HttpResponse:
        return TemplateResponse(request, "accounts/signup.html", {"form": PatientSignUpForm()})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = PatientSignUpForm(request.POST)
        if not form.is_valid():
            return TemplateResponse(request, "accounts/signup.html", {"form": form}, status=400)
        user = patient_sign_up(
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password1"],
            first_name=form.cleaned_data["first_name"],
            home_center=form.cleaned_data["home_center"],
            request=request,
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return HttpResponseRedirect(_safe_next(request, "/my/"))


class TwoFactorView(View):
    """Staff set up (first time) or enter (every sign-in) a code from an authenticator app."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not request.user.is_authenticated:
            return HttpResponseRedirect("/accounts/login/")
        return self._render(request, TokenForm(), totp_device_for(request.user))

    def post(self, request: HttpRequest) -> HttpResponse:
        if not request.user.is_authenticated:
            return HttpResponseRedirect("/accounts/login/")
        form = TokenForm(request.POST)
        device = totp_device_for(request.user)
        if form.is_valid() and device.verify_token(form.cleaned_data["token"]):
            if not device.confirmed:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            audit_record(
                actor=request.user, action="account.two-factor", allowed=True, request=request
            )
            return HttpResponseRedirect(_safe_next(request, "/admin/"))
        audit_record(actor=request.user, action="account.two-factor", allowed=False,
                     reason="wrong code", request=request)  # fmt: skip
        form.add_error("token", "That code did not work. Codes change every 30 seconds.")
        return self._render(request, form, device, status=400)

    def _render(
        self, request: HttpRequest, form: TokenForm, device: Any, status: int = 200
    ) -> HttpResponse:
        context = {
            "form": form,
            "setup": not device.confirmed,
            "next": _safe_next(request, "/admin/"),
        }
        if not device.confirmed:
            secret = b32encode(device.bin_key).decode()
            image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
            buffer = BytesIO()
            image.save(buffer)
            context.update(secret=secret, qr_svg=buffer.getvalue().decode())
        return TemplateResponse(request, "accounts/two_factor.html", context, status=status)


def lockout(request: HttpRequest, credentials: dict | None = None, *args, **kwargs) -> HttpResponse:  # type: ignore[type-arg,no-untyped-def]
    """django-axes calls this instead of signing in while a user name and address pair is
    locked out. Rendered here: axes returns it from the middleware, unrendered otherwise."""
    audit_record(
        actor=None, action="account.sign-in", allowed=False, reason="locked out", request=request
    )
    return render(request, "accounts/locked_out.html", status=429)
