"""Safety properties of the screening, checked over every combination that matters.

Exhaustive over the emergency-level questions (3 answers each: 3^11 = 177,147
combinations), with the other answers drawn at random (seeded) for each combination."""

import itertools
import random

import pytest

from clinical import ruleset as ruleset_module
from clinical.screening import ScreeningInputError, evaluate, questions_to_ask
from clinical.vocabulary import Disposition

RULESET = ruleset_module.load()
EMERGENCY = [q.id for q in RULESET.questions if q.tier == "emergency" and q.ask_if is None]
OTHERS = [q for q in RULESET.questions if q.id not in EMERGENCY and q.kind == "yes_no_not_sure"]
CODES = ("yes", "no", "not_sure")


def test_the_emergency_level_questions_are_the_ones_expected():
    assert EMERGENCY == [
        "saddle_numbness", "numb_when_wiping", "new_trouble_peeing", "leaking_pee_or_poop",
        "cannot_feel_bladder_or_bowel", "sex_feels_different", "both_legs",
        "legs_getting_weaker", "bad_accident", "back_and_belly_pain_faint",
        "chest_pain_or_breathing",
    ]  # fmt: skip


def test_any_emergency_yes_is_an_emergency_and_any_not_sure_is_never_ok_to_start():
    rng = random.Random(20261126)  # noqa: S311 - test data, not security
    backgrounds = [
        {**{q.id: rng.choice(CODES) for q in OTHERS}, "age": rng.randint(0, 120)}
        for _ in range(997)  # a prime, so backgrounds and combinations do not line up
    ]
    checked = 0
    for number, combination in enumerate(itertools.product(CODES, repeat=len(EMERGENCY))):
        answers: dict[str, str | int] = dict(zip(EMERGENCY, combination, strict=True))
        answers.update(backgrounds[number % len(backgrounds)])
        outcome = evaluate(RULESET, answers)
        if "yes" in combination:
            assert outcome.disposition is Disposition.EMERGENCY_NOW, answers
        elif "not_sure" in combination:
            assert outcome.disposition.rank <= Disposition.URGENT_SAME_DAY.rank, answers
        checked += 1
    assert checked == 3 ** len(EMERGENCY)


def test_very_sick_with_fever_is_an_emergency_whenever_it_is_asked():
    for fever in ("yes", "not_sure"):
        answers = {q.id: "no" for q in RULESET.questions if q.kind != "years"}
        answers.update(fever=fever, very_sick_with_fever="yes", age=40)
        assert evaluate(RULESET, answers).disposition is Disposition.EMERGENCY_NOW


@pytest.mark.parametrize("question", [q.id for q in RULESET.questions])
def test_a_missing_answer_is_never_read_as_no(question):
    answers: dict[str, str | int] = {q.id: "no" for q in RULESET.questions if q.kind != "years"}
    answers["age"] = 40
    answers.update(ever_had_cancer="yes", fever="yes")  # so follow-ups are asked
    del answers[question]
    outcome = evaluate(RULESET, answers)
    assert outcome.disposition is not Disposition.OK_TO_START
    if question in {q.id for q in questions_to_ask(RULESET, answers)}:
        assert question in outcome.missing


@pytest.mark.parametrize(
    "answers",
    [
        {"no_such_question": "yes"},
        {"fever": "maybe"},
        {"fever": True},
        {"fever": "YES"},
        {"age": -1},
        {"age": 121},
        {"age": "40"},
        {"age": True},
        {"age": 40.5},
    ],
)
def test_malformed_answers_are_an_input_error_not_an_outcome(answers):
    with pytest.raises(ScreeningInputError):
        evaluate(RULESET, answers)


def test_the_questions_behind_an_outcome_are_the_ones_that_made_it():
    from clinical.screening import questions_behind

    answers = {q.id: "no" for q in RULESET.questions if q.kind != "years"}
    answers.update(age=40, fever="yes", very_sick_with_fever="not_sure", weight_loss="no")
    outcome = evaluate(RULESET, answers)
    assert [q.id for q in questions_behind(RULESET, outcome, answers)] == [
        "fever",
        "very_sick_with_fever",
    ]
