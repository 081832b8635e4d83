"""Page types. Each holds content and its layout; none decides anything clinical."""

from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import BodyBlock
from .governance import ReviewedContent
from .help_cards import WhenToGetHelp

if TYPE_CHECKING:
    from .side_effects import SideEffect


def body_field() -> StreamField:
    return StreamField(BodyBlock(), blank=True, use_json_field=True)


class HomePage(Page):
    intro = models.TextField(help_text="One or two short sentences under the title.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["content.MedicalCenterPage", "content.DepartmentPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "content/home_page.html"

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context(request, *args, **kwargs)
        context["departments"] = DepartmentPage.objects.live().public().child_of(self)
        context["centers"] = MedicalCenterPage.objects.live().public().child_of(self)
        return context


class MedicalCenterPage(Page):
    street = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    state = models.CharField(max_length=2)
    postcode = models.CharField("ZIP code", max_length=10)
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True)
    phone = models.CharField(max_length=30)
    phone_is_demo = models.BooleanField(
        default=False, help_text="Tick while the number is a made-up demo value."
    )
    hours = models.TextField(help_text="One line per day or group of days.")
    hours_are_demo = models.BooleanField(
        default=False, help_text="Tick while the hours are made-up demo values."
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldPanel("city"),
                FieldPanel("state"),
                FieldPanel("postcode"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            heading="Address",
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("phone_is_demo"),
                FieldPanel("hours"),
                FieldPanel("hours_are_demo"),
            ],
            heading="Phone and hours",
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("city")]
    parent_page_types = ["content.HomePage"]
    subpage_types: list[str] = []
    template = "content/medical_center_page.html"

    @property
    def address_line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.postcode}"

    @property
    def map_url(self) -> str:
        """A plain link to OpenStreetMap: nothing loads until the patient follows it."""
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.address_line})

    @property
    def hours_lines(self) -> list[str]:
        return [line.strip() for line in self.hours.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context(request, *args, **kwargs)
        context["departments"] = (
            DepartmentPage.objects.live().public().filter(center_links__center=self).distinct()
        )
        return context


class DepartmentPage(Page):
    intro = models.TextField()
    body = body_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("center_links", label="Medical centers it serves", min_num=1),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ConditionGuidePage", "content.HealthToolPage", "content.ProgramPage"]
    template = "content/department_page.html"

    @property
    def centers(self) -> list["MedicalCenterPage"]:
        return [link.center for link in self.center_links.select_related("center")]

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public().specific()
        context["guides"] = [p for p in children if isinstance(p, ConditionGuidePage)]
        context["tools"] = [p for p in children if not isinstance(p, ConditionGuidePage)]
        return context


class DepartmentCenter(Orderable):
    department = ParentalKey(DepartmentPage, related_name="center_links")
    center = models.ForeignKey(
        MedicalCenterPage, on_delete=models.CASCADE, related_name="department_links"
    )

    panels = [FieldPanel("center")]


class ClinicalPage(ReviewedContent, WhenToGetHelp, Page):
    """Shared shape of condition and treatment pages: summary, body, help cards, review."""

    summary = models.TextField(help_text="Two or three short sentences: what this page is about.")
    body = body_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        *WhenToGetHelp.help_panels,
        *ReviewedContent.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("call_911_when"),
        index.SearchField("call_care_team_when"),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context(request, *args, **kwargs)
        guide = self.guide
        context["guide"] = guide
        context["guide_contents"] = guide.contents_for(self) if guide else []
        return context

    @property
    def guide(self) -> "ConditionGuidePage | None":
        if isinstance(self, ConditionGuidePage):
            return self
        return ConditionGuidePage.objects.ancestor_of(self).order_by("-depth").first()


class ConditionGuidePage(ClinicalPage):
    """The first page of a condition guide; its child sections make up the guide."""

    parent_page_types = ["content.DepartmentPage"]
    subpage_types = ["content.GuideSectionPage"]
    template = "content/guide_page.html"

    def contents(self) -> list[Page]:
        """The guide's pages in reading order: this overview, then each live section."""
        return [self, *self.get_children().live().public().specific()]

    def contents_for(self, current: Page) -> list[tuple[Page, str]]:
        """The contents list as seen from `current`: each entry with its aria-current
        value, "page" for the page itself, "true" for the section that holds it."""
        marked = []
        for item in self.contents():
            if item.pk == current.pk:
                marked.append((item, "page"))
            elif item.pk != self.pk and current.path.startswith(item.path):
                marked.append((item, "true"))
            else:
                marked.append((item, ""))
        return marked


class GuideSectionPage(ClinicalPage):
    class Kind(models.TextChoices):
        TYPES = "types", "Types"
        SPREAD = "spread", "Where it spreads"
        TREATMENTS = "treatments", "Treatments"
        SIDE_EFFECTS = "side-effects", "Side effects"
        CLINICAL_TRIALS = "clinical-trials", "Clinical trials"
        OTHER = "other", "Other"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)

    content_panels = [*ClinicalPage.content_panels, FieldPanel("kind")]
    parent_page_types = ["content.ConditionGuidePage"]
    subpage_types = ["content.TreatmentPage"]
    template = "content/guide_section_page.html"

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context(request, *args, **kwargs)
        guide = context["guide"]
        if self.kind in (self.Kind.TREATMENTS, self.Kind.SIDE_EFFECTS) and guide:
            context["treatments"] = treatments_in(guide)
        return context


