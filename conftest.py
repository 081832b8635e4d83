"""Shared fixtures. The default content and demo accounts are loaded once per test
database, so every test runs against the real pages a patient would see (each test's
changes roll back)."""

import pytest
from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_default_content", verbosity=0)
        call_command("create_demo_accounts", verbosity=0)


def sign_in(client, user, *, two_factor: bool = True):
    """Sign a user in; staff also pass the two-step check, as they would in the browser."""
    client.force_login(user)
    if two_factor:
        device = TOTPDevice.objects.filter(user=user).first()
        if device is not None:
            session = client.session
            session["otp_device_id"] = device.persistent_id
            session.save()
    return client


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.get(username="editor")


@pytest.fixture
def reviewer(django_user_model):
    return django_user_model.objects.get(username="reviewer")


@pytest.fixture
def clinician(django_user_model):
    return django_user_model.objects.get(username="clinician")


@pytest.fixture
def patient(django_user_model):
    return django_user_model.objects.get(username="patient")
