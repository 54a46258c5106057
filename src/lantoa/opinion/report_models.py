"""The opinion report as a record: drafted by staff, approved by a leader, issued with a number."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class OpinionReportState(models.TextChoices):
    """Where an opinion report stands: drafted by staff, with a leader, returned, or issued."""

    DRAFT = "draft", "Dự thảo"
    REVIEW = "review", "Chờ lãnh đạo duyệt"
    RETURNED = "returned", "Lãnh đạo trả lại"
    ISSUED = "issued", "Đã ban hành"


class OpinionReport(models.Model):
    """A report on public opinion over a period, on its way to a number in the register."""

    start = models.DateField("từ ngày")
    end = models.DateField("đến ngày")
    subject = models.CharField("về việc", max_length=300)
    state = models.CharField(
        "trạng thái",
        max_length=10,
        choices=OpinionReportState.choices,
        default=OpinionReportState.DRAFT,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # Set when a leader starts issuing (the claim that stops a second approval), and kept.
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField("lý do trả lại", blank=True)
    outgoing = models.OneToOneField(
        "documents.OutgoingDocument",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="opinion_report",
        verbose_name="văn bản đã ban hành",
    )

    class Meta:
        verbose_name = "báo cáo tình hình dư luận xã hội"
        verbose_name_plural = "báo cáo tình hình dư luận xã hội"
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__lte=models.F("end")), name="opinion_report_start_le_end"
            )
        ]

    def __str__(self) -> str:
        return f"Báo cáo dư luận {self.start:%d/%m/%Y}–{self.end:%d/%m/%Y}"
