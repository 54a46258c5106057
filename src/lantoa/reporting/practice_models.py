"""The board's marks of "cách làm hay": the only unit words a report's section III quotes."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class PracticeMark(models.Model):
    """A passage of a unit's report, or one of its activities, the board marked as good practice."""

    campaign = models.ForeignKey(
        "campaigns.Campaign", on_delete=models.PROTECT, related_name="practice_marks"
    )
    unit = models.ForeignKey(
        "organization.Unit", on_delete=models.PROTECT, related_name="practice_marks"
    )
    submission = models.ForeignKey(
        "reporting.Submission",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="practice_marks",
    )
    activity = models.ForeignKey(
        "reporting.Activity",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="practice_marks",
    )
    text = models.TextField("đoạn được chọn")
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    marked_at = models.DateTimeField()

    class Meta:
        verbose_name = "cách làm hay"
        verbose_name_plural = "cách làm hay"
        ordering = ["marked_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(submission__isnull=False, activity__isnull=True)
                | models.Q(submission__isnull=True, activity__isnull=False),
                name="practice_mark_one_source",
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.text[:60]}"
