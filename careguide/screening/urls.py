from django.urls import path

from . import views

urlpatterns = [
    path(
        "programs/<slug:program>/check/", views.ScreeningFormView.as_view(), name="screening-form"
    ),
    path(
        "programs/<slug:program>/check/result/",
        views.ScreeningSessionResultView.as_view(),
        name="screening-result",
    ),
    path("my/screenings/<uuid:pk>/", views.ScreeningDetailView.as_view(), name="screening-detail"),
]
