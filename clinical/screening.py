"""Evaluate a back pain screening: answers in, disposition and its reasons out.

    outcome = evaluate(ruleset.load(), {"saddle_numbness": "yes", ...})
    outcome.disposition      -> Disposition.EMERGENCY_NOW
    outcome.fired            -> every rule whose condition held, in ruleset order
    outcome.missing          -> required questions with no answer
    outcome.ruleset_version  -> the version the answers were judged by

Rules (clinical/data/back-pain-red-flags.toml):
- The most urgent disposition of any fired rule wins.
- A required question with no answer is never read as "no": it adds CANNOT_ASSESS, which
  ranks above "see your doctor" but below any emergency or same-day rule that fired on the
  answers given.
- No rule fired and nothing missing: OK_TO_START.
- An unknown question or an answer that is not a valid code is an input error
  (ScreeningInputError), not an outcome: the caller must show the form again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from clinical.ruleset import Condition, Question, Rule, Ruleset
from clinical.vocabulary import Answer, Disposition

ANSWER_CODES = frozenset(a.value for a in Answer)
MAX_AGE_YEARS = 120

AnswerValue = str | int


class ScreeningInputError(ValueError):
    """The answers themselves are malformed (unknown question, invalid code)."""


@dataclass(frozen=True)
class FiredRule:
    id: str
    title: str
    disposition: Disposition | None
    safety_net: str = ""


@dataclass(frozen=True)
class Outcome:
    disposition: Disposition
    fired: tuple[FiredRule, ...]
    missing: tuple[str, ...]
    ruleset_id: str
    ruleset_version: str

    @property
    def fired_ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.fired)

    @property
    def safety_nets(self) -> tuple[str, ...]:
        return tuple(rule.safety_net for rule in self.fired if rule.safety_net)


def check_answers(ruleset: Ruleset, answers: Mapping[str, AnswerValue]) -> None:
    """Raise ScreeningInputError for any unknown question or invalid answer."""
    kinds = {q.id: q.kind for q in ruleset.questions}
    for question_id, value in answers.items():
        if question_id not in kinds:
            raise ScreeningInputError(f"unknown question {question_id!r}")
        if kinds[question_id] == "years":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ScreeningInputError(f"{question_id}: must be a whole number of years")
            if not 0 <= value <= MAX_AGE_YEARS:
                raise ScreeningInputError(f"{question_id}: must be from 0 to {MAX_AGE_YEARS}")
        elif value not in ANSWER_CODES:
            raise ScreeningInputError(f"{question_id}: answer must be yes, no or not_sure")


def questions_to_ask(ruleset: Ruleset, answers: Mapping[str, AnswerValue]) -> list[Question]:
    """The questions this patient must answer: all, less follow-ups whose trigger answer
    rules them out. A follow-up whose trigger is unanswered is still asked."""
    return [
        question
        for question in ruleset.questions
        if question.ask_if is None
        or _trigger_unanswered(question.ask_if, answers)
        or _holds(question.ask_if, ruleset, answers, {})
    ]


def evaluate(ruleset: Ruleset, answers: Mapping[str, AnswerValue]) -> Outcome:
    check_answers(ruleset, answers)
    missing = tuple(q.id for q in questions_to_ask(ruleset, answers) if q.id not in answers)
    matched: dict[str, bool] = {}
    fired: list[Rule] = []
    for rule in ruleset.rules:
        matched[rule.id] = _holds(rule.when, ruleset, answers, matched)
        if matched[rule.id]:
            fired.append(rule)
    candidates = [rule.disposition for rule in fired if rule.disposition is not None]
    if missing:
        candidates.append(Disposition.CANNOT_ASSESS)
    disposition = min(candidates, key=lambda d: d.rank, default=Disposition.OK_TO_START)
    return Outcome(
        disposition=disposition,
        fired=tuple(FiredRule(r.id, r.title, r.disposition, r.safety_net) for r in fired),
        missing=missing,
        ruleset_id=ruleset.id,
        ruleset_version=ruleset.version,
    )


def _holds(
    cond: Condition,
    ruleset: Ruleset,
    answers: Mapping[str, AnswerValue],
    matched: Mapping[str, bool],
) -> bool:
    """Whether a condition holds. An unanswered question never satisfies a condition;
    the missing answer is reported separately as CANNOT_ASSESS."""
    if cond.op == "all":
        return all(_holds(c, ruleset, answers, matched) for c in cond.children)
    if cond.op == "any":
        return any(_holds(c, ruleset, answers, matched) for c in cond.children)
    if cond.op == "rule":
        return matched[cond.target]
    if cond.op == "tier":
        return any(answers.get(q) in cond.values for q in ruleset.tier_members[cond.target])
    value = answers.get(cond.question)
    if value is None:
        return False
    if cond.op == "is":
        return value in cond.values
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    return value < cond.number if cond.op == "lt" else value >= cond.number


def _trigger_unanswered(cond: Condition, answers: Mapping[str, AnswerValue]) -> bool:
    if cond.op in ("all", "any"):
        return any(_trigger_unanswered(c, answers) for c in cond.children)
    return bool(cond.question) and cond.question not in answers


def questions_behind(
    ruleset: Ruleset, outcome: Outcome, answers: Mapping[str, AnswerValue]
) -> list[Question]:
    """The questions whose "yes" or "not sure" made the fired rules fire, in form order,
    so a result page can say "because you said yes to ..." in the patient's own words."""
    by_id = {rule.id: rule for rule in ruleset.rules}
    wanted: set[str] = set()
    for fired in outcome.fired:
        wanted |= _questions_in(by_id[fired.id].when, ruleset, by_id)
    return [
        q
        for q in ruleset.questions
        if q.id in wanted and answers.get(q.id) in (Answer.YES.value, Answer.NOT_SURE.value)
    ]


def _questions_in(cond: Condition, ruleset: Ruleset, rules: Mapping[str, Rule]) -> set[str]:
    if cond.op in ("all", "any"):
        return set().union(*(_questions_in(c, ruleset, rules) for c in cond.children))
    if cond.op == "rule":
        return _questions_in(rules[cond.target].when, ruleset, rules)
    if cond.op == "tier":
        return set(ruleset.tier_members[cond.target])
    return {cond.question}
