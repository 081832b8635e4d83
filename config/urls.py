from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from careguide.content import views as content_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("careguide.core.urls")),
    path("", include("careguide.screening.urls")),
    path("", include("careguide.programs.urls")),
    path("", include("careguide.careteam.urls")),
    path("search/", content_views.SearchView.as_view(), name="search"),
    path("side-effects/", content_views.SideEffectListView.as_view(), name="side-effect-list"),
    path(
        "side-effects/<slug:slug>/",
        content_views.SideEffectDetailView.as_view(),
        name="side-effect-detail",
    ),
    path("", include(wagtail_urls)),
]

handler500 = "careguide.content.views.server_error"
