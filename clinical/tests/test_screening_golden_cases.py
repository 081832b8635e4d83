"""Golden cases as data (clinical/tests/cases/back_pain_screening.toml), one test each."""

import tomllib
from pathlib import Path

import pytest

from clinical import ruleset as ruleset_module
from clinical.screening import evaluate

CASES_FILE = Path(__file__).parent / "cases" / "back_pain_screening.toml"
RULESET = ruleset_module.load()


def base_answers() -> dict[str, str | int]:
    """Every question that is always asked answered "no", and the [base] values."""
    answers: dict[str, str | int] = {
        q.id: "no" for q in RULESET.questions if q.kind != "years" and q.ask_if is None
    }
    with CASES_FILE.open("rb") as handle:
        answers.update(tomllib.load(handle)["base"])
    return answers


def load_cases() -> list[dict]:
    with CASES_FILE.open("rb") as handle:
        return tomllib.load(handle)["case"]


CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_case(case):
    answers = {**base_answers(), **case["answers"]}
    for question_id in case.get("omit", []):
        answers.pop(question_id)
    outcome = evaluate(RULESET, answers)
    assert outcome.disposition.value == case["expect"]
    assert list(outcome.fired_ids) == case["fired"]
    assert list(outcome.missing) == case.get("missing", [])
    assert (outcome.ruleset_id, outcome.ruleset_version) == (RULESET.id, RULESET.version)


def test_there_are_at_least_30_cases_and_every_rule_fires_in_one():
    assert len(CASES) >= 30
    fired = {rule for case in CASES for rule in case["fired"]}
    assert fired == {rule.id for rule in RULESET.rules}


def test_every_question_is_answered_yes_or_not_sure_in_some_case():
    touched = {q for case in CASES for q, v in case["answers"].items() if v != "no"}
    assert touched >= {q.id for q in RULESET.questions}
