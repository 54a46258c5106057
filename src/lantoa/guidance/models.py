"""An uploaded guidance document, its extracted text and the campaign it proposes."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from lantoa.campaigns.models import Campaign
from lantoa.organization.models import Unit


def original_path(instance: GuidanceDocument, filename: str) -> str:
    """Store originals under a random name; the user's file name is kept in a field."""
    suffix = filename.rsplit(".", 1)[-1].lower()[:8] if "." in filename else "bin"
    return f"guidance/{uuid.uuid4().hex}.{suffix}"


class GuidanceStatus(models.TextChoices):
    READING = "reading", "Đang đọc văn bản"
    FAILED = "failed", "Không đọc được"
    DRAFT = "draft", "Đang rà soát"
    CONFIRMED = "confirmed", "Đã xác nhận"


class GuidanceDocument(models.Model):
    """A guidance as uploaded (or started by hand) and reviewed until it becomes a campaign."""

    owner = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="guidance_documents", verbose_name="đơn vị"
    )
    original = models.FileField("tệp gốc", upload_to=original_path, blank=True)
    filename = models.CharField("tên tệp", max_length=255, blank=True)
    text = models.TextField("văn bản trích xuất", blank=True)
    parse = models.JSONField("kết quả đọc văn bản", default=dict, blank=True)
    proposal = models.JSONField("đề xuất đợt tuyên truyền", default=dict, blank=True)
    status = models.CharField(
        "trạng thái", max_length=10, choices=GuidanceStatus.choices, default=GuidanceStatus.DRAFT
    )
    campaign = models.OneToOneField(
        Campaign, on_delete=models.SET_NULL, null=True, blank=True, related_name="guidance"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # A PDF's signatures as checked at upload (core.pdfsign.SignatureCheck.as_dict each).
    signatures = models.JSONField("chữ ký số", default=list, blank=True)
    # While the worker reads the file: the step it is at; when it could not: why (Vietnamese).
    stage = models.CharField("bước đang đọc", max_length=120, blank=True)
    error = models.TextField("lý do không đọc được", blank=True)

    class Meta:
        verbose_name = "văn bản hướng dẫn"
        verbose_name_plural = "văn bản hướng dẫn"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.filename or f"Văn bản nhập tay #{self.pk}"
