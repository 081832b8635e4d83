"""Where a patient stands, from their latest screening and clearances (no database)."""

from types import SimpleNamespace as Record

import pytest

from careguide.programs.state import program_state


def screening(disposition: str, rules: list[str], pk: int = 1) -> Record:
    return Record(pk=pk, disposition=disposition, blocking_rule_ids=rules)


def clearance(status: str, rules: list[str], screening_id: int = 1) -> Record:
    return Record(status=status, rules_to_clear=rules, screening_id=screening_id)


def test_no_screening_means_take_the_check_first():
    state = program_state(screening=None, clearances=[])
    assert (state.code, state.may_take_part) == ("not-screened", False)


def test_ok_to_start_may_take_part():
    assert program_state(screening=screening("ok_to_start", []), clearances=[]).may_take_part


@pytest.mark.parametrize("disposition", ["emergency_now", "urgent_same_day"])
def test_an_emergency_or_same_day_result_is_never_lifted_by_a_clearance(disposition):
    state = program_state(
        screening=screening(disposition, ["LBP-RF-09"]),
        clearances=[clearance("cleared", ["LBP-RF-09"])],
    )
    assert (state.code, state.may_take_part) == ("act-now", False)


def test_a_clearance_covering_every_fired_rule_lifts_see_your_doctor():
    state = program_state(
        screening=screening("see_doctor_before_program", ["LBP-RF-13"], pk=2),
        clearances=[clearance("cleared", ["LBP-RF-13", "LBP-RF-16"], screening_id=1)],
    )
    assert (state.code, state.may_take_part) == ("cleared", True)


def test_a_clearance_missing_one_fired_rule_does_not():
    state = program_state(
        screening=screening("see_doctor_before_program", ["LBP-RF-13", "LBP-RF-16"], pk=2),
        clearances=[clearance("cleared", ["LBP-RF-13"], screening_id=1)],
    )
    assert (state.code, state.may_take_part) == ("awaiting-clearance", False)


def test_a_declined_request_for_this_screening_is_shown_as_declined():
    state = program_state(
        screening=screening("see_doctor_before_program", ["LBP-RF-13"]),
        clearances=[clearance("declined", ["LBP-RF-13"])],
    )
    assert (state.code, state.may_take_part) == ("declined", False)
