"""The opinion report as a record: drafted by staff, approved by a leader, issued with a number."""

from __future__ import annotations

from django.db import models

from lantoa.documents.approval import ApprovedDocument


class OpinionReport(ApprovedDocument):
    """A report on public opinion over a period, on its way to a number in the register."""

    start = models.DateField("từ ngày")
    end = models.DateField("đến ngày")
    subject = models.CharField("về việc", max_length=300)
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
