"""Reminders (đôn đốc): the daily run and what each late unit was reminded of."""

from __future__ import annotations

from django.db import models

from lantoa.notifications.models import Notification
from lantoa.organization.models import Unit


class ReminderRun(models.Model):
    """The daily reminder job for one date; the unique date stops a second run across processes."""

    date = models.DateField("ngày", unique=True)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    units = models.PositiveIntegerField("số đơn vị được nhắc", default=0)
    items = models.PositiveIntegerField("số việc được nhắc", default=0)

    class Meta:
        verbose_name = "lượt đôn đốc"
        verbose_name_plural = "lượt đôn đốc"
        ordering = ["-date"]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y}: {self.units} đơn vị"


class ReminderKind(models.TextChoices):
    TASK = "task", "Nhiệm vụ quá hạn"
    REPORT = "report", "Báo cáo quá hạn"


class ReminderSent(models.Model):
    """One late thing (a task or a report request) a unit was reminded of on one day."""

    date = models.DateField("ngày")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=ReminderKind.choices)
    object_id = models.PositiveBigIntegerField()
    notification = models.ForeignKey(
        Notification, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "nhắc việc đã gửi"
        verbose_name_plural = "nhắc việc đã gửi"
        constraints = [
            models.UniqueConstraint(
                fields=["date", "unit", "kind", "object_id"], name="one_reminder_per_day_and_thing"
            )
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.unit_id} {self.kind} {self.object_id}"
