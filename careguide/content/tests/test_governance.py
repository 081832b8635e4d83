"""Clinical governance: editors cannot publish; an edit goes live only after an editorial
review and a clinical sign-off of that exact revision; review-due report for admins."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, WorkflowState

from careguide.content.governance import CLINICAL_TASK, EDITORIAL_TASK, WORKFLOW_NAME
from careguide.content.models import ConditionGuidePage, GuideSectionPage, SideEffect
from careguide.core.roles import Role
from conftest import sign_in

pytestmark = pytest.mark.django_db


def live_summary() -> str:
    return ConditionGuidePage.objects.get(slug="bone-cancer").summary


def act(client, user, page, action: str) -> WorkflowState:
    """Press a workflow button in the admin, as `user`."""
    state = WorkflowState.objects.active().get(object_id=str(page.pk))
    sign_in(client, user)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, state.current_task_state.pk],
        )
    )
    state.refresh_from_db()
    return state


def test_only_clinical_reviewers_may_publish_pages_or_side_effects():
    page_publishers = {
        p.group.name
        for p in GroupPagePermission.objects.filter(permission__codename="publish_page")
    }
    snippet_publishers = set(
        Group.objects.filter(permissions__codename="publish_sideeffect").values_list(
            "name", flat=True
        )
    )
    assert page_publishers == {Role.CLINICAL_REVIEWER.value}
    assert snippet_publishers == {Role.CLINICAL_REVIEWER.value}


def test_pages_and_side_effects_use_the_two_step_sign_off_workflow():
    page = ConditionGuidePage.objects.get(slug="bone-cancer")
    workflow = page.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    assert [t.name for t in workflow.tasks] == [EDITORIAL_TASK, CLINICAL_TASK]
    assert SideEffect.objects.get(slug="fever").get_workflow().name == WORKFLOW_NAME


def test_an_editor_cannot_publish_a_revision_directly(editor):
    page = ConditionGuidePage.objects.get(slug="bone-cancer")
    page.summary = "Edited by an editor."
    revision = page.save_revision(user=editor)
    with pytest.raises(Exception, match="(?i)permission"):
        revision.publish(user=editor)
    assert live_summary() != "Edited by an editor."


def test_an_editor_cannot_publish_a_side_effect_directly(editor):
    side_effect = SideEffect.objects.get(slug="fever")
    side_effect.description = "Edited by an editor."
    revision = side_effect.save_revision(user=editor)
    with pytest.raises(Exception, match="(?i)permission"):
        revision.publish(user=editor)
    side_effect.refresh_from_db()
    assert side_effect.description != "Edited by an editor."


def test_an_edit_goes_live_only_after_clinical_sign_off_of_that_exact_revision(
    client, editor, reviewer
):
    original = live_summary()
    page = ConditionGuidePage.objects.get(slug="bone-cancer")
    page.summary = "Revision A."
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)

    state = act(client, editor, page, "approve")  # editorial review
    assert state.current_task_state.task.name == CLINICAL_TASK
    assert live_summary() == original

    state = act(client, editor, page, "approve")  # an editor cannot sign off
    assert state.current_task_state.task.name == CLINICAL_TASK
    assert live_summary() == original

    # A new revision arrives while the clinical sign-off of revision A is pending.
    page = ConditionGuidePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    page.summary = "Revision B."
    revision_b = page.save_revision(user=editor)

    state = act(client, reviewer, page, "approve")  # approves A, which is no longer latest
    assert live_summary() == original, "revision B went live without its own review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == EDITORIAL_TASK

    act(client, editor, page, "approve")
    state = act(client, reviewer, page, "approve")
    assert state.status == WorkflowState.STATUS_APPROVED
    live = ConditionGuidePage.objects.get(pk=page.pk)
    assert live.summary == "Revision B."
    assert live.live_revision_id == revision_b.pk


def test_the_review_due_report_lists_overdue_pages_for_staff(client, reviewer):
    page = ConditionGuidePage.objects.get(slug="bone-cancer")
    ConditionGuidePage.objects.filter(pk=page.pk).update(
        last_reviewed=dt.date(2024, 1, 1), next_review_due=dt.date(2025, 1, 1)
    )
    sign_in(client, reviewer)
    html = client.get(reverse("content_review_due")).content.decode()
    overdue = html.split("Overdue (", 1)[1].split("Due in the next", 1)[0]
    assert "Bone cancer" in overdue
    assert "2025-01-01" in overdue


def test_the_review_due_report_is_not_for_visitors(client):
    response = client.get(reverse("content_review_due"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_page_shows_when_its_review_is_late(client):
    GuideSectionPage.objects.filter(slug="types").update(next_review_due=dt.date(2025, 1, 1))
    html = client.get("/cancer-care/bone-cancer/types/").content.decode()
    assert "(review is late)" in html
