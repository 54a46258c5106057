"""Reminders (đôn đốc): the daily run and what each late unit was reminded of."""

from __future__ import annotations

from django.db import models

from lantoa.documents.approval import ApprovedDocument
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


class ReminderLetter(ApprovedDocument):
    """A Công văn đôn đốc being drafted: its units, new deadline and text, until a leader signs."""

    campaign = models.ForeignKey(
        "campaigns.Campaign",
        on_delete=models.PROTECT,
        related_name="reminder_letters",
        verbose_name="đợt tuyên truyền",
    )
    units = models.ManyToManyField(Unit, related_name="+", verbose_name="đơn vị được đôn đốc")
    deadline = models.DateField("hạn mới")
    body = models.TextField("nội dung đề nghị")
    outgoing = models.OneToOneField(
        "documents.OutgoingDocument",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reminder_letter",
        verbose_name="văn bản đã ban hành",
    )

    class Meta:
        verbose_name = "công văn đôn đốc"
        verbose_name_plural = "công văn đôn đốc"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Công văn đôn đốc {self.pk} ({self.get_state_display()})"
