"""Write checked content entries to the CMS, all or nothing.

For each entry the loader keeps a LoadedContent record (its hash and the revision it
wrote). On a later run it:
- creates and publishes what is missing;
- leaves alone anything whose latest revision is not the one it wrote (an editor has
  saved a newer revision, or an editor made the item first);
- updates and publishes only items still at the loader's own revision whose file changed.

The loader publishes directly: default content arrives through code review with the
clinical sign-off recorded in each file's review table (docs/adr/0006).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Page, Site

from ..models import (
    ConditionGuidePage,
    DepartmentCenter,
    DepartmentPage,
    GuideSectionPage,
    HealthToolPage,
    HomePage,
    LoadedContent,
    MedicalCenterPage,
    ProgramPage,
    SideEffect,
    TreatmentPage,
    TreatmentSideEffect,
)
from ..models.help_cards import HELP_FIELDS
from .schema import HELP_KEYS, ContentFileError, Entry

PAGE_MODELS: dict[str, type[Page]] = {
    "home": HomePage,
    "medical_center": MedicalCenterPage,
    "department": DepartmentPage,
    "condition_guide": ConditionGuidePage,
    "guide_section": GuideSectionPage,
    "treatment": TreatmentPage,
    "health_tool": HealthToolPage,
    "program": ProgramPage,
}


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_editor_version: list[str] = field(default_factory=list)


@transaction.atomic
def default_content_write(entries: list[Entry]) -> LoadReport:
    """Write every entry, or nothing: a model validation error rolls the whole load back
    and comes out as a ContentFileError naming the file and the field."""
    report = LoadReport()
    for entry in entries:
        try:
            _write(entry, report)
        except ValidationError as error:
            field_name, messages = next(iter(error.message_dict.items()))
            raise ContentFileError(entry.file, field_name, " ".join(messages)) from error
    return report


def _write(entry: Entry, report: LoadReport) -> None:
    record = LoadedContent.objects.filter(key=entry.key).first()
    existing = _find_side_effect(entry) if entry.kind == "side_effect" else _find_page(entry)
    if existing is None:
        obj = _new_side_effect(entry) if entry.kind == "side_effect" else _new_page(entry)
        action = report.created
    elif record is None or existing.latest_revision_id != record.revision_id:
        report.kept_editor_version.append(entry.key)
        return
    elif record.sha256 == entry.sha256:
        report.unchanged.append(entry.key)
        return
    else:
        obj = existing
        _fill(obj, entry)
        action = report.updated
    revision = obj.save_revision(log_action=True)
    revision.publish(skip_permission_checks=True)
    LoadedContent.objects.update_or_create(
        key=entry.key, defaults={"sha256": entry.sha256, "revision_id": revision.pk}
    )
    action.append(entry.key)


# --- side effects --------------------------------------------------------------------------


def _find_side_effect(entry: Entry) -> SideEffect | None:
    return SideEffect.objects.filter(slug=entry.data["slug"]).first()


def _new_side_effect(entry: Entry) -> SideEffect:
    side_effect = SideEffect(live=False)
    _fill(side_effect, entry)
    side_effect.save()
    return side_effect


# --- pages ---------------------------------------------------------------------------------


def _home() -> HomePage | None:
    return HomePage.objects.first()


def _find_page(entry: Entry) -> Page | None:
    home = _home()
    if entry.type == "home" or home is None:
        return home
    found = Page.objects.filter(url_path=f"{home.url_path}{entry.path}/").first()
    return found.specific if found else None


def _new_page(entry: Entry) -> Page:
    model = PAGE_MODELS[entry.type]
    page = model(slug=entry.path.rsplit("/", 1)[-1] or "home")
    _fill(page, entry)
    if entry.type == "home":
        return _install_home(page)
    parent = _find_page_by_path(entry.parent_path or "")
    parent.add_child(instance=page)
    return page


def _find_page_by_path(path: str) -> Page:
    home = _home()
    if home is None:
        raise LookupError("the home page must be loaded before other pages")
    if not path:
        return home
    return Page.objects.get(url_path=f"{home.url_path}{path}/")


def _install_home(home: Page) -> Page:
    """Put the home page at the top of the default site, replacing Wagtail's
    placeholder "Welcome" page when that is all there is."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children().filter(
        content_type__app_label="wagtailcore", content_type__model="page"
    ):
        if placeholder.numchild == 0:
            placeholder.delete()
    root.refresh_from_db()
    root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True,
            site_name="CareGuide",
        )  # fmt: skip
    else:
        site.root_page = home
        site.site_name = "CareGuide"
        site.save()
    return home


# --- field mapping -------------------------------------------------------------------------


def _fill(obj: Any, entry: Entry) -> None:
    data = entry.data
    simple = {
        k: v
        for k, v in data.items()
        if k not in {"path", "help", "review", "body", "centers", "side_effects", "hours",
                     "self_care"}
    }  # fmt: skip
    for name, value in simple.items():
        if name in {"latitude", "longitude"}:
            value = Decimal(str(value))
        setattr(obj, name, value)
    if "review" in data:
        for name, value in data["review"].items():
            setattr(obj, name, value)
    if "help" in data:
        for level, key in HELP_KEYS.items():
            setattr(obj, HELP_FIELDS[level], "\n".join(data["help"][key]))
    if "body" in data:
        obj.body = [_stream_block(block) for block in data["body"]]
    if "hours" in data:
        obj.hours = "\n".join(data["hours"])
    if "self_care" in data:
        obj.self_care = "\n".join(data["self_care"])
    if "centers" in data:
        obj.center_links = [
            DepartmentCenter(center=_find_page_by_path(path).specific, sort_order=i)
            for i, path in enumerate(data["centers"])
        ]
    if "side_effects" in data:
        obj.side_effect_links = [
            TreatmentSideEffect(side_effect=SideEffect.objects.get(slug=slug), sort_order=i)
            for i, slug in enumerate(data["side_effects"])
        ]


def _stream_block(block: dict[str, Any]) -> dict[str, Any]:
    kind = block["type"]
    if kind == "heading":
        return {"type": "heading", "value": block["text"]}
    if kind == "paragraph":
        return {"type": "paragraph", "value": f"<p>{escape(block['text'])}</p>"}
    if kind == "bullets":
        return {"type": "bullets", "value": {"intro": block["intro"], "items": block["items"]}}
    return {"type": "named_items", "value": {"heading": block["heading"], "items": block["items"]}}
