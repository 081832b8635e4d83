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
        return list(HelpLevel).index(self)


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
