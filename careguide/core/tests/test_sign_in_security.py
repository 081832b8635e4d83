"""Sign-in protection: lockout, two-step sign-in for staff, session timeouts."""

import time

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from conftest import sign_in

pytestmark = pytest.mark.django_db


def code_for(user) -> str:
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def test_five_wrong_passwords_lock_the_account_even_for_the_right_password(client):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "patient", "password": "wrong-password"})
    response = client.post(
        "/accounts/login/", {"username": "patient", "password": "demo-patient-pass"}
    )
    assert response.status_code == 429
    assert "Too many tries" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_patient_signs_in_with_the_right_password(client):
    response = client.post(
        "/accounts/login/", {"username": "patient", "password": "demo-patient-pass"}
    )
    assert response.status_code == 302 and response["Location"] == "/my/"


@pytest.mark.parametrize("url", ["/admin/", "/care-team/"])
def test_staff_must_pass_two_step_sign_in_before_the_cms_or_the_queue(client, clinician, url):
    sign_in(client, clinician, two_factor=False)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/two-factor/")


def test_a_wrong_code_is_refused_and_the_right_code_lets_staff_in(client, clinician, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp slows retries; not what this tests
    sign_in(client, clinician, two_factor=False)
    response = client.post("/accounts/two-factor/", {"token": "000000", "next": "/care-team/"})
    assert response.status_code == 400 and "That code did not work" in response.content.decode()
    response = client.post(
        "/accounts/two-factor/", {"token": code_for(clinician), "next": "/care-team/"}
    )
    assert response["Location"] == "/care-team/"
    assert client.get("/care-team/").status_code == 200


def test_a_new_staff_member_is_shown_how_to_set_up_their_app(client, django_user_model):
    user = django_user_model.objects.create_user("new-editor", password="x" * 12, is_staff=True)
    sign_in(client, user, two_factor=False)
    html = client.get("/accounts/two-factor/").content.decode()
    assert "Scan this code" in html and "<svg" in html


def test_patients_do_not_need_two_step_sign_in(client, patient):
    sign_in(client, patient, two_factor=False)
    assert client.get("/my/").status_code == 200


def test_an_idle_session_is_signed_out(client, patient, settings):
    sign_in(client, patient)
    client.get("/my/")
    session = client.session
    session["careguide.last_seen"] = time.time() - settings.CAREGUIDE_SESSION_IDLE_SECONDS - 1
    session.save()
    response = client.get("/my/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session


def test_a_session_ends_after_the_absolute_limit_even_when_active(client, patient, settings):
    sign_in(client, patient)
    client.get("/my/")
    session = client.session
    session["careguide.started"] = time.time() - settings.CAREGUIDE_SESSION_ABSOLUTE_SECONDS - 1
    session.save()
    assert client.get("/my/").status_code == 302
