"""The screening form as a patient or visitor uses it, and what it refuses."""

import re

import pytest

from careguide.core.models import AuditEvent
from careguide.programs.models import ClearanceRequest
from careguide.screening.models import ScreeningResult
from conftest import sign_in

from .helpers import CANCER, FORM_URL, RULESET, form_data

pytestmark = pytest.mark.django_db


def refusals(reason_part: str) -> int:
    return AuditEvent.objects.filter(outcome="refused", reason__contains=reason_part).count()


def test_the_form_asks_every_question_with_yes_no_and_not_sure(client):
    html = client.get(FORM_URL).content.decode()
    for question in RULESET.questions:
        assert f'id="q-{question.id}"' in html
    assert html.count('value="not_sure"') == len(RULESET.questions) - 1  # age is a number
    assert f'name="ruleset_version" value="{RULESET.version}"' in html


def test_a_visitor_answering_no_to_everything_may_start_and_nothing_is_stored(client):
    response = client.post(FORM_URL, form_data(), follow=True)
    html = response.content.decode()
    assert "<h1>You can start the program</h1>" in html
    assert "Safety card" in html
    assert ScreeningResult.objects.count() == 0


def test_an_emergency_answer_shows_call_911_first_above_everything(client):
    response = client.post(FORM_URL, form_data(leaking_pee_or_poop="yes"), follow=True)
    main = response.content.decode().split('<main id="main" tabindex="-1">', 1)[1]
    first_heading = re.search(r"<h1[^>]*>(.*?)</h1>", main).group(1)
    assert first_heading == "Call 911 now"
    assert main.index("Call 911 now") < main.index("Why we say this")
    assert "Since this back pain started, have you leaked pee or poop" in main


def test_not_sure_on_an_emergency_question_says_talk_to_a_doctor_today(client):
    response = client.post(FORM_URL, form_data(both_legs="not_sure"), follow=True)
    assert "<h1>Talk to a doctor or nurse today</h1>" in response.content.decode()


def test_a_signed_in_patient_with_a_history_of_cancer_is_sent_to_the_care_team(client, patient):
    sign_in(client, patient)
    response = client.post(FORM_URL, form_data(**CANCER), follow=True)
    html = response.content.decode()
    assert "<h1>See your doctor before you start</h1>" in html
    result = ScreeningResult.objects.get(patient=patient)
    assert result.disposition == "see_doctor_before_program"
    assert result.ruleset_version == RULESET.version
    assert result.blocking_rule_ids == ["LBP-RF-13"]
    clearance = ClearanceRequest.objects.get(screening=result)
    assert (clearance.urgent, clearance.center.slug, clearance.rules_to_clear) == (
        False,
        "fremont",
        ["LBP-RF-13"],
    )


def test_an_emergency_for_a_patient_flags_an_urgent_request_and_says_act_now(client, patient):
    sign_in(client, patient)
    html = client.post(FORM_URL, form_data(both_legs="yes"), follow=True).content.decode()
    assert "Call 911 now" in html and "We have told your care team" in html
    assert ClearanceRequest.objects.get(patient=patient).urgent is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"both_legs": ""}, "Please answer this question."),
        ({"both_legs": "maybe"}, "Select a valid choice"),
        ({"age": "-3"}, "greater than or equal to 0"),
        ({"age": ""}, "Please answer this question."),
        ({"ever_had_cancer": "yes"}, "Please answer this question."),  # follow-ups now due
    ],
)
def test_a_missing_or_invalid_answer_is_refused_with_a_clear_message(
    client, patient, change, message
):
    sign_in(client, patient)
    response = client.post(FORM_URL, form_data(**change))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ScreeningResult.objects.count() == 0
    assert refusals("form errors") == 1


def test_a_forged_post_with_an_unknown_question_is_refused_and_audited(client, patient):
    sign_in(client, patient)
    response = client.post(FORM_URL, {**form_data(), "am_i_fine": "yes"})
    assert response.status_code == 400
    assert "We could not read your answers" in response.content.decode()
    assert ScreeningResult.objects.count() == 0
    assert refusals("unknown question") == 1


def test_a_tampered_ruleset_version_is_refused_and_audited(client, patient):
    sign_in(client, patient)
    response = client.post(FORM_URL, {**form_data(), "ruleset_version": "0.0.1"}, follow=True)
    assert "The questions changed while you were answering" in response.content.decode()
    assert ScreeningResult.objects.count() == 0
    assert refusals("ruleset version") == 1


def test_a_double_submission_is_refused_changes_nothing_and_is_audited(client, patient):
    sign_in(client, patient)
    data = form_data(**CANCER)
    client.post(FORM_URL, data)
    response = client.post(FORM_URL, data, follow=True)
    assert "You already sent these answers." in response.content.decode()
    assert ScreeningResult.objects.count() == 1
    assert ClearanceRequest.objects.count() == 1
    assert refusals("double submission") == 1


def test_a_visitors_result_is_kept_when_they_create_an_account(client):
    client.post(FORM_URL, form_data(**CANCER))
    response = client.post(
        "/accounts/signup/",
        {
            "username": "newpatient",
            "first_name": "Ana",
            "home_center": "2",
            "password1": "a-long-and-unusual-passphrase",
            "password2": "a-long-and-unusual-passphrase",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/my/"
    result = ScreeningResult.objects.get(patient__username="newpatient")
    assert result.disposition == "see_doctor_before_program"
    assert ClearanceRequest.objects.get(screening=result).center.slug == "san-leandro"


def test_a_weak_password_is_refused_at_sign_up(client):
    response = client.post(
        "/accounts/signup/",
        {"username": "p2", "first_name": "B", "home_center": "1", "password1": "password",
         "password2": "password"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "too short" in response.content.decode()


def test_screening_results_cannot_be_changed_or_deleted(client, patient):
    sign_in(client, patient)
    client.post(FORM_URL, form_data())
    result = ScreeningResult.objects.get(patient=patient)
    result.disposition = "ok_to_start"
    with pytest.raises(Exception, match="cannot be changed"):
        result.save()
    with pytest.raises(Exception, match="cannot be deleted"):
        result.delete()
