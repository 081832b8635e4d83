"""Clinical governance set-up: roles, what each may do, and the sign-off workflow.

Idempotent; runs after every `migrate` (post_migrate), so every database, production
included, gets the same rules:

- Content editors may write and edit pages and side effects, and submit them for review.
  They cannot publish.
- Clinical reviewers may publish. Content goes live through the "Clinical content
  sign-off" workflow: an editorial review, then a clinical sign-off.
- WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT (settings) makes any edit restart the
  workflow, so the reviewer always approves the exact revision that goes live.
"""

from typing import Any

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from careguide.core.roles import Role

WORKFLOW_NAME = "Clinical content sign-off"
EDITORIAL_TASK = "Editorial review"
CLINICAL_TASK = "Clinical sign-off"
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

CMS_ROLES = (Role.CONTENT_EDITOR, Role.CLINICAL_REVIEWER)
PAGE_PERMISSIONS = {
    Role.CONTENT_EDITOR: ["add", "change"],
    Role.CLINICAL_REVIEWER: ["add", "change", "publish", "lock", "unlock"],
}
SNIPPET_PERMISSIONS = {
    Role.CONTENT_EDITOR: ["add", "change"],
    Role.CLINICAL_REVIEWER: ["add", "change", "publish", "lock", "unlock"],
}


def governance_ensure_after_migrate(sender: Any, **kwargs: Any) -> None:
    governance_ensure()


@transaction.atomic
def governance_ensure() -> Workflow:
    from careguide.content.models import SideEffect

    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in CMS_ROLES}
    # Clinicians work in the care-team pages, not the CMS: a group with no CMS permissions.
    Group.objects.get_or_create(name=Role.CLINICIAN.value)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root = Page.get_first_root_node()
    side_effect_type = ContentType.objects.get_for_model(SideEffect)

    for role, group in groups.items():
        group.permissions.add(access_admin)
        for action in PAGE_PERMISSIONS[role]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=f"{action}_page"
                ),
            )
        for action in SNIPPET_PERMISSIONS[role]:
            permission, _ = Permission.objects.get_or_create(
                content_type=side_effect_type,
                codename=f"{action}_sideeffect",
                defaults={"name": f"Can {action} side effect"},
            )
            group.permissions.add(permission)

    _remove_unused_wagtail_default_groups()
    workflow = _ensure_workflow(groups)
    current = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if current is None or current.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    WorkflowContentType.objects.get_or_create(
        content_type=side_effect_type, defaults={"workflow": workflow}
    )
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    return workflow


def _ensure_workflow(groups: dict[Role, Group]) -> Workflow:
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not created:
        return workflow  # an admin may have tuned it since; never clobber
    for order, (name, role) in enumerate(
        [(EDITORIAL_TASK, Role.CONTENT_EDITOR), (CLINICAL_TASK, Role.CLINICAL_REVIEWER)]
    ):
        task = GroupApprovalTask.objects.create(name=name)
        task.groups.set([groups[role]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def _remove_unused_wagtail_default_groups() -> None:
    """Wagtail ships 'Moderators' (who may publish) and 'Editors'. Left in place, someone
    added to 'Moderators' could publish without a clinical sign-off, so we remove them
    while nobody belongs to them."""
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()
