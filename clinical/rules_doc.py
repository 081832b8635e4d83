"""Print CareGuide's clinical vocabulary and rule files for a clinician to read.

Run: `make rules-doc` (or `python -m clinical.rules_doc`)."""

from pathlib import Path

from clinical.vocabulary import HelpLevel

DATA = Path(__file__).parent / "data"


def render() -> str:
    lines = ["# CareGuide clinical rules", "", "## When to get help (HelpLevel)", ""]
    for level in HelpLevel:
        lines.append(f"- `{level.value}`: **{level.heading}**. {level.instruction}")
    files = sorted(p.name for p in DATA.glob("*") if p.suffix in {".toml", ".csv"})
    lines += ["", "## Rule files", ""]
    lines += [f"- clinical/data/{name}" for name in files] or ["- (none yet)"]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render())
