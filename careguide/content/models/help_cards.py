"""The three-level "when to get help" cards every condition and treatment page carries."""

from dataclasses import dataclass

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from clinical.vocabulary import HelpLevel

ONE_PER_LINE = "One sign per line, in plain words."


@dataclass(frozen=True)
class HelpCard:
    level: HelpLevel
    signs: list[str]


# The model field that holds each level's signs, on pages and side effects alike.
HELP_FIELDS: dict[HelpLevel, str] = {
    HelpLevel.CALL_911: "call_911_when",
    HelpLevel.CALL_CARE_TEAM_NOW: "call_care_team_when",
    HelpLevel.NEXT_VISIT: "next_visit_when",
}


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def help_cards_of(item: object) -> list[HelpCard]:
    """The three help cards of a page or side effect, most urgent first."""
    return [HelpCard(level, lines_of(getattr(item, field))) for level, field in HELP_FIELDS.items()]


class WhenToGetHelp(models.Model):
    """Signs for each help level. All three are required on a published page."""

    call_911_when = models.TextField("Call 911 now if", help_text=ONE_PER_LINE)
    call_care_team_when = models.TextField("Call your care team now if", help_text=ONE_PER_LINE)
    next_visit_when = models.TextField("Tell us at your next visit if", help_text=ONE_PER_LINE)

    help_panels = [
        MultiFieldPanel(
            [
                FieldPanel("call_911_when"),
                FieldPanel("call_care_team_when"),
                FieldPanel("next_visit_when"),
            ],
            heading="When to get help",
        )
    ]

    class Meta:
        abstract = True

    @property
    def help_cards(self) -> list[HelpCard]:
        return help_cards_of(self)
