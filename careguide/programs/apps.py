from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "careguide.programs"
    label = "programs"
    verbose_name = "Self-care programs: enrolment and clearance"
