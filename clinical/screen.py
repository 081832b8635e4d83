"""Evaluate a set of screening answers from the command line, outside the web form.

    python -m clinical.screen fever=yes very_sick_with_fever=no age=40 ...
    python -m clinical.screen --file answers.toml        # a TOML table of answers
    python -m clinical.screen --all-no age=40 fever=yes  # every other question "no"

Prints the disposition, every fired rule, any missing answers, and the ruleset version.
Exit status: 0 for an outcome, 2 for malformed answers. Answer codes: clinical/README.md.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from clinical import ruleset as ruleset_module
from clinical.screening import AnswerValue, Outcome, ScreeningInputError, evaluate


def parse_pairs(pairs: list[str]) -> dict[str, AnswerValue]:
    answers: dict[str, AnswerValue] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise ScreeningInputError(f"expected question=answer, got {pair!r}")
        answers[key.strip()] = int(value) if value.strip().isdigit() else value.strip()
    return answers


def render(outcome: Outcome) -> str:
    lines = [
        f"ruleset: {outcome.ruleset_id} {outcome.ruleset_version}",
        f"disposition: {outcome.disposition.value}",
    ]
    lines += [f"fired: {r.id} ({r.disposition or 'modifier'}) {r.title}" for r in outcome.fired]
    lines += [f"missing: {question}" for question in outcome.missing]
    lines += [f"safety net: {net}" for net in outcome.safety_nets]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("answers", nargs="*", help="question=answer pairs")
    parser.add_argument("--file", type=Path, help="a TOML file of question = answer")
    parser.add_argument("--all-no", action="store_true", help="answer 'no' to the rest")
    args = parser.parse_args(argv)
    ruleset = ruleset_module.load()
    answers: dict[str, AnswerValue] = {}
    if args.all_no:
        answers.update(
            {q.id: "no" for q in ruleset.questions if q.kind != "years" and q.ask_if is None}
        )
    try:
        if args.file:
            with args.file.open("rb") as handle:
                answers.update(tomllib.load(handle))
        answers.update(parse_pairs(args.answers))
        print(render(evaluate(ruleset, answers)))
    except (ScreeningInputError, tomllib.TOMLDecodeError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
