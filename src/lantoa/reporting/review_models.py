"""What the review screen counts from, kept by every write of activities and evidence.

Derived like the summaries (services.review rewrites them), so that the review page counts a
report's flags from a few rows per unit and day instead of reading every activity.
"""

from __future__ import annotations

from django.db import models


class ActivityOutlier(models.Model):
    """One figure of one activity the outlier rule (reporting.rules.OUTLIER) flags.

    The unit, campaign and date are the activity's, copied so the page counts per unit and day
    without joining the activities; services.review.outliers_refresh rewrites them.
    """

    activity = models.ForeignKey(
        "reporting.Activity", on_delete=models.CASCADE, related_name="outliers"
    )
    campaign = models.ForeignKey("campaigns.Campaign", on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("organization.Unit", on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    figure = models.CharField(max_length=40)
    value = models.BigIntegerField()
    median = models.FloatField()  # of the unit's earlier values of that figure on that channel
    count = models.PositiveIntegerField()  # how many earlier values the median was taken over

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity", "figure"], name="activity_outlier_once")
        ]
        indexes = [models.Index(fields=["campaign", "unit", "date"])]

    def __str__(self) -> str:
        return f"{self.activity_id}: {self.figure} = {self.value} (trung vị {self.median})"


class ActivityDay(models.Model):
    """One unit's activities of one day, as the soft rules need them counted.

    `bare` counts those without evidence or link (the no-evidence rule); `people_max` is the
    most people one of them reached, so only days where it exceeds the population in force are
    read one by one (the population is compared when read: a correction shows at once).
    """

    campaign = models.ForeignKey("campaigns.Campaign", on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("organization.Unit", on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    bare = models.PositiveIntegerField(default=0)
    people_max = models.BigIntegerField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "unit", "date"], name="activity_day_once")
        ]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.date:%d/%m/%Y}: {self.bare} chưa có minh chứng"
