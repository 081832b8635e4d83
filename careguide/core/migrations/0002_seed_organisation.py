"""The medical centers and departments of this deployment (facts from
shared/data/medical-centers.json and the source page). Access control is built on them."""

from django.db import migrations

CENTERS = [("fremont", "Fremont Medical Center"), ("san-leandro", "San Leandro Medical Center")]
DEPARTMENTS = [("cancer-care", "Cancer Care", ["fremont", "san-leandro"])]


def seed(apps, schema_editor):
    MedicalCenter = apps.get_model("core", "MedicalCenter")
    Department = apps.get_model("core", "Department")
    for slug, name in CENTERS:
        MedicalCenter.objects.get_or_create(slug=slug, defaults={"name": name})
    for slug, name, centers in DEPARTMENTS:
        department, _ = Department.objects.get_or_create(slug=slug, defaults={"name": name})
        department.centers.add(*MedicalCenter.objects.filter(slug__in=centers))


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
