from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careguide.content.loader.schema import ContentFileError, read_directory
from careguide.content.loader.writer import default_content_write

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[2] / "default_content"


class Command(BaseCommand):
    help = (
        "Load the default content (side effects and pages) from the repo's content files. "
        "Safe to run again: it never overwrites an editor's newer revision."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--directory", type=Path, default=DEFAULT_DIRECTORY)

    def handle(self, *args: object, **options: object) -> None:
        directory = options["directory"]
        assert isinstance(directory, Path)  # noqa: S101 - argparse gives a Path
        try:
            entries = read_directory(directory)
        except ContentFileError as error:
            raise CommandError(f"Nothing was loaded. {error}") from error
        report = default_content_write(entries)
        self.stdout.write(
            f"Default content: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, "
            f"{len(report.kept_editor_version)} kept as editors left them."
        )
        for key in report.kept_editor_version:
            self.stdout.write(f"  kept editor's version: {key}")
