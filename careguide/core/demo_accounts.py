"""Demo sign-ins for local development. Never created under production settings."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from .roles import Role


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    superuser: bool = False
    group: Role | None = None


DEMO_ACCOUNTS = [
    DemoAccount("admin", "demo-admin-pass", "Site admin", superuser=True),
    DemoAccount("editor", "demo-editor-pass", "Content editor", group=Role.CONTENT_EDITOR),
    DemoAccount(
        "reviewer", "demo-reviewer-pass", "Clinical reviewer", group=Role.CLINICAL_REVIEWER
    ),
]


@transaction.atomic
def demo_accounts_create() -> list[tuple[DemoAccount, bool]]:
    """Create the demo accounts that are missing. Returns (account, created) pairs.

    Refuses unless settings.CAREGUIDE_DEMO_ACCOUNTS is True (dev and test only)."""
    if not getattr(settings, "CAREGUIDE_DEMO_ACCOUNTS", False):
        raise ImproperlyConfigured(
            "Demo accounts are for development only; these settings do not allow them."
        )
    user_model = get_user_model()
    done = []
    for account in DEMO_ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=account.username,
            defaults={
                "email": f"{account.username}@demo.invalid",
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
                "first_name": "Demo",
                "last_name": account.role,
            },
        )
        if created:
            user.set_password(account.password)
            user.save(update_fields=["password"])
        if account.group:
            user.groups.add(Group.objects.get(name=account.group.value))
        done.append((account, created))
    return done
