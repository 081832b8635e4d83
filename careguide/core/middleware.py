"""Session timeouts and two-factor sign-in for staff."""

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import urlencode

from .roles import is_staff_member

STAFF_PATHS = ("/admin/", "/care-team/")
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/accounts/", "/static/")


class SessionTimeoutMiddleware:
    """Sign out after CAREGUIDE_SESSION_IDLE_SECONDS without a request, and after
    CAREGUIDE_SESSION_ABSOLUTE_SECONDS whatever happens."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = time.time()
            started = request.session.setdefault("careguide.started", now)
            last = request.session.get("careguide.last_seen", now)
            idle = now - last > settings.CAREGUIDE_SESSION_IDLE_SECONDS
            too_long = now - started > settings.CAREGUIDE_SESSION_ABSOLUTE_SECONDS
            if idle or too_long:
                logout(request)
                messages.info(
                    request, "You were signed out to keep your records safe. Please sign in again."
                )
                return HttpResponseRedirect("/accounts/login/?" + urlencode({"next": request.path}))
            request.session["careguide.last_seen"] = now
        return self.get_response(request)


class StaffTwoFactorMiddleware:
    """Staff reach the CMS and the care-team pages only after a two-factor code."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path
        if (
            path.startswith(STAFF_PATHS)
            and not path.startswith(OPEN_PATHS)
            and request.user.is_authenticated
            and is_staff_member(request.user)
            and not request.user.is_verified()
        ):
            return HttpResponseRedirect("/accounts/two-factor/?" + urlencode({"next": path}))
        return self.get_response(request)
