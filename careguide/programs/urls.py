from django.urls import path

from . import views

urlpatterns = [
    path("my/", views.PatientDashboardView.as_view(), name="patient-dashboard"),
    path(
        "programs/<slug:program>/enrol/",
        views.EnrolmentCreateView.as_view(),
        name="enrolment-create",
    ),
]
