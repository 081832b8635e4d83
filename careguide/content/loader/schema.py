"""Read and check default-content files before anything touches the database.

Every problem is reported as a ContentFileError naming the file and the field, and the
loader writes nothing when any file has a problem.

File layout (see careguide/content/default_content/README.md):
- side_effects.toml: [[side_effect]] entries, with a [review] table of defaults.
- pages/*.toml: one page each; `path` is the slug path under the home page ("" = home).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clinical.vocabulary import HelpLevel

FORMAT_VERSION = 1
HELP_LEVELS = tuple(level.value for level in HelpLevel)
# The key of each help level's list in a content file's [when_to_get_help] table.
HELP_KEYS: dict[HelpLevel, str] = {
    HelpLevel.CALL_911: "call_911",
    HelpLevel.CALL_CARE_TEAM_NOW: "call_care_team",
    HelpLevel.NEXT_VISIT: "next_visit",
}
APPROVER_ROLES = (
    "pending-sign-off",
    "oncologist",
    "oncology-nurse",
    "physical-therapist",
    "pharmacist",
)
SECTION_KINDS = ("types", "spread", "treatments", "side-effects", "clinical-trials", "other")
BLOCK_TYPES = ("heading", "paragraph", "bullets", "named_items")


class ContentFileError(Exception):
    def __init__(self, file: Path | str, field: str, message: str) -> None:
        self.file = str(file)
        self.field = field
        super().__init__(f"{self.file}: field '{field}': {message}")


@dataclass(frozen=True)
class Entry:
    """One checked item to load: a page or a side effect."""

    kind: str  # "page" or "side_effect"
    key: str  # stable identity, e.g. "page:cancer-care/bone-cancer" or "side_effect:fatigue"
    type: str  # page type, or "side_effect"
    file: str
    data: dict[str, Any]

    @property
    def sha256(self) -> str:
        canonical = json.dumps(
            {"format": FORMAT_VERSION, "type": self.type, "data": self.data},
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(canonical.encode()).hexdigest()

    @property
    def path(self) -> str:
        return str(self.data.get("path", ""))

    @property
    def parent_path(self) -> str | None:
        if self.type == "home":
            return None
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""


class _Fields:
    """Typed access to one table of a file, raising ContentFileError on any problem."""

    def __init__(self, file: Path, table: dict[str, Any], prefix: str = "") -> None:
        self.file, self.table, self.prefix = file, table, prefix

    def _error(self, name: str, message: str) -> ContentFileError:
        return ContentFileError(self.file, f"{self.prefix}{name}", message)

    def text(self, name: str, *, required: bool = True, max_length: int | None = None) -> str:
        value = self.table.get(name)
        if value is None:
            if required:
                raise self._error(name, "is missing")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self._error(name, "must be non-empty text")
        if max_length and len(value) > max_length:
            raise self._error(name, f"is longer than {max_length} characters")
        return value.strip()

    def choice(self, name: str, choices: tuple[str, ...]) -> str:
        value = self.text(name)
        if value not in choices:
            raise self._error(name, f"must be one of {', '.join(choices)}; got {value!r}")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.table.get(name, default)
        if not isinstance(value, bool):
            raise self._error(name, "must be true or false")
        return value

    def number(self, name: str) -> float:
        value = self.table.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._error(name, "must be a number")
        return float(value)

    def date(self, name: str) -> dt.date:
        value = self.table.get(name)
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise self._error(name, "must be a date like 2026-11-20")
        return value

    def lines(self, name: str, *, required: bool = True) -> list[str]:
        value = self.table.get(name, None if required else [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self._error(name, "must be a list of non-empty text lines")
        if required and not value:
            raise self._error(name, "must have at least one line")
        return [v.strip() for v in value]

    def tables(self, name: str, *, required: bool = True) -> list[_Fields]:
        """A list of [[tables]], each checked as its own entry: `name[0].field`, ..."""
        value = self.table.get(name, None if required else [])
        if not isinstance(value, list) or (required and not value):
            raise self._error(name, "must be a list of tables")
        checked = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self._error(f"{name}[{index}]", "must be a table")
            checked.append(_Fields(self.file, item, f"{self.prefix}{name}[{index}]."))
        return checked

    def table_of(self, name: str) -> _Fields:
        value = self.table.get(name)
        if not isinstance(value, dict):
            raise self._error(name, "is missing or is not a table")
        return _Fields(self.file, value, f"{self.prefix}{name}.")

    def unknown(self, allowed: set[str]) -> None:
        extra = sorted(set(self.table) - allowed)
        if extra:
            raise self._error(extra[0], "is not a field this kind of entry has")


def _review(fields: _Fields, defaults: dict[str, Any] | None = None) -> dict[str, Any]:
    table = {**(defaults or {}), **(fields.table.get("review") or {})}
    review = _Fields(fields.file, table, f"{fields.prefix}review.")
    review.unknown({"last_reviewed", "next_review_due", "approved_by_role"})
    last, due = review.date("last_reviewed"), review.date("next_review_due")
    if due <= last:
        raise review._error("next_review_due", "must come after last_reviewed")
    return {
        "last_reviewed": last,
        "next_review_due": due,
        "approved_by_role": review.choice("approved_by_role", APPROVER_ROLES),
    }


def _help(fields: _Fields, *, all_required: bool) -> dict[str, list[str]]:
    help_table = fields.table_of("when_to_get_help")
    help_table.unknown(set(HELP_KEYS.values()))
    return {key: help_table.lines(key, required=all_required) for key in HELP_KEYS.values()}


def _body(fields: _Fields) -> list[dict[str, Any]]:
    blocks = []
    for block in fields.tables("body", required=False):
        kind = block.choice("type", BLOCK_TYPES)
        if kind in ("heading", "paragraph"):
            block.unknown({"type", "text"})
            blocks.append({"type": kind, "text": block.text("text")})
        elif kind == "bullets":
            block.unknown({"type", "intro", "items"})
            intro, items = block.text("intro", required=False), block.lines("items")
            blocks.append({"type": kind, "intro": intro, "items": items})
        else:
            block.unknown({"type", "heading", "items"})
            named = []
            for entry in block.tables("items"):
                entry.unknown({"name", "text"})
                named.append({"name": entry.text("name"), "text": entry.text("text")})
            blocks.append({"type": kind, "heading": block.text("heading"), "items": named})
    return blocks


_COMMON_PAGE_FIELDS = {"type", "path", "title", "show_in_menus", "search_description"}
_PAGE_FIELDS: dict[str, set[str]] = {
    "home": {"intro"},
    "medical_center": {
        "street", "city", "state", "postcode", "latitude", "longitude", "phone",
        "phone_is_demo", "hours", "hours_are_demo",
    },
    "department": {"intro", "centers", "body"},
    "condition_guide": {"summary", "body", "when_to_get_help", "review"},
    "guide_section": {"summary", "body", "when_to_get_help", "review", "kind"},
    "treatment": {"summary", "body", "when_to_get_help", "review", "side_effects"},
    "health_tool": {"intro", "body", "review", "tool"},
    "program": {"intro", "body", "when_to_get_help", "review", "screening_id"},
}  # fmt: skip


def read_page(file: Path) -> Entry:
    fields = _Fields(file, _load_toml(file))
    page_type = fields.choice("type", tuple(_PAGE_FIELDS))
    fields.unknown(_COMMON_PAGE_FIELDS | _PAGE_FIELDS[page_type])
    path = fields.text("path", required=page_type != "home")
    if page_type == "home" and path:
        raise fields._error("path", "the home page's path must be empty")
    if path and not all(part and part.replace("-", "").isalnum() for part in path.split("/")):
        raise fields._error("path", "must be lower-case slugs joined by '/'")
    data: dict[str, Any] = {
        "path": path,
        "title": fields.text("title", max_length=255),
        "show_in_menus": fields.flag("show_in_menus"),
        "search_description": fields.text("search_description", required=False),
    }
    if page_type in ("home", "department", "health_tool", "program"):
        data["intro"] = fields.text("intro")
    if page_type in ("condition_guide", "guide_section", "treatment"):
        data["summary"] = fields.text("summary")
    if page_type in ("department", "condition_guide", "guide_section", "treatment",
                     "health_tool", "program"):  # fmt: skip
        data["body"] = _body(fields)
    if page_type in ("condition_guide", "guide_section", "treatment", "program"):
        data["help"] = _help(fields, all_required=True)
    if page_type in ("condition_guide", "guide_section", "treatment", "health_tool", "program"):
        data["review"] = _review(fields)
    if page_type == "guide_section":
        data["kind"] = fields.choice("kind", SECTION_KINDS)
    if page_type == "treatment":
        data["side_effects"] = fields.lines("side_effects", required=False)
    if page_type == "department":
        data["centers"] = fields.lines("centers")
    if page_type == "health_tool":
        data["tool"] = fields.text("tool", required=False)
    if page_type == "program":
        data["screening_id"] = fields.text("screening_id", required=False)
    if page_type == "medical_center":
        data.update(
            street=fields.text("street"),
            city=fields.text("city"),
            state=fields.text("state", max_length=2),
            postcode=fields.text("postcode", max_length=10),
            latitude=fields.number("latitude"),
            longitude=fields.number("longitude"),
            phone=fields.text("phone", max_length=30),
            phone_is_demo=fields.flag("phone_is_demo"),
            hours=fields.lines("hours"),
            hours_are_demo=fields.flag("hours_are_demo"),
        )
    return Entry("page", f"page:{path}", page_type, str(file), data)


def read_side_effects(file: Path) -> list[Entry]:
    document = _load_toml(file)
    top = _Fields(file, document)
    top.unknown({"review", "side_effect"})
    defaults = document.get("review", {})
    entries = []
    for fields in top.tables("side_effect"):
        fields.unknown(
            {"slug", "name", "description", "self_care", "usual_level", "when_to_get_help",
             "review"}
        )  # fmt: skip
        slug = fields.text("slug", max_length=80)
        if not slug.replace("-", "").isalnum() or slug != slug.lower():
            raise fields._error("slug", "must be lower-case letters, digits and hyphens")
        level = fields.choice("usual_level", HELP_LEVELS)
        help_lines = _help(fields, all_required=False)
        level_key = HELP_KEYS[HelpLevel(level)]
        if not help_lines[level_key]:
            raise fields._error(
                f"when_to_get_help.{level_key}", f"needs wording for its level {level}"
            )
        data = {
            "slug": slug,
            "name": fields.text("name", max_length=120),
            "description": fields.text("description"),
            "self_care": fields.lines("self_care"),
            "usual_level": level,
            "help": help_lines,
            "review": _review(fields, defaults),
        }
        entries.append(Entry("side_effect", f"side_effect:{slug}", "side_effect", str(file), data))
    return entries


def read_directory(directory: Path) -> list[Entry]:
    """Every entry in a content directory, checked one by one and against each other.

    Pages come parents first, after all side effects."""
    if not directory.is_dir():
        raise ContentFileError(directory, "-", "content directory not found")
    side_effect_file = directory / "side_effects.toml"
    entries = read_side_effects(side_effect_file) if side_effect_file.exists() else []
    pages = [read_page(file) for file in sorted((directory / "pages").glob("*.toml"))]
    _check_together(entries, pages)
    # Parents before children; medical centers before the departments that name them;
    # siblings in file-name order, which is their reading order on the site.
    pages.sort(
        key=lambda e: (e.type != "home", e.path.count("/"), e.type != "medical_center", e.file)
    )
    return entries + pages


def _check_together(side_effects: list[Entry], pages: list[Entry]) -> None:
    seen: dict[str, str] = {}
    for entry in side_effects + pages:
        if entry.key in seen:
            raise ContentFileError(entry.file, "path" if entry.kind == "page" else "slug",
                                   f"{entry.key} is also defined in {seen[entry.key]}")  # fmt: skip
        seen[entry.key] = entry.file
    paths = {e.path: e for e in pages}
    if "" not in paths:
        raise ContentFileError("pages/", "type", 'no home page (type = "home") found')
    slugs = {e.data["slug"] for e in side_effects}
    for page in pages:
        if page.parent_path is not None and page.parent_path not in paths:
            raise ContentFileError(page.file, "path", f"parent '{page.parent_path}' not found")
        for slug in page.data.get("side_effects", []):
            if slug not in slugs:
                raise ContentFileError(page.file, "side_effects", f"unknown side effect {slug!r}")
        for center in page.data.get("centers", []):
            if paths.get(center) is None or paths[center].type != "medical_center":
                raise ContentFileError(page.file, "centers", f"unknown medical center {center!r}")


def _load_toml(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ContentFileError(file, "-", f"is not valid TOML ({error})") from error
    except OSError as error:
        raise ContentFileError(file, "-", f"cannot be read ({error.strerror})") from error
