"""Side effects as reusable, clinically reviewed snippets.

Treatment pages list the side effects they cause by reference (TreatmentSideEffect), and
later features (side-effect check-ins) link a reported symptom to its advice by `slug`,
which is a stable code: never rename a published slug.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from clinical.vocabulary import HelpLevel

from .governance import ReviewedContent
from .help_cards import HELP_FIELDS, ONE_PER_LINE, HelpCard, help_cards_of, lines_of

HELP_LEVEL_CHOICES = [(level.value, level.heading) for level in HelpLevel]


class SideEffect(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ReviewedContent,
    index.Indexed,
    models.Model,
):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        max_length=80, unique=True, help_text="A stable code. Never change it once published."
    )
    description = models.TextField(help_text="What it is, in plain words.")
    self_care = models.TextField("What you can do", help_text="One tip per line.")
    usual_level = models.CharField(
        "When to get help",
        max_length=32,
        choices=HELP_LEVEL_CHOICES,
        help_text="How fast to get help when this side effect first shows up.",
    )
    call_911_when = models.TextField("Call 911 now if", blank=True, help_text=ONE_PER_LINE)
    call_care_team_when = models.TextField(
        "Call your care team now if", blank=True, help_text=ONE_PER_LINE
    )
    next_visit_when = models.TextField(
        "Tell us at your next visit if", blank=True, help_text=ONE_PER_LINE
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="side_effect")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="side_effect",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("self_care"),
        MultiFieldPanel(
            [
                FieldPanel("usual_level"),
                FieldPanel("call_911_when"),
                FieldPanel("call_care_team_when"),
                FieldPanel("next_visit_when"),
            ],
            heading="When to get help",
        ),
        *ReviewedContent.review_panels,
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("self_care"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("side-effect-detail", kwargs={"slug": self.slug})

    @property
    def revisions(self):  # type: ignore[no-untyped-def]
        return self._revisions

    def clean(self) -> None:
        super().clean()
        field = HELP_FIELDS.get(HelpLevel(self.usual_level)) if self.usual_level else None
        if field and not getattr(self, field).strip():
            raise ValidationError({field: "Say when to get help at the level you chose."})

    @property
    def level(self) -> HelpLevel:
        return HelpLevel(self.usual_level)

    @property
    def tips(self) -> list[str]:
        return lines_of(self.self_care)

    @property
    def help_cards(self) -> list[HelpCard]:
        """Only the levels this side effect has wording for, most urgent first."""
        return [card for card in help_cards_of(self) if card.signs]
