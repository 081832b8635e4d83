import pytest

from clinical.vocabulary import HelpLevel, most_urgent


def test_help_levels_are_ordered_most_urgent_first():
    assert [level.rank for level in HelpLevel] == [0, 1, 2]
    assert HelpLevel.CALL_911.rank < HelpLevel.CALL_CARE_TEAM_NOW.rank


def test_each_help_level_has_patient_facing_words():
    assert HelpLevel.CALL_911.heading == "Call 911 now"
    assert HelpLevel.CALL_CARE_TEAM_NOW.heading == "Call your care team now"
    assert HelpLevel.NEXT_VISIT.heading == "Tell us at your next visit"
    for level in HelpLevel:
        assert level.instruction


def test_most_urgent_picks_call_911_over_everything():
    levels = [HelpLevel.NEXT_VISIT, HelpLevel.CALL_911, HelpLevel.CALL_CARE_TEAM_NOW]
    assert most_urgent(levels) is HelpLevel.CALL_911


def test_most_urgent_of_nothing_is_an_error_not_a_default():
    with pytest.raises(ValueError):
        most_urgent([])
