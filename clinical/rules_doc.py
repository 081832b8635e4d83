"""Print CareGuide's clinical vocabulary and rules for a clinician to read.

Run: `make rules-doc` (or `python -m clinical.rules_doc`)."""

from clinical import ruleset as ruleset_module
from clinical.vocabulary import Disposition, HelpLevel


def render() -> str:
    lines = ["# CareGuide clinical rules", "", "## When to get help (HelpLevel)", ""]
    for level in HelpLevel:
        lines.append(f"- `{level.value}`: **{level.heading}**. {level.instruction}")
    lines += ["", "## Screening dispositions, most urgent first", ""]
    lines += [f"{d.rank + 1}. `{d.value}`" for d in Disposition]
    ruleset = ruleset_module.load()
    lines += [
        "",
        f"## {ruleset.title} (`{ruleset.id}` {ruleset.version})",
        "",
        f"Reviewed by {ruleset.reviewed_by} on {ruleset.date_reviewed}; "
        f"next review {ruleset.next_review}.",
        "",
        "### Questions (answer codes: yes, no, not_sure; `age` is whole years)",
        "",
        "| Code | Tier | Asked when | Question |",
        "|---|---|---|---|",
    ]
    for q in ruleset.questions:
        asked = (
            "always" if q.ask_if is None else f"{q.ask_if.question} is {'/'.join(q.ask_if.values)}"
        )
        lines.append(f"| `{q.id}` | {q.tier} | {asked} | {q.text} |")
    lines += ["", "### Rules", "", "| Id | Disposition | Rule | Source |", "|---|---|---|---|"]
    for rule in ruleset.rules:
        disposition = rule.disposition.value if rule.disposition else "modifier"
        lines.append(f"| {rule.id} | {disposition} | {rule.title} | {rule.source} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render())
