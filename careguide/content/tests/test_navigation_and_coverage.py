"""A patient reaches the guide in two clicks, and the guide covers every source fact."""

import pytest

from careguide.content.models import ConditionGuidePage

from .pages import links_in

pytestmark = pytest.mark.django_db


def click(client, url: str, link_text: str) -> tuple[str, str]:
    html = client.get(url).content.decode()
    targets = [href for href, text in links_in(html) if text == link_text]
    assert targets, f"no link '{link_text}' on {url}"
    response = client.get(targets[0])
    assert response.status_code == 200
    return targets[0], response.content.decode()


def test_home_to_cancer_care_to_bone_cancer_guide_in_two_clicks(client):
    url, html = click(client, "/", "Cancer Care")
    assert "Fremont Medical Center" in html and "San Leandro Medical Center" in html
    url, html = click(client, url, "Bone cancer")
    assert url == "/cancer-care/bone-cancer/"
    assert "In this guide: Bone cancer" in html


@pytest.mark.parametrize("center", ["Fremont Medical Center", "San Leandro Medical Center"])
def test_each_center_page_leads_to_cancer_care_there(client, center):
    url, html = click(client, "/", center)
    _, html = click(client, url, "Cancer Care")
    assert "Bone cancer" in html


def test_the_guide_contents_list_has_its_sections_in_order(client):
    html = client.get("/cancer-care/bone-cancer/treatments/").content.decode()
    contents = html.split('class="guide-contents"', 1)[1].split("</nav>", 1)[0]
    titles = [text for _, text in links_in(contents)]
    assert titles == [
        "Bone cancer",
        "Types of bone cancer",
        "When cancer spreads to the bone",
        "How we treat bone cancer",
        "Side effects of treatment",
        "Clinical trials",
    ]
    assert 'aria-current="page"><strong>How we treat bone cancer' in contents


def test_a_treatment_page_marks_its_section_in_the_guide_contents(client):
    html = client.get("/cancer-care/bone-cancer/treatments/surgery/").content.decode()
    contents = html.split('class="guide-contents"', 1)[1].split("</nav>", 1)[0]
    assert 'aria-current="true"><strong>How we treat bone cancer' in contents
    assert contents.count("aria-current") == 1


def guide_text(client) -> str:
    guide = ConditionGuidePage.objects.live().get(slug="bone-cancer")
    urls = [p.url for p in guide.get_descendants(inclusive=True).live()]
    side_effects = {href for url in urls for href, _ in links_in(client.get(url).content.decode())
                    if href.startswith("/side-effects/")}  # fmt: skip
    pages = [client.get(url).content.decode() for url in urls + sorted(side_effects)]
    return " ".join(" ".join(page.split()) for page in pages).lower()


SOURCE_FACTS = {
    "primary and secondary bone cancer": ["primary bone cancer", "secondary bone cancer"],
    "types of primary bone cancer": ["osteosarcoma", "chondrosarcoma", "ewing sarcoma",
                                     "chordoma"],
    "cancers that spread to bone": ["breast", "lung", "prostate"],
    "where it spreads": ["spine", "hip", "shoulder", "thighbone"],
    "spread is more common": ["more common than cancer that starts in a bone"],
    "treatments": ["surgery", "radiation therapy", "chemotherapy", "a mix of these"],
    "margins": ["margin", "come back"],
    "surgery types": ["wide excision", "limb-sparing surgery", "amputation", "cryosurgery"],
    "cryosurgery details": ["liquid nitrogen", "bone cement", "bone graft", "donor"],
    "physical therapy": ["physical therapy", "prosthesis"],
    "surgery side effects": ["infection after surgery", "loose or broken bone graft or implant",
                             "pain where you had surgery", "phantom limb feelings",
                             "trouble moving around"],
    "radiation uses": ["cannot take out with surgery", "left after surgery", "ease pain"],
    "external beam schedule": ["external beam", "5 days a week"],
    "radiation methods": ["conventional fractionated", "imrt or 3d-crt", "proton beam",
                          "stereotactic radiosurgery", "one visit"],
    "radiation side effects": ["skin changes", "fatigue", "swelling", "low blood counts",
                               "most go away soon after treatment ends"],
    "chemotherapy": ["through a vein", "high-grade", "more than one drug"],
    "chemotherapy timing": ["before surgery", "after surgery", "both before and after surgery"],
    "chemotherapy side effects": ["nausea and vomiting", "diarrhea", "hair loss",
                                  "kidney damage", "higher chance of infection", "infertility",
                                  "nerve damage"],
    "immunotherapy side effects": ["fever", "rash", "changes in your blood tests",
                                   "thyroid problems"],
    "clinical trials": ["clinical trials are research studies", "talk with you about trials"],
    "tell us about symptoms": ["tell us right away"],
}  # fmt: skip


@pytest.mark.parametrize("fact", sorted(SOURCE_FACTS))
def test_the_bone_cancer_guide_covers_every_fact_of_the_source_page(client, fact):
    text = guide_text(client)
    missing = [phrase for phrase in SOURCE_FACTS[fact] if phrase not in text]
    assert missing == []


def test_bladder_intravesical_therapy_is_not_presented_as_bone_cancer_care(client):
    text = guide_text(client)
    assert "intravesical" not in text
    assert "bladder" not in text
