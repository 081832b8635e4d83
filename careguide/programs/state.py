"""Where a patient stands with a program, worked out from records already fetched.

Plain logic, no queries: the latest screening decides, and a "see your doctor first"
outcome is lifted only by a clearance that covers every rule that fired."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from clinical.vocabulary import Disposition


@dataclass(frozen=True)
class ProgramState:
    code: str
    may_take_part: bool
    message: str
    screening: Any = None
    clearance: Any = None


def program_state(*, screening: Any, clearances: Sequence[Any]) -> ProgramState:
    if screening is None:
        return ProgramState("not-screened", False, "Take the safety check first.")
    disposition = Disposition(screening.disposition)
    if disposition is Disposition.OK_TO_START:
        return ProgramState("ok", True, "You can start the program.", screening)
    if disposition in (Disposition.EMERGENCY_NOW, Disposition.URGENT_SAME_DAY):
        return ProgramState("act-now", False, "Get help now, as your safety check said.", screening)
    needed = set(screening.blocking_rule_ids)
    for clearance in clearances:
        if clearance.status == "cleared" and needed <= set(clearance.rules_to_clear):
            return ProgramState(
                "cleared", True, "Your care team cleared you for the program.", screening, clearance
            )
    own = next((c for c in clearances if c.screening_id == screening.pk), None)
    if own is not None and own.status == "declined":
        return ProgramState(
            "declined",
            False,
            "Your care team did not clear you. Read their advice.",
            screening,
            own,
        )
    if disposition is Disposition.CANNOT_ASSESS:
        return ProgramState(
            "cannot-assess",
            False,
            "We could not finish your check. Call your care team.",
            screening,
            own,
        )
    return ProgramState(
        "awaiting-clearance", False, "Your care team will look at your answers.", screening, own
    )
