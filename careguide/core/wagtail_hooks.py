"""Admin screens for the organisation that access control rests on. Only site admins
(superusers) hold these model permissions, so only they see the menu items."""

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import ClinicianProfile, Department, MedicalCenter


class MedicalCenterViewSet(ModelViewSet):
    model = MedicalCenter
    icon = "site"
    form_fields = ["slug", "name"]
    list_display = ["name", "slug"]


class DepartmentViewSet(ModelViewSet):
    model = Department
    icon = "group"
    form_fields = ["slug", "name", "centers"]
    list_display = ["name", "slug"]


class ClinicianProfileViewSet(ModelViewSet):
    model = ClinicianProfile
    icon = "user"
    menu_label = "Clinicians"
    form_fields = ["user", "department"]
    list_display = ["user", "department"]


class OrganisationViewSetGroup(ModelViewSetGroup):
    menu_label = "Care teams"
    menu_icon = "group"
    items = (MedicalCenterViewSet, DepartmentViewSet, ClinicianProfileViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():  # type: ignore[no-untyped-def]
    return OrganisationViewSetGroup()
