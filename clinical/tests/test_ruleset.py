"""The ruleset file is checked when read: governance fields, references, safety coverage."""

import copy
import datetime as dt
import tomllib

import pytest

from clinical import ruleset as ruleset_module
from clinical.ruleset import RulesetError, parse

with (ruleset_module.DATA / "back-pain-red-flags.toml").open("rb") as _handle:
    RAW = tomllib.load(_handle)


def test_every_rule_has_a_stable_id_source_rationale_and_review_dates():
    rules = ruleset_module.load().rules
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert rule.id.startswith("LBP-")
        assert rule.source and rule.rationale and rule.reviewed_by
        assert rule.next_review > rule.date_reviewed


def test_the_ruleset_has_an_id_and_version():
    ruleset = ruleset_module.load()
    assert (ruleset.id, ruleset.version) == ("back-pain-red-flags", "1.0.0")
    assert isinstance(ruleset.date_reviewed, dt.date)


def broken(mutate) -> dict:
    raw = copy.deepcopy(RAW)
    mutate(raw)
    return raw


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r["rule"][0].update(when={"q": "nope", "is": "yes"}), "unknown question"),
        (lambda r: r["rule"][0].update(when={"q": "fever", "is": "maybe"}), "unknown answer"),
        (lambda r: r["rule"][0].update(when={"rule": "LBP-RF-25"}), "not an earlier rule"),
        (lambda r: r["rule"][0].update(disposition="relax"), "unknown disposition"),
        (lambda r: r["rule"][0].pop("source"), "missing"),
        (lambda r: r["rule"][0].update(next_review="soon"), "dates"),
        (lambda r: r["rule"][1].update(id=r["rule"][0]["id"]), "used twice"),
        (lambda r: r["rule"][0].update(when={"q": "age", "is": "yes"}), "does not fit"),
        (lambda r: r.update(rule=[x for x in r["rule"] if x["id"] != "LBP-NS-01"]), "not sure"),
        (lambda r: r["question"][0].update(tier="sometimes"), "tier"),
    ],
)
def test_a_broken_ruleset_is_refused_when_read(mutate, message):
    with pytest.raises(RulesetError, match=message):
        parse(broken(mutate))


def test_the_readme_lists_every_answer_code():
    readme = (ruleset_module.DATA.parent / "README.md").read_text()
    for question in ruleset_module.load().questions:
        assert f"`{question.id}`" in readme, question.id
