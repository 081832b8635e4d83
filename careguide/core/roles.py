"""The staff roles CareGuide knows, as Django group names. One place to spell them."""

from enum import StrEnum


class Role(StrEnum):
    CONTENT_EDITOR = "Content editors"
    CLINICAL_REVIEWER = "Clinical reviewers"
