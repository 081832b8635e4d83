from django.urls import path

from . import views

urlpatterns = [
    path("care-team/", views.ClearanceQueueView.as_view(), name="careteam-queue"),
    path(
        "care-team/clearances/<int:pk>/",
        views.ClearanceDetailView.as_view(),
        name="careteam-clearance",
    ),
]
