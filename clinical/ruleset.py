"""Read a screening ruleset file into frozen, checked objects.

The file format is described at the top of clinical/data/back-pain-red-flags.toml. A
ruleset that does not check out raises RulesetError when it is read, never when a patient
is being screened.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from clinical.vocabulary import Answer, Disposition

DATA = Path(__file__).parent / "data"
TIERS = ("emergency", "urgent", "routine")
RULE_DISPOSITIONS = {d.value for d in Disposition} - {Disposition.CANNOT_ASSESS.value} | {"none"}


class RulesetError(ValueError):
    """The ruleset file itself is wrong. A ruleset bug, never a patient's."""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    tier: str
    kind: str = "yes_no_not_sure"  # or "years"
    ask_if: Condition | None = None


@dataclass(frozen=True)
class Condition:
    """One node of a rule's condition tree (see the file header for the forms)."""

    op: str  # "is", "lt", "gte", "rule", "tier", "all", "any"
    question: str = ""
    values: tuple[str, ...] = ()
    number: int = 0
    target: str = ""  # rule id or tier
    children: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    when: Condition
    disposition: Disposition | None  # None: a modifier that decides nothing
    source: str
    rationale: str
    reviewed_by: str
    date_reviewed: dt.date
    next_review: dt.date
    safety_net: str = ""


@dataclass(frozen=True)
class Ruleset:
    id: str
    version: str
    title: str
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    reviewed_by: str
    date_reviewed: dt.date
    next_review: dt.date

    @cached_property
    def tier_members(self) -> dict[str, tuple[str, ...]]:
        """Question ids by tier, for the `tier` condition."""
        return {tier: tuple(q.id for q in self.questions if q.tier == tier) for tier in TIERS}

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


def load(name: str = "back-pain-red-flags") -> Ruleset:
    """Read and check `clinical/data/<name>.toml`."""
    path = DATA / f"{name}.toml"
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    return parse(raw)


def parse(raw: dict[str, Any]) -> Ruleset:
    head = raw.get("ruleset") or {}
    questions = tuple(_question(q) for q in raw.get("question", []))
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise RulesetError("question ids must be unique")
    known = {q.id: q for q in questions}
    rules: list[Rule] = []
    for item in raw.get("rule", []):
        rule = _rule(item)
        _check_condition(rule.when, known, {r.id for r in rules}, rule.id)
        if any(r.id == rule.id for r in rules):
            raise RulesetError(f"rule id {rule.id} is used twice")
        rules.append(rule)
    for question in questions:
        if question.ask_if is not None:
            _check_condition(question.ask_if, known, set(), question.id)
    _check_emergency_not_sure_is_covered(rules)
    try:
        return Ruleset(
            id=str(head["id"]),
            version=str(head["version"]),
            title=str(head["title"]),
            questions=questions,
            rules=tuple(rules),
            reviewed_by=str(head["reviewed_by"]),
            date_reviewed=_date(head["date_reviewed"], "ruleset"),
            next_review=_date(head["next_review"], "ruleset"),
        )
    except KeyError as missing:
        raise RulesetError(f"[ruleset] is missing {missing}") from None


def _question(item: dict[str, Any]) -> Question:
    try:
        question = Question(
            id=str(item["id"]),
            text=str(item["text"]),
            tier=str(item["tier"]),
            kind=str(item.get("kind", "yes_no_not_sure")),
            ask_if=_condition(item["ask_if"]) if "ask_if" in item else None,
        )
    except KeyError as missing:
        raise RulesetError(f"a question is missing {missing}: {item}") from None
    if question.tier not in TIERS:
        raise RulesetError(f"question {question.id}: tier must be one of {TIERS}")
    if question.kind not in ("yes_no_not_sure", "years"):
        raise RulesetError(f"question {question.id}: unknown kind {question.kind}")
    return question


def _rule(item: dict[str, Any]) -> Rule:
    try:
        disposition = str(item["disposition"])
        if disposition not in RULE_DISPOSITIONS:
            raise RulesetError(f"rule {item['id']}: unknown disposition {disposition}")
        return Rule(
            id=str(item["id"]),
            title=str(item["title"]),
            when=_condition(item["when"]),
            disposition=None if disposition == "none" else Disposition(disposition),
            source=str(item["source"]),
            rationale=str(item["rationale"]),
            reviewed_by=str(item["reviewed_by"]),
            date_reviewed=_date(item["date_reviewed"], item["id"]),
            next_review=_date(item["next_review"], item["id"]),
            safety_net=str(item.get("safety_net", "")),
        )
    except KeyError as missing:
        raise RulesetError(f"rule {item.get('id', '?')} is missing {missing}") from None


def _condition(item: Any) -> Condition:
    if not isinstance(item, dict) or not item:
        raise RulesetError(f"a condition must be a table, got {item!r}")
    if "all" in item or "any" in item:
        op = "all" if "all" in item else "any"
        children = item[op]
        if not isinstance(children, list) or not children:
            raise RulesetError(f"'{op}' needs a non-empty list")
        return Condition(op=op, children=tuple(_condition(c) for c in children))
    if "rule" in item:
        return Condition(op="rule", target=str(item["rule"]))
    if "tier" in item:
        return Condition(op="tier", target=str(item["tier"]), values=_answers(item["is"]))
    if "q" in item:
        if "is" in item:
            return Condition(op="is", question=str(item["q"]), values=_answers(item["is"]))
        for op in ("lt", "gte"):
            if op in item and isinstance(item[op], int):
                return Condition(op=op, question=str(item["q"]), number=int(item[op]))
    raise RulesetError(f"cannot read condition {item!r}")


def _answers(value: Any) -> tuple[str, ...]:
    values = (value,) if isinstance(value, str) else tuple(value)
    for v in values:
        if v not in {a.value for a in Answer}:
            raise RulesetError(f"unknown answer code {v!r}")
    return values


def _check_condition(
    cond: Condition, questions: dict[str, Question], earlier_rules: set[str], owner: str
) -> None:
    if cond.op in ("all", "any"):
        for child in cond.children:
            _check_condition(child, questions, earlier_rules, owner)
    elif cond.op == "rule" and cond.target not in earlier_rules:
        raise RulesetError(f"{owner}: refers to {cond.target}, which is not an earlier rule")
    elif cond.op == "tier" and cond.target not in TIERS:
        raise RulesetError(f"{owner}: unknown tier {cond.target}")
    elif cond.op in ("is", "lt", "gte"):
        if cond.question not in questions:
            raise RulesetError(f"{owner}: unknown question {cond.question}")
        numeric = questions[cond.question].kind == "years"
        if numeric != (cond.op in ("lt", "gte")):
            raise RulesetError(f"{owner}: {cond.op} does not fit question {cond.question}")


def _check_emergency_not_sure_is_covered(rules: list[Rule]) -> None:
    """'Not sure' on an emergency-tier question must never come out as OK to start."""
    for rule in rules:
        when = rule.when
        if (
            when.op == "tier"
            and when.target == "emergency"
            and Answer.NOT_SURE.value in when.values
            and rule.disposition is not None
            and rule.disposition.rank <= Disposition.URGENT_SAME_DAY.rank
        ):
            return
    raise RulesetError("no rule sends 'not sure' on an emergency question to same day or sooner")


def _date(value: Any, owner: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise RulesetError(f"{owner}: dates must look like 2026-11-26")
