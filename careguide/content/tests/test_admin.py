"""The CMS works for each role: every edit form opens, and model rules refuse bad input."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page

from careguide.content.models import GuideSectionPage, SideEffect
from conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("username", ["editor", "reviewer", "admin"])
def test_every_page_and_side_effect_opens_in_the_editor_for_each_role(
    client, django_user_model, username
):
    sign_in(client, django_user_model.objects.get(username=username))
    urls = [reverse("wagtailadmin_home"), reverse("content_review_due")]
    urls += [
        reverse("wagtailadmin_pages:edit", args=[p.pk]) for p in Page.objects.filter(depth__gte=2)
    ]
    urls += [reverse("wagtailsnippets_content_sideeffect:list")]
    urls += [
        reverse("wagtailsnippets_content_sideeffect:edit", args=[s.pk])
        for s in SideEffect.objects.all()
    ]
    failures = {url: client.get(url).status_code for url in urls}
    assert {url: code for url, code in failures.items() if code != 200} == {}


def test_a_next_review_date_before_the_last_review_is_refused():
    page = GuideSectionPage.objects.get(slug="types")
    page.next_review_due = page.last_reviewed - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "next_review_due" in error.value.message_dict


def test_a_side_effect_needs_wording_for_the_help_level_it_names():
    side_effect = SideEffect.objects.get(slug="fever")
    side_effect.call_care_team_when = "  "
    with pytest.raises(ValidationError) as error:
        side_effect.full_clean()
    assert "call_care_team_when" in error.value.message_dict


def test_a_clinical_page_cannot_be_saved_without_all_three_help_levels():
    page = GuideSectionPage.objects.get(slug="types")
    page.next_visit_when = ""
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "next_visit_when" in error.value.message_dict


def test_site_admins_manage_clinicians_and_departments_but_editors_cannot(
    client, django_user_model
):
    sign_in(client, django_user_model.objects.get(username="admin"))
    for url in [
        "/admin/clinicianprofile/",
        "/admin/department/",
        "/admin/medicalcenter/",
    ]:
        assert client.get(url).status_code == 200, url
    sign_in(client, django_user_model.objects.get(username="editor"))
    assert client.get("/admin/clinicianprofile/").status_code in (302, 403)
