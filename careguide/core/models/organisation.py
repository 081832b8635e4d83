"""The organisation that access control is based on: medical centers and departments.

Kept here, managed by site admins, and not in the CMS: an editor changing a page must
never change who may see a patient's records (docs/adr/0007).
"""

from django.db import models


class MedicalCenter(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    centers = models.ManyToManyField(MedicalCenter, related_name="departments")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
