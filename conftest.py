"""Shared fixtures. The default content is loaded once per test database, so every test
runs against the real pages a patient would see (each test's changes roll back)."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_default_content", verbosity=0)
        call_command("create_demo_accounts", verbosity=0)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.get(username="editor")


@pytest.fixture
def reviewer(django_user_model):
    return django_user_model.objects.get(username="reviewer")
