"""The readability module: syllables word by word, formulas on known counts, and a
calibration against the source page's legal notice (which must score as hard text)."""

import pytest

from careguide.content.readability import (
    blocks_from_html,
    count,
    count_syllables,
    score,
    score_text,
)

SYLLABLES = {
    "bone": 1, "the": 1, "make": 1, "makes": 1, "moved": 1, "cancer": 2, "tumor": 2,
    "treated": 2, "removed": 2, "causes": 2, "changes": 2, "table": 2, "people": 2,
    "doctor": 2, "fatigue": 2, "every": 2, "surgery": 3, "medical": 3, "another": 3,
    "hospital": 3, "recurrence": 3, "prosthesis": 3, "radiation": 4, "emergency": 4,
    "amputation": 4, "chemotherapy": 5, "chondrosarcoma": 5, "osteosarcoma": 6,
    "immunotherapy": 6, "usual": 3, "radio": 3, "diarrhea": 4, "anesthesia": 5,
}  # fmt: skip


@pytest.mark.parametrize(("word", "expected"), sorted(SYLLABLES.items()))
def test_syllables_of_common_and_medical_words(word, expected):
    assert count_syllables(word) == expected


def test_a_string_without_letters_has_no_syllables():
    assert count_syllables("911") == 0


def test_smog_and_flesch_kincaid_follow_the_published_formulas():
    # 2 sentences, 9 words; "radiation" (4) and "hospital" (3) are the polysyllables.
    c = count(["We give radiation at the hospital.", "It is fast."])
    assert (c.sentences, c.words, c.polysyllables) == (2, 9, 2)
    s = score(["We give radiation at the hospital.", "It is fast."])
    assert s.smog == round(1.0430 * (2 * 30 / 2) ** 0.5 + 3.1291, 1)
    assert s.flesch_kincaid == round(0.39 * 4.5 + 11.8 * c.syllables / 9 - 15.59, 1)


def test_each_list_item_or_heading_is_one_sentence():
    blocks = blocks_from_html(
        "<main><h2>Types</h2><ul><li>Osteosarcoma</li><li>Chordoma</li></ul><p>One. Two.</p></main>"
    )
    assert blocks == ["Types", "Osteosarcoma", "Chordoma", "One. Two."]
    assert count(blocks).sentences == 5


def test_only_the_chosen_element_is_measured_and_scripts_are_skipped():
    html = (
        "<header>Emergency notice</header><main><p>Inside.</p><script>var x;</script>"
        "<svg><text>Drawing</text></svg></main><footer>Outside</footer>"
    )
    assert blocks_from_html(html) == ["Inside."]
    assert blocks_from_html(html, "footer") == ["Outside"]


def test_empty_text_is_an_error_not_a_score():
    with pytest.raises(ValueError):
        score_text("   ")


LEGAL_NOTICE = (
    "If you have an emergency medical condition, call 911 or go to the nearest hospital. "
    "An emergency medical condition is any of the following: (1) a medical condition that "
    "manifests itself by acute symptoms of sufficient severity (including severe pain) such "
    "that you could reasonably expect the absence of immediate medical attention to result "
    "in serious jeopardy to your health or body functions or organs; (2) active labor when "
    "there isn't enough time for safe transfer to a Plan hospital (or designated hospital) "
    "before delivery, or if transfer poses a threat to your (or your unborn child's) health "
    "and safety, or (3) a mental disorder that manifests itself by acute symptoms of "
    "sufficient severity such that either you are an immediate danger to yourself or "
    "others, or you are not immediately able to provide for, or use, food, shelter, or "
    "clothing, due to the mental disorder."
)


def test_the_source_pages_legal_emergency_notice_scores_as_very_hard_text():
    # The brief measured this notice at SMOG 17.5; a module that scored it low would be
    # too lenient to trust on our own pages.
    assert score_text(LEGAL_NOTICE).smog > 16
