"""Wagtail pages and snippets: content only, never patient data, never decisions."""

from .governance import ApproverRole, ReviewedContent
from .help_cards import WhenToGetHelp
from .loader_records import LoadedContent
from .pages import (
    ConditionGuidePage,
    DepartmentCenter,
    DepartmentPage,
    GuideSectionPage,
    HealthToolPage,
    HomePage,
    MedicalCenterPage,
    ProgramPage,
    TreatmentPage,
    TreatmentSideEffect,
)
from .side_effects import SideEffect

__all__ = [
    "ApproverRole",
    "ConditionGuidePage",
    "DepartmentCenter",
    "DepartmentPage",
    "GuideSectionPage",
    "HealthToolPage",
    "HomePage",
    "LoadedContent",
    "MedicalCenterPage",
    "ProgramPage",
    "ReviewedContent",
    "SideEffect",
    "TreatmentPage",
    "TreatmentSideEffect",
    "WhenToGetHelp",
]
