"""Enrolment and clearance, end to end through the real views."""

import pytest

from careguide.core.models import AuditEvent, MedicalCenter
from careguide.programs.models import ClearanceRequest, Enrolment
from careguide.screening.tests.helpers import CANCER, FORM_URL, form_data
from conftest import sign_in

pytestmark = pytest.mark.django_db
ENROL_URL = "/programs/back-pain/enrol/"


def clearance_url(clearance: ClearanceRequest) -> str:
    return f"/care-team/clearances/{clearance.pk}/"


def screen(client, patient, **answers):
    sign_in(client, patient)
    client.post(FORM_URL, form_data(**answers))


def test_ok_to_start_lets_the_patient_enrol(client, patient):
    screen(client, patient)
    response = client.post(ENROL_URL, follow=True)
    assert "You are signed up for the Back pain program." in response.content.decode()
    assert Enrolment.objects.get(patient=patient).status == "active"


def test_see_your_doctor_first_refuses_enrolment_until_cleared(client, patient):
    screen(client, patient, **CANCER)
    response = client.post(ENROL_URL, follow=True)
    assert "Your care team will look at your answers." in response.content.decode()
    assert not Enrolment.objects.exists()
    assert AuditEvent.objects.filter(action="enrolment.create", outcome="refused").exists()


def test_a_clinician_sees_urgent_requests_first(client, patient, clinician, django_user_model):
    screen(client, patient, **CANCER)
    other = django_user_model.objects.create_user("p2", password="x" * 12)
    from careguide.core.models import PatientProfile

    PatientProfile.objects.create(user=other, home_center=MedicalCenter.objects.get(slug="fremont"))
    screen(client, other, chest_pain_or_breathing="yes")
    sign_in(client, clinician)
    html = client.get("/care-team/").content.decode()
    assert html.index("Urgent: act today") < html.index("Routine")
    assert html.index("p2") < html.index("Demo Patient")


def test_the_clinician_clears_with_a_note_and_the_patient_can_then_enrol(
    client, patient, clinician
):
    screen(client, patient, **CANCER)
    clearance = ClearanceRequest.objects.get(patient=patient)
    sign_in(client, clinician)
    detail = client.get(clearance_url(clearance)).content.decode()
    assert "LBP-RF-13" in detail and "Have you ever had cancer?" in detail
    response = client.post(
        clearance_url(clearance), {"decision": "clear", "note": "Seen in clinic. Safe to start."}
    )
    assert response.status_code == 302
    clearance.refresh_from_db()
    assert (clearance.status, clearance.decided_by) == ("cleared", clinician)

    sign_in(client, patient)
    dashboard = client.get("/my/").content.decode()
    assert "Your care team cleared you for the program." in dashboard
    assert "Seen in clinic. Safe to start." in dashboard
    client.post(ENROL_URL)
    assert Enrolment.objects.get(patient=patient).status == "active"


def test_a_declined_request_shows_the_clinicians_advice(client, patient, clinician):
    screen(client, patient, **CANCER)
    clearance = ClearanceRequest.objects.get(patient=patient)
    sign_in(client, clinician)
    client.post(
        clearance_url(clearance), {"decision": "decline", "note": "Please book a scan first."}
    )
    sign_in(client, patient)
    html = client.get("/my/").content.decode()
    assert "Your care team did not clear you." in html and "Please book a scan first." in html
    assert client.post(ENROL_URL).status_code == 302 and not Enrolment.objects.exists()


def test_a_later_screening_with_a_new_rule_relocks_the_program(client, patient, clinician):
    screen(client, patient, **CANCER)
    first = ClearanceRequest.objects.get(patient=patient)
    sign_in(client, clinician)
    client.post(clearance_url(first), {"decision": "clear", "note": "OK."})
    sign_in(client, patient)
    client.post(ENROL_URL)

    client.post(FORM_URL, form_data(**CANCER))  # same answers: still covered
    assert Enrolment.objects.get(patient=patient).status == "active"
    assert ClearanceRequest.objects.filter(patient=patient).count() == 1

    client.post(FORM_URL, form_data(**CANCER, weight_loss="yes"))  # a new rule fires
    assert Enrolment.objects.get(patient=patient).status == "paused"
    newest = ClearanceRequest.objects.filter(patient=patient).latest("created_at")
    assert newest.status == "pending" and newest.rules_to_clear == ["LBP-RF-13", "LBP-RF-16"]


def test_a_decision_needs_a_note_and_cannot_be_made_twice(client, patient, clinician):
    screen(client, patient, **CANCER)
    clearance = ClearanceRequest.objects.get(patient=patient)
    sign_in(client, clinician)
    response = client.post(clearance_url(clearance), {"decision": "clear", "note": "  "})
    assert response.status_code == 400 and "Write a note" in response.content.decode()
    client.post(clearance_url(clearance), {"decision": "clear", "note": "OK."})
    response = client.post(clearance_url(clearance), {"decision": "decline", "note": "No."})
    assert response.status_code == 400
    clearance.refresh_from_db()
    assert clearance.status == "cleared"
    assert AuditEvent.objects.filter(reason="already decided", outcome="refused").exists()
