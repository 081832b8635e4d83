from .audit import AuditEvent
from .organisation import Department, MedicalCenter
from .people import ClinicianProfile, PatientProfile, User

__all__ = [
    "AuditEvent",
    "ClinicianProfile",
    "Department",
    "MedicalCenter",
    "PatientProfile",
    "User",
]
