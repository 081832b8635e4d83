"""Write to the audit log. Every access function calls audit_record, allowed or refused."""

from typing import Any

from django.http import HttpRequest

from .models import AuditEvent
from .roles import role_of


def audit_record(
    *,
    actor: Any,
    action: str,
    allowed: bool,
    patient: Any = None,
    obj: Any = None,
    reason: str = "",
    request: HttpRequest | None = None,
) -> AuditEvent:
    actor_user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=actor_user,
        actor_role=role_of(actor),
        action=action,
        outcome=AuditEvent.Outcome.ALLOWED if allowed else AuditEvent.Outcome.REFUSED,
        patient=patient,
        object_type=type(obj).__name__ if obj is not None else "",
        object_id=str(getattr(obj, "pk", "") or "") if obj is not None else "",
        reason=reason[:255],
        ip_address=client_ip(request),
        path=(request.path[:255] if request is not None else ""),
    )


def client_ip(request: HttpRequest | None) -> str | None:
    """The client's address as Django sees it (REMOTE_ADDR). Behind a proxy, configure
    the proxy to set REMOTE_ADDR; we never trust X-Forwarded-For from the client."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None
