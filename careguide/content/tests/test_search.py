"""Site search on the real database backend (SQLite locally, PostgreSQL in CI)."""

import pytest

from careguide.content.selectors import search_query_clean

pytestmark = pytest.mark.django_db


def result_titles(client, query: str) -> list[str]:
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    results = response.context["results"]
    return [p.title for p in results.pages] + [s.name for s in results.side_effects]


def test_osteosarcoma_finds_the_types_page(client):
    assert "Types of bone cancer" in result_titles(client, "osteosarcoma")


def test_proton_finds_the_radiation_page(client):
    assert result_titles(client, "proton") == ["Radiation therapy for bone cancer"]


def test_an_unclosed_quote_still_searches_the_word(client):
    titles = result_titles(client, '"bone')
    assert "Bone cancer" in titles


def test_side_effects_are_found_by_name(client):
    assert "Fever" in result_titles(client, "fever")


@pytest.mark.parametrize(
    "query",
    ['"', "'", "()", "*", "AND OR NOT", 'NEAR(a b)', "^~&|!:", "bone\x00", "a" * 5000,
     "<script>alert(1)</script>", "osteo-", "—", "🙂", "SELECT * FROM", "%", "\\"],
)  # fmt: skip
def test_odd_queries_return_results_or_an_empty_list_never_an_error(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_a_query_with_no_match_says_so_plainly(client):
    response = client.get("/search/", {"q": "zzzzqqq"})
    assert "We found nothing for" in response.content.decode()


def test_unpublished_content_is_never_found(client):
    from careguide.content.models import TreatmentPage

    page = TreatmentPage.objects.get(slug="radiation-therapy")
    page.unpublish()
    assert result_titles(client, "proton") == []


def test_query_cleaning_keeps_words_and_drops_query_syntax():
    assert search_query_clean('"bone') == "bone"
    assert search_query_clean("limb-sparing (surgery)*") == "limb-sparing surgery"
    assert search_query_clean("^~&|!:") == ""
