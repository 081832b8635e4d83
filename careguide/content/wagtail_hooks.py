import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SideEffect
from .models.governance import today
from .selectors import review_due_list

DUE_SOON_DAYS = 30


class SideEffectViewSet(SnippetViewSet):
    model = SideEffect
    icon = "warning"
    menu_label = "Side effects"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "usual_level", "next_review_due", "live"]
    search_fields = ["name"]


register_snippet(SideEffectViewSet)


def review_due_view(request: HttpRequest) -> HttpResponse:
    now = today()
    items = review_due_list(on_or_before=now + dt.timedelta(days=DUE_SOON_DAYS))
    return TemplateResponse(
        request,
        "content/admin/review_due.html",
        {
            "overdue": [i for i in items if i.next_review_due < now],
            "due_soon": [i for i in items if i.next_review_due >= now],
            "due_soon_days": DUE_SOON_DAYS,
        },
    )


@hooks.register("register_admin_urls")
def register_review_due_url():  # type: ignore[no-untyped-def]
    return [path("reports/review-due/", review_due_view, name="content_review_due")]


@hooks.register("register_reports_menu_item")
def register_review_due_menu_item():  # type: ignore[no-untyped-def]
    return MenuItem(
        "Clinical review due",
        reverse("content_review_due"),
        name="clinical-review-due",
        icon_name="date",
        order=100,
    )
