from django.http import Http404, HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.views import View
from wagtail.models import Site

from . import selectors


class SearchView(View):
    def get(self, request: HttpRequest) -> HttpResponse:
        raw = request.GET.get("q", "")
        results = selectors.content_search(query=raw, site=Site.find_for_request(request))
        return TemplateResponse(
            request,
            "content/search.html",
            {"search_query": raw.strip()[: selectors.MAX_QUERY_LENGTH], "results": results},
        )


class SideEffectDetailView(View):
    def get(self, request: HttpRequest, slug: str) -> HttpResponse:
        side_effect = selectors.side_effect_get_published(slug=slug)
        if side_effect is None:
            raise Http404("No published side effect with that name")
        treatments = selectors.treatments_causing(side_effect=side_effect)
        return TemplateResponse(
            request,
            "content/side_effect_detail.html",
            {"side_effect": side_effect, "treatments": treatments},
        )


class SideEffectListView(View):
    def get(self, request: HttpRequest) -> HttpResponse:
        return TemplateResponse(
            request,
            "content/side_effect_list.html",
            {"side_effects": selectors.side_effect_list_published()},
        )


def server_error(request: HttpRequest) -> HttpResponse:
    """The friendly 500 page. It uses no context at all, so it renders even when the
    database or a context processor is what failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())
