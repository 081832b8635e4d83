"""Read-only queries over published content."""

import datetime as dt
import re
from dataclasses import dataclass, field

from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from .models import SideEffect, TreatmentPage

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 20
# Characters that carry meaning in full-text query syntaxes (FTS5, tsquery). We search
# for words, so we keep letters, digits, spaces, hyphens and apostrophes and drop the rest.
_NOT_A_WORD_CHARACTER = re.compile(r"[^\w\s'-]+")


@dataclass
class SearchResults:
    query: str
    pages: list[Page] = field(default_factory=list)
    side_effects: list[SideEffect] = field(default_factory=list)


def search_query_clean(raw: str) -> str:
    """The words of a visitor's query, safe to pass to any search backend."""
    words = _NOT_A_WORD_CHARACTER.sub(" ", raw[:MAX_QUERY_LENGTH]).replace("_", " ")
    return " ".join(w.strip("'-") for w in words.split() if w.strip("'-"))


def content_search(*, query: str, site: Site | None) -> SearchResults:
    """Published pages of this site and published side effects matching every word."""
    words = search_query_clean(query)
    results = SearchResults(query=words)
    if not words:
        return results
    pages = Page.objects.live().public()
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    results.pages = list(pages.search(words, operator="and")[:MAX_RESULTS])
    results.side_effects = list(
        get_search_backend().search(words, SideEffect.objects.filter(live=True), operator="and")[
            :MAX_RESULTS
        ]
    )
    return results


def published_urls() -> list[str]:
    """Every published page and side effect URL of the site, and the side-effect list."""
    pages = [p.url for p in Page.objects.live().public().filter(depth__gte=2)]
    side_effects = [s.get_absolute_url() for s in SideEffect.objects.filter(live=True)]
    return sorted(pages) + sorted(side_effects) + ["/side-effects/"]


def side_effect_get_published(*, slug: str) -> SideEffect | None:
    return SideEffect.objects.filter(slug=slug, live=True).first()


def side_effect_list_published() -> list[SideEffect]:
    return list(SideEffect.objects.filter(live=True).order_by("name"))


def treatments_causing(*, side_effect: SideEffect) -> list[TreatmentPage]:
    return list(
        TreatmentPage.objects.live().public().filter(side_effect_links__side_effect=side_effect)
    )


@dataclass(frozen=True)
class ReviewDue:
    title: str
    kind: str
    next_review_due: dt.date
    edit_url: str
    live: bool


def review_due_list(*, on_or_before: dt.date) -> list[ReviewDue]:
    """Every page and side effect whose next clinical review is due on or before a date,
    the most overdue first. Drafts count too: they will need a review before publishing."""
    from django.apps import apps
    from django.urls import reverse

    from .models import ReviewedContent

    due: list[ReviewDue] = []
    for model in apps.get_models():
        if not issubclass(model, ReviewedContent):
            continue
        for item in model.objects.filter(next_review_due__lte=on_or_before):
            if isinstance(item, Page):
                edit_url = reverse("wagtailadmin_pages:edit", args=[item.pk])
            else:
                edit_url = reverse("wagtailsnippets_content_sideeffect:edit", args=[item.pk])
            due.append(
                ReviewDue(
                    title=str(item.title if isinstance(item, Page) else item),
                    kind=str(model._meta.verbose_name).capitalize(),
                    next_review_due=item.next_review_due,
                    edit_url=edit_url,
                    live=bool(item.live),
                )
            )
    return sorted(due, key=lambda d: (d.next_review_due, d.title))
