"""Settings come from the environment; production refuses to start without its secrets;
demo accounts exist only under development settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "careguide.example.org",
    "DATABASE_URL": "postgres://careguide@127.0.0.1:5432/careguide",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://careguide.example.org",
}


def run_with_production_settings(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    clean["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    clean.pop("DATABASE_URL", None)
    return subprocess.run(  # noqa: S603 - fixed interpreter and code
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_settings_refuse_to_start_without_each_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_with_production_settings("print('started')", env)
    assert result.returncode != 0
    assert missing in result.stderr
    assert "started" not in result.stdout


def test_production_settings_use_postgres_redis_and_no_demo_accounts():
    result = run_with_production_settings(
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], "
        "s.CAREGUIDE_DEMO_ACCOUNTS, s.DEBUG)",
        PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "django.core.cache.backends.redis.RedisCache",
        "False",
        "False",
    ]


@pytest.mark.django_db
def test_demo_accounts_are_refused_when_settings_do_not_allow_them(django_user_model):
    before = django_user_model.objects.count()
    with override_settings(CAREGUIDE_DEMO_ACCOUNTS=False), pytest.raises(CommandError):
        call_command("create_demo_accounts")
    assert django_user_model.objects.count() == before


@pytest.mark.django_db
def test_demo_accounts_have_the_listed_roles(django_user_model):
    call_command("create_demo_accounts", verbosity=0)  # idempotent: a second run is fine
    admin = django_user_model.objects.get(username="admin")
    assert admin.is_superuser
    editor = django_user_model.objects.get(username="editor")
    assert [g.name for g in editor.groups.all()] == ["Content editors"]
    assert not editor.is_superuser
    reviewer = django_user_model.objects.get(username="reviewer")
    assert [g.name for g in reviewer.groups.all()] == ["Clinical reviewers"]


def test_no_network_features_are_switched_on():
    from django.conf import settings

    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAILEMBEDS_FINDERS == []
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT is True


def test_check_deploy_with_production_settings_reports_no_warnings():
    env = {**PRODUCTION_ENV, "SECRET_KEY": "k8$Qz!v2@Lr9#Wm4^Tn7&Hx1*Pb6(Jd3)Fs5-Gc0+Ye8=Ua2_Ri7"}
    result = run_with_production_settings(
        "from django.core.management import call_command; "
        "call_command('check', '--deploy', '--fail-level', 'WARNING')",
        env,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout + result.stderr
