"""Every URL that touches patient data, tried by everyone who must not see it:
anonymous, another patient, a clinician of another department, CMS staff."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django_otp.plugins.otp_totp.models import TOTPDevice

from careguide.core.models import (
    AuditEvent,
    ClinicianProfile,
    Department,
    MedicalCenter,
    PatientProfile,
)
from careguide.programs.models import ClearanceRequest
from careguide.screening.models import ScreeningResult
from careguide.screening.tests.helpers import CANCER, FORM_URL, form_data
from conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(client, patient):
    sign_in(client, patient)
    client.post(FORM_URL, form_data(**CANCER))
    client.logout()
    screening = ScreeningResult.objects.get(patient=patient)
    return {"screening": screening, "clearance": ClearanceRequest.objects.get(screening=screening)}


def patient_urls(records) -> list[tuple[str, str]]:
    return [
        ("get", "/my/"),
        ("get", f"/my/screenings/{records['screening'].pk}/"),
        ("post", "/programs/back-pain/enrol/"),
    ]


def clinician_urls(records) -> list[tuple[str, str]]:
    url = f"/care-team/clearances/{records['clearance'].pk}/"
    return [("get", "/care-team/"), ("get", url), ("post", url)]


@pytest.fixture
def other_patient(django_user_model):
    user = django_user_model.objects.create_user("other-patient", password="x" * 12)
    PatientProfile.objects.create(user=user, home_center=MedicalCenter.objects.get(slug="fremont"))
    return user


@pytest.fixture
def outside_clinician(django_user_model):
    department = Department.objects.create(slug="cardiology", name="Cardiology")
    department.centers.add(*MedicalCenter.objects.all())
    user = django_user_model.objects.create_user("cardiologist", password="x" * 12)
    user.groups.add(Group.objects.get(name="Clinicians"))
    ClinicianProfile.objects.create(user=user, department=department)
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return user


def test_anonymous_visitors_are_sent_to_sign_in_for_every_patient_url(client, records):
    for method, url in patient_urls(records) + clinician_urls(records):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/"), url


def test_another_patient_is_refused_every_patient_record(client, records, other_patient):
    sign_in(client, other_patient)
    response = client.get(f"/my/screenings/{records['screening'].pk}/")
    assert response.status_code == 404
    assert "Demo Patient" not in client.get("/my/").content.decode()
    for method, url in clinician_urls(records):
        assert getattr(client, method)(url, {"decision": "clear", "note": "x"}).status_code == 404
    refused = AuditEvent.objects.filter(actor=other_patient, outcome="refused")
    assert refused.filter(reason="another patient's screening").count() == 1
    assert refused.filter(reason="not a clinician account").count() == 3


def test_a_clinician_of_another_department_is_refused(client, records, outside_clinician):
    sign_in(client, outside_clinician)
    assert "Demo Patient" not in client.get("/care-team/").content.decode()
    url = f"/care-team/clearances/{records['clearance'].pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"decision": "clear", "note": "x"}).status_code == 404
    for method, url in patient_urls(records):
        assert getattr(client, method)(url).status_code == 404
    records["clearance"].refresh_from_db()
    assert records["clearance"].status == "pending"
    assert AuditEvent.objects.filter(actor=outside_clinician, outcome="refused").count() == 5


@pytest.mark.parametrize("username", ["editor", "reviewer"])
def test_cms_staff_cannot_read_patient_records(client, records, django_user_model, username):
    sign_in(client, django_user_model.objects.get(username=username))
    for method, url in patient_urls(records) + clinician_urls(records):
        assert getattr(client, method)(url).status_code == 404, url


def test_the_patient_and_their_clinician_reads_are_audited(client, records, patient, clinician):
    sign_in(client, patient)
    client.get(f"/my/screenings/{records['screening'].pk}/")
    sign_in(client, clinician)
    client.get(f"/care-team/clearances/{records['clearance'].pk}/")
    reads = AuditEvent.objects.filter(
        outcome="allowed", action__in=["screening.read", "clearance.read"]
    )
    assert {(e.actor.username, e.action, e.patient.username) for e in reads} == {
        ("patient", "screening.read", "patient"),
        ("clinician", "clearance.read", "patient"),
    }
    assert all(e.ip_address == "127.0.0.1" and e.path for e in reads)


def test_audit_events_cannot_be_changed_or_deleted(records):
    event = AuditEvent.objects.first()
    event.reason = "rewritten"
    with pytest.raises(Exception, match="cannot be changed"):
        event.save()
    with pytest.raises(Exception, match="cannot be deleted"):
        event.delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_the_database_itself_refuses_to_edit_the_audit_log(records):
    from django.db import transaction

    with pytest.raises(Exception, match="append-only"), transaction.atomic():
        AuditEvent.objects.all().update(reason="rewritten")
    with pytest.raises(Exception, match="append-only"), transaction.atomic():
        AuditEvent.objects.all()._raw_delete(AuditEvent.objects.db)
