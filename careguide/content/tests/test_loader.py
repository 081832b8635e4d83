"""The default-content loader: idempotent, never overwrites an editor's newer revision,
and refuses a malformed file by name and field while changing nothing."""

import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from careguide.content.loader.schema import APPROVER_ROLES, ContentFileError, read_directory
from careguide.content.management.commands.load_default_content import DEFAULT_DIRECTORY
from careguide.content.models import ApproverRole, GuideSectionPage, SideEffect

pytestmark = pytest.mark.django_db


@pytest.fixture
def content_dir(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_DIRECTORY, target)
    return target


def edit_file(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


def load(directory: Path | None = None) -> str:
    from io import StringIO

    out = StringIO()
    args = ["--directory", str(directory)] if directory else []
    call_command("load_default_content", *args, stdout=out)
    return out.getvalue()


def snapshot() -> tuple[int, int, list[str]]:
    return (
        Page.objects.count(),
        Revision.objects.count(),
        sorted(Page.objects.values_list("title", flat=True)),
    )


def test_running_the_loader_again_changes_nothing():
    before = snapshot()
    assert "0 created, 0 updated, 36 unchanged, 0 kept" in load()
    assert snapshot() == before


def test_a_changed_file_updates_a_page_nobody_has_edited(content_dir):
    edit_file(
        content_dir / "pages" / "21-types.toml",
        'summary = "There are four main types',
        'summary = "Updated: there are four main types',
    )
    assert "1 updated" in load(content_dir)
    page = GuideSectionPage.objects.get(slug="types")
    assert page.summary.startswith("Updated: there are four main types")
    assert page.live_revision_id == page.latest_revision_id


def test_the_loader_never_overwrites_an_editors_newer_revision(content_dir, editor):
    page = GuideSectionPage.objects.get(slug="types")
    page.summary = "The editor's own words."
    editors_revision = page.save_revision(user=editor)
    edit_file(
        content_dir / "pages" / "21-types.toml",
        'summary = "There are four main types',
        'summary = "Loader words: there are four main types',
    )
    output = load(content_dir)
    assert "kept editor's version: page:cancer-care/bone-cancer/types" in output
    page.refresh_from_db()
    assert page.latest_revision_id == editors_revision.pk
    assert page.get_latest_revision_as_object().summary == "The editor's own words."
    assert not page.summary.startswith("Loader words")


def test_the_loader_never_overwrites_an_editors_side_effect(content_dir, editor):
    side_effect = SideEffect.objects.get(slug="rash")
    side_effect.description = "Editor text."
    side_effect.save_revision(user=editor)
    edit_file(content_dir / "side_effects.toml", "Immunotherapy can cause a rash.", "Changed.")
    assert "kept editor's version: side_effect:rash" in load(content_dir)
    assert SideEffect.objects.get(slug="rash").get_latest_revision_as_object().description == (
        "Editor text."
    )


BROKEN_FILES = [
    ("pages/21-types.toml", 'kind = "types"', 'kind = "kinds"', "21-types.toml", "kind"),
    ("pages/30-surgery.toml", '"trouble-moving",', '"no-such-effect",', "30-surgery.toml",
     "side_effects"),
    ("pages/20-bone-cancer.toml", "next_review_due = 2027-02-26", "next_review_due = 2020-01-01",
     "20-bone-cancer.toml", "review.next_review_due"),
    ("pages/20-bone-cancer.toml", "summary = ", "summery = ", "20-bone-cancer.toml", "summery"),
    ("pages/31-radiation-therapy.toml", "[when_to_get_help]\ncall_911 = [",
     "[when_to_get_help]\ncall_911_now = [", "31-radiation-therapy.toml",
     "when_to_get_help.call_911_now"),
    ("pages/01-fremont.toml", 'state = "CA"', 'state = "California"', "01-fremont.toml", "state"),
    ("pages/01-fremont.toml", "latitude = 37.54827", 'latitude = "north"', "01-fremont.toml",
     "latitude"),
    ("side_effects.toml", 'usual_level = "next-visit"', 'usual_level = "whenever"',
     "side_effects.toml", "side_effect[2].usual_level"),
    ("side_effects.toml", 'slug = "fatigue"', 'slug = "Fatigue!"', "side_effects.toml",
     "side_effect[6].slug"),
    ("pages/10-cancer-care.toml", 'centers = ["fremont", "san-leandro"]',
     'centers = ["oakland"]', "10-cancer-care.toml", "centers"),
    ("pages/33-immunotherapy.toml", 'title = "Immunotherapy"', 'title = "Immunotherapy', 
     "33-immunotherapy.toml", "-"),
]  # fmt: skip


@pytest.mark.parametrize(("file", "old", "new", "named_file", "field"), BROKEN_FILES)
def test_a_malformed_file_is_refused_by_file_and_field_and_nothing_changes(
    content_dir, file, old, new, named_file, field
):
    # A valid change elsewhere must not be half-applied either.
    edit_file(content_dir / "pages" / "00-home.toml", "Clear, trusted", "Changed, trusted")
    edit_file(content_dir / file, old, new)
    before = snapshot()
    with pytest.raises(CommandError) as error:
        load(content_dir)
    message = str(error.value)
    assert message.startswith("Nothing was loaded.")
    assert named_file in message and f"field '{field}'" in message
    assert snapshot() == before
    assert not Page.objects.filter(homepage__intro__startswith="Changed").exists()


def test_a_missing_content_directory_is_refused(tmp_path):
    with pytest.raises(ContentFileError, match="content directory not found"):
        read_directory(tmp_path / "nowhere")


def test_the_loaders_approver_roles_match_the_models_choices():
    assert set(APPROVER_ROLES) == set(ApproverRole.values)
