"""Every published default page, rendered for real: emergency notice, help cards,
review dates, one h1, and plain language (SMOG <= 8 by our readability module)."""

import re

import pytest
from wagtail.models import Page

from careguide.content.models import (
    ConditionGuidePage,
    GuideSectionPage,
    ProgramPage,
    SideEffect,
    TreatmentPage,
)
from careguide.content.readability import blocks_from_html, score
from careguide.content.selectors import published_urls

pytestmark = pytest.mark.django_db

EMERGENCY_NOTICE = "Call 911 or go to the nearest emergency room now."
MAX_SMOG = 8.0


def clinical_page_urls() -> list[str]:
    models = (ConditionGuidePage, GuideSectionPage, TreatmentPage, ProgramPage)
    return sorted(p.url for m in models for p in m.objects.live())


def test_the_default_content_publishes_every_page_type_and_side_effect():
    assert len(published_urls()) >= 30
    assert SideEffect.objects.filter(live=True).count() == 20
    assert TreatmentPage.objects.live().count() == 4
    assert GuideSectionPage.objects.live().count() == 5


def test_every_published_page_renders_with_one_h1_and_the_emergency_notice(client):
    for url in published_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert html.count("<h1") == 1, url
        # Same place on every page: the first thing inside the site header.
        header = html.split('<header class="site-header">', 1)[1]
        assert header.lstrip().startswith('<p class="emergency-notice"'), url
        assert EMERGENCY_NOTICE in html, url
        assert 'id="what-is-an-emergency"' in html, url


def test_every_condition_and_treatment_page_shows_the_three_help_levels(client):
    for url in clinical_page_urls():
        html = client.get(url).content.decode()
        for heading in ("Call 911 now", "Call your care team now", "Tell us at your next visit"):
            assert f"<h3>{heading}</h3>" in html, (url, heading)
        cards = re.findall(r'<li class="help-card [^"]+">.*?</ul>', html, re.S)
        assert len(cards) == 3 and all("<li>" in card for card in cards), url


def test_every_clinical_page_and_side_effect_shows_review_dates_and_approver_role(client):
    urls = clinical_page_urls() + [s.get_absolute_url() for s in SideEffect.objects.all()]
    for url in urls:
        html = client.get(url).content.decode()
        assert "<dt>Page last reviewed</dt>" in html, url
        assert "<dt>Next review due</dt>" in html, url
        assert "<dt>Approved by</dt>" in html, url
        assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">', html), url


def test_every_published_page_reads_at_smog_grade_8_or_lower(client):
    too_hard = {}
    for page_url in published_urls():
        html = client.get(page_url).content.decode()
        grade = score(blocks_from_html(html, "main")).smog
        if grade > MAX_SMOG:
            too_hard[page_url] = grade
    assert too_hard == {}


def test_the_emergency_notice_and_footer_read_at_smog_grade_8_or_lower(client):
    html = client.get("/").content.decode()
    assert score(blocks_from_html(html, "header")).smog <= MAX_SMOG
    assert score(blocks_from_html(html, "footer")).smog <= MAX_SMOG


def test_an_unknown_url_gives_a_friendly_404_with_the_emergency_notice(client):
    response = client.get("/cancer-care/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We cannot find that page" in html
    assert EMERGENCY_NOTICE in html


def test_a_server_error_gives_a_friendly_500_with_the_emergency_notice(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(Page, "serve", broken)
    client.raise_request_exception = False
    response = client.get("/cancer-care/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert EMERGENCY_NOTICE in html


def test_medical_center_pages_mark_made_up_phone_numbers_and_hours_as_demo(client):
    html = client.get("/fremont/").content.decode()
    assert "39400 Paseo Padre Parkway" in html
    assert "demo number: not a real phone line" in html
    assert "Demo hours: not the real hours of this center." in html
    assert "https://www.openstreetmap.org/search?query=" in html
    assert "<iframe" not in html


def test_the_planner_says_plainly_it_is_not_ready_and_the_program_opens_its_check(client):
    tool = client.get("/cancer-care/prepare-for-your-procedure/").content.decode()
    assert "Coming soon." in tool and "This tool is not ready yet." in tool
    assert "<form" not in tool.split("<main", 1)[1]
    program = client.get("/cancer-care/back-pain-program/").content.decode()
    assert 'href="/programs/back-pain/check/">Start the safety check</a>' in program


def test_pages_make_no_request_to_another_site(client):
    for url in published_urls():
        html = client.get(url).content.decode()
        for attribute in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
            # Only plain links the visitor chooses to follow may leave the site.
            assert attribute.startswith("https://www.openstreetmap.org/search"), (url, attribute)
        assert "<link" not in html.replace('<link rel="stylesheet" href="/static/', ""), url


def test_the_readability_report_lists_every_published_page_with_its_grade():
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("readability_report", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["SMOG", "FK", "words", "page"]
    reported = {line.split()[-1] for line in lines[1:] if line.split()[-1].startswith("/")}
    assert reported == set(published_urls())
