from django.db import models


class LoadedContent(models.Model):
    """What the default-content loader last wrote for each content file entry.

    The loader updates an item only while its latest revision is still the one it wrote;
    once an editor saves a newer revision, the loader leaves it alone for good.
    """

    key = models.CharField(max_length=255, unique=True)
    sha256 = models.CharField(max_length=64)
    revision_id = models.BigIntegerField()
    loaded_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.key