def treatments_in(guide: ConditionGuidePage) -> list["TreatmentPage"]:
    return list(
        TreatmentPage.objects.live()
        .public()
        .descendant_of(guide)
        .prefetch_related("side_effect_links__side_effect")
    )


class TreatmentPage(ClinicalPage):
    parent_page_types = ["content.GuideSectionPage", "content.DepartmentPage"]
    subpage_types: list[str] = []
    template = "content/treatment_page.html"

    content_panels = [
        *ClinicalPage.content_panels,
        InlinePanel("side_effect_links", label="Side effects it can cause"),
    ]

    @property
    def side_effects(self) -> list["SideEffect"]:
        return [link.side_effect for link in self.side_effect_links.all() if link.side_effect.live]


class TreatmentSideEffect(Orderable):
    page = ParentalKey(TreatmentPage, related_name="side_effect_links")
    side_effect = models.ForeignKey(
        "content.SideEffect", on_delete=models.PROTECT, related_name="treatment_links"
    )

    panels = [FieldPanel("side_effect")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "side_effect"], name="unique_side_effect")
        ]


class HealthToolPage(ReviewedContent, Page):
    """A page that hosts a health tool. The tool itself is code, embedded by its id."""

    class Tool(models.TextChoices):
        NONE = "", "No tool yet"
        PROCEDURE_PREP = "procedure-prep", "Prepare for your procedure planner"

    intro = models.TextField()
    body = body_field()
    tool = models.CharField(max_length=40, choices=Tool.choices, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("tool"),
        *ReviewedContent.review_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["content.DepartmentPage"]
    subpage_types: list[str] = []
    template = "content/health_tool_page.html"


class ProgramPage(ReviewedContent, WhenToGetHelp, Page):
    """A self-care program's front page. The safety screening is embedded by its id."""

    intro = models.TextField()
    body = body_field()
    screening_id = models.CharField(
        max_length=40,
        blank=True,
        help_text="The ruleset id of the safety screening that gates this program.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("screening_id"),
        *WhenToGetHelp.help_panels,
        *ReviewedContent.review_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["content.DepartmentPage"]
    subpage_types: list[str] = []
    template = "content/program_page.html"

    @property
    def program_code(self) -> str:
        """The code of the program whose screening ruleset this page names, if any."""
        from careguide.programs.registry import PROGRAMS

        for program in PROGRAMS.values():
            if program.ruleset == self.screening_id:
                return program.code
        return ""
