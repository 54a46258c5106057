"""The Excel round trip's record: an uploaded workbook, checked and planned, then applied."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from lantoa.campaigns.models import Campaign


class ExcelImportStatus(models.TextChoices):
    CHECKING = "checking", "Đang kiểm tra"
    PREVIEW = "preview", "Chờ xác nhận"
    FAILED = "failed", "Không nhận được"
    APPLYING = "applying", "Đang áp dụng"
    APPLIED = "applied", "Đã áp dụng"


def excel_import_path(instance: ExcelImport, filename: str) -> str:
    """Store an uploaded workbook under a random name; the original name is kept aside."""
    return f"excel-imports/{instance.campaign_id}/{uuid.uuid4().hex}.xlsx"


class ExcelImport(models.Model):
    """An uploaded workbook of activities: checked, previewed, then applied all or nothing."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="+")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    file = models.FileField("tệp", upload_to=excel_import_path)
    original_name = models.CharField("tên tệp", max_length=255)
    size = models.PositiveBigIntegerField(default=0)
    status = models.CharField(
        max_length=10, choices=ExcelImportStatus.choices, default=ExcelImportStatus.CHECKING
    )
    stage = models.CharField("bước đang làm", max_length=120, blank=True)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    message = models.TextField("lý do không nhận", blank=True)
    # counts (new/changed/unchanged/errors), the first errors and the per-row diff
    plan = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "tệp Excel tải lên"
        verbose_name_plural = "tệp Excel tải lên"
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.get_status_display()})"
