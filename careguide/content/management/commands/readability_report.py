from django.core.management.base import BaseCommand, CommandError
from django.test import Client

from careguide.content.readability import blocks_from_html, score
from careguide.content.selectors import published_urls

MAX_SMOG = 8.0


class Command(BaseCommand):
    help = (
        "Render every published page and side effect and print its SMOG and Flesch-Kincaid "
        f"grades (main content only). Exits non-zero if any page is above SMOG {MAX_SMOG:g}."
    )

    def handle(self, *args: object, **options: object) -> None:
        client = Client(HTTP_HOST="localhost")
        urls = published_urls()
        self.stdout.write(f"{'SMOG':>5} {'FK':>5} {'words':>6}  page")
        too_hard = []
        for url in urls:
            response = client.get(url)
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
            result = score(blocks_from_html(response.content.decode(), "main"))
            self.stdout.write(
                f"{result.smog:5.1f} {result.flesch_kincaid:5.1f} {result.counts.words:6d}  {url}"
            )
            if result.smog > MAX_SMOG:
                too_hard.append(url)
        home = client.get("/").content.decode()
        for part, holds in (
            ("header", "emergency notice, menu, search"),
            ("footer", "what counts as an emergency, about this site"),
        ):
            result = score(blocks_from_html(home, part))
            self.stdout.write(
                f"{result.smog:5.1f} {result.flesch_kincaid:5.1f} {result.counts.words:6d}  "
                f"(every page's {part}: {holds})"
            )
        if too_hard:
            raise CommandError(f"Above SMOG {MAX_SMOG:g}: {', '.join(too_hard)}")
