"""The safety check and clearance, in a real browser, keyboard and mouse as a person would."""

import re

import pytest

pytestmark = pytest.mark.e2e
CHECK = "/programs/back-pain/check/"


def answer_all(page, overrides: dict[str, str] | None = None, age: str = "44") -> None:
    overrides = overrides or {}
    for fieldset in page.locator("fieldset.question").all():
        question = fieldset.get_attribute("id").removeprefix("q-")
        if question == "age":
            fieldset.get_by_label("Age in years").fill(age)
        elif "question--follow-up" in (fieldset.get_attribute("class") or ""):
            if question in overrides:
                fieldset.get_by_label(overrides[question], exact=True).check()
        else:
            fieldset.get_by_label(overrides.get(question, "No"), exact=True).check()
    page.get_by_role("button", name="See my result").click()


def demo_code(username: str) -> str:
    from django_otp.oath import totp

    from careguide.core.demo_accounts import demo_otp_key

    return f"{totp(bytes.fromhex(demo_otp_key(username))):06d}"


def sign_in(page, site_url: str, username: str, password: str) -> None:
    page.goto(site_url + "/accounts/login/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_one_emergency_answer_shows_call_911_first(site_url, page):
    page.goto(site_url + "/cancer-care/back-pain-program/")
    page.get_by_role("link", name="Start the safety check").click()
    answer_all(page, {"new_trouble_peeing": "Yes"})
    heading = page.locator("main h1")
    assert heading.inner_text() == "Call 911 now"
    first_text = page.locator("main > *").first.inner_text()
    assert first_text == "Call 911 now"


def test_a_new_patient_answers_no_signs_up_and_enrols(site_url, page):
    page.goto(site_url + CHECK)
    answer_all(page)
    assert page.locator("main h1").inner_text() == "You can start the program"
    page.get_by_role("link", name="create an account").click()
    page.get_by_label("Pick a user name").fill("e2e-patient")
    page.get_by_label("Your first name").fill("Rosa")
    page.get_by_label("Where do you get care?").select_option(label="Fremont Medical Center")
    page.get_by_label("Password", exact=True).fill("a-long-and-unusual-passphrase")
    page.get_by_label("Password confirmation").fill("a-long-and-unusual-passphrase")
    page.get_by_role("button", name="Create my account").click()
    assert page.locator("main h1").inner_text() == "My care"
    page.get_by_role("button", name="Start the back pain program").click()
    assert "You are signed up for the Back pain program." in page.locator("main").inner_text()


def test_history_of_cancer_goes_through_clinician_clearance_end_to_end(site_url, browser):
    patient = browser.new_context().new_page()
    sign_in(patient, site_url, "patient", "demo-patient-pass")
    patient.goto(site_url + CHECK)
    answer_all(
        patient,
        {"ever_had_cancer": "Yes", "cancer_upper_back_or_worse_each_week": "No",
         "cancer_pain_constant_or_cough": "No"},
    )  # fmt: skip
    assert patient.locator("main h1").inner_text() == "See your doctor before you start"
    assert "We sent your answers to your care team" in patient.locator("main").inner_text()

    clinician = browser.new_context().new_page()
    sign_in(clinician, site_url, "clinician", "demo-clinician-pass")
    clinician.goto(site_url + "/care-team/")
    assert re.search(r"/accounts/two-factor/", clinician.url)
    clinician.get_by_label("6-digit code from your app").fill(demo_code("clinician"))
    clinician.get_by_role("button", name="Continue").click()
    clinician.get_by_role("link", name="Demo Patient").first.click()
    assert "LBP-RF-13" in clinician.locator("main").inner_text()
    clinician.get_by_label("Note for the patient").fill("Seen in clinic. Safe to start.")
    clinician.get_by_role("button", name="Clear for the program").click()
    assert "Saved. The patient can see your decision now." in clinician.locator("main").inner_text()

    patient.goto(site_url + "/my/")
    text = patient.locator("main").inner_text()
    assert "Your care team cleared you for the program." in text
    assert "Seen in clinic. Safe to start." in text
    patient.get_by_role("button", name="Start the back pain program").click()
    assert "You are signed up" in patient.locator("main").inner_text()
