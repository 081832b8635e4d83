"""The self-care programs CareGuide offers, the screening that gates each, and the
department whose care team clears patients for it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Program:
    code: str
    name: str
    ruleset: str
    department: str  # core.Department slug


PROGRAMS: dict[str, Program] = {
    "back-pain": Program(
        code="back-pain",
        name="Back pain program",
        ruleset="back-pain-red-flags",
        department="cancer-care",
    ),
}


def program_get(code: str) -> Program | None:
    return PROGRAMS.get(code)


def program_or_404(code: str) -> Program:
    from django.http import Http404

    program = PROGRAMS.get(code)
    if program is None:
        raise Http404("No such program")
    return program
