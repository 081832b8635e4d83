"""A patient's first visit, in a real browser."""

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.e2e


def test_a_patient_reaches_the_bone_cancer_guide_from_home_in_two_clicks(site_url, page):
    page.goto(site_url + "/")
    page.get_by_role("main").get_by_role("link", name="Cancer Care").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Cancer Care"
    page.get_by_role("main").get_by_role("link", name="Bone cancer").click()
    assert urlparse(page.url).path == "/cancer-care/bone-cancer/"
    assert page.get_by_role("heading", level=1).inner_text() == "Bone cancer"
    contents = page.get_by_role("navigation", name="In this guide: Bone cancer")
    assert contents.get_by_role("link").count() == 6


def test_the_emergency_notice_is_the_first_thing_on_every_page_type(site_url, page):
    for path in ["/", "/fremont/", "/cancer-care/", "/cancer-care/bone-cancer/types/",
                 "/cancer-care/bone-cancer/treatments/surgery/", "/side-effects/fever/",
                 "/search/?q=proton", "/no-such-page/"]:  # fmt: skip
        page.goto(site_url + path)
        notice = page.locator(".emergency-notice")
        assert notice.is_visible(), path
        assert "Call 911 or go to the nearest emergency room now." in notice.inner_text()
        box = notice.bounding_box()
        assert box is not None and box["y"] < 5, path


def test_the_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(site_url, page):
    page.goto(site_url + "/cancer-care/bone-cancer/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to main content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_pages_fit_a_320px_wide_screen_without_sideways_scrolling(site_url, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ["/", "/cancer-care/bone-cancer/treatments/radiation-therapy/", "/fremont/"]:
        page.goto(site_url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, path
    context.close()


def test_a_page_loads_nothing_from_another_site(site_url, page):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "/cancer-care/bone-cancer/treatments/chemotherapy/")
    page.wait_for_load_state("networkidle")
    assert requested, "no requests recorded"
    assert all(url.startswith(site_url) for url in requested), requested


def test_search_from_the_header_finds_the_radiation_page(site_url, page):
    page.goto(site_url + "/")
    page.get_by_label("Search this site").fill('"proton')
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Radiation therapy for bone cancer").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Radiation therapy for bone cancer"
