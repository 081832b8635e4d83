from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A person who signs in. Roles are Django groups (see careguide.core.roles).

    A custom user model from the first migration, so patient and staff fields can be
    added later without the painful swap Django warns about.
    """

    class Meta:
        db_table = "core_user"
