"""The questions and every outcome page read at SMOG grade 8 or lower."""

import pytest

from careguide.content.readability import blocks_from_html, score, score_text
from conftest import sign_in

from .helpers import CANCER, FORM_URL, RULESET, form_data

pytestmark = pytest.mark.django_db


def test_the_questions_read_at_smog_8_or_lower():
    assert score_text("\n".join(q.text for q in RULESET.questions)).smog <= 8


def test_the_form_page_reads_at_smog_8_or_lower(client):
    assert score(blocks_from_html(client.get(FORM_URL).content.decode())).smog <= 8


@pytest.mark.parametrize(
    ("answers", "heading"),
    [
        ({"saddle_numbness": "yes"}, "Call 911 now"),
        ({"fever": "yes", "very_sick_with_fever": "no"}, "Talk to a doctor or nurse today"),
        (CANCER, "See your doctor before you start"),
        ({}, "You can start the program"),
    ],
)
def test_each_outcome_page_reads_at_smog_8_or_lower(client, patient, answers, heading):
    for signed_in in (False, True):
        if signed_in:
            sign_in(client, patient)
        html = client.post(FORM_URL, form_data(**answers), follow=True).content.decode()
        assert heading in html
        assert score(blocks_from_html(html)).smog <= 8, (heading, signed_in)
