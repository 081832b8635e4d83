"""Shared clinical vocabulary: the words every rule, page and report agree on.

HelpLevel is the three-level "when to get help" scale shown on every condition,
treatment and side-effect page. The values are stable codes stored in content and
(later) in patient records; the headings are the patient-facing words.

Source for the three-level split (emergency / same-day call / next visit):
NCI "Chemotherapy and You" (2022) and ASCO Cancer.Net "When to Call the Doctor During
Cancer Treatment" (2023), which both separate "call 911", "call your care team right
away" and "tell your care team at your next visit"; see docs/adr/0003.
"""

from enum import StrEnum


class HelpLevel(StrEnum):
    """How fast a patient should get help, most urgent first."""

    CALL_911 = "call-911"
    CALL_CARE_TEAM_NOW = "call-care-team-now"
    NEXT_VISIT = "next-visit"

    @property
    def heading(self) -> str:
        return _HEADINGS[self]

    @property
    def instruction(self) -> str:
        return _INSTRUCTIONS[self]

    @property
    def rank(self) -> int:
        """0 is the most urgent. Use to sort or to pick the most urgent of several."""
        return _HELP_LEVEL_RANK[self]


_HELP_LEVEL_RANK: dict[HelpLevel, int] = {level: i for i, level in enumerate(HelpLevel)}

_HEADINGS: dict[HelpLevel, str] = {
    HelpLevel.CALL_911: "Call 911 now",
    HelpLevel.CALL_CARE_TEAM_NOW: "Call your care team now",
    HelpLevel.NEXT_VISIT: "Tell us at your next visit",
}

_INSTRUCTIONS: dict[HelpLevel, str] = {
    HelpLevel.CALL_911: "Call 911 or go to the nearest emergency room if you have:",
    HelpLevel.CALL_CARE_TEAM_NOW: ("Call your care team right away, day or night, if you have:"),
    HelpLevel.NEXT_VISIT: "These can wait. Write them down and tell us at your next visit:",
}


def most_urgent(levels: list[HelpLevel]) -> HelpLevel:
    """The most urgent of several levels. An empty list is an error, never a default."""
    if not levels:
        raise ValueError("most_urgent needs at least one level")
    return min(levels, key=lambda level: level.rank)


class Answer(StrEnum):
    """The answer codes of a yes / no / not sure question."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


class Disposition(StrEnum):
    """What a screening tells the patient to do, most urgent first.

    CANNOT_ASSESS ranks above SEE_DOCTOR_BEFORE_PROGRAM: a skipped question might hide an
    emergency, so an incomplete screening is never softened into "see your doctor"; but a
    rule that fired on the answers given (emergency, same day) still wins over it.
    """

    EMERGENCY_NOW = "emergency_now"
    URGENT_SAME_DAY = "urgent_same_day"
    CANNOT_ASSESS = "cannot_assess"
    SEE_DOCTOR_BEFORE_PROGRAM = "see_doctor_before_program"
    OK_TO_START = "ok_to_start"

    @property
    def rank(self) -> int:
        """0 is the most urgent."""
        return _DISPOSITION_RANK[self]


_DISPOSITION_RANK: dict[Disposition, int] = {d: i for i, d in enumerate(Disposition)}
