"""Posts counted per answer page and client address, shared by every server process."""

from __future__ import annotations

from django.db import models


class PublicPostCount(models.Model):
    """How many posts one address made to one answer page in one clock minute."""

    # The page (a check, survey or contest round) and the client's address.
    scope = models.CharField(max_length=200)
    minute = models.BigIntegerField()  # minutes since the epoch
    posts = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "minute"], name="one_post_count_per_minute")
        ]

    def __str__(self) -> str:
        return f"{self.scope} @ {self.minute}: {self.posts}"
