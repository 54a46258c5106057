"""Propaganda materials per campaign, audience and language, in versions that are approved."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from lantoa.campaigns.models import Audience, Campaign


class MaterialKind(models.TextChoices):
    LEAFLET = "leaflet", "Tờ rơi"
    QA = "qa", "Hỏi – đáp"
    NEWSLETTER = "newsletter", "Tin, bài cho bản tin"
    LOUDSPEAKER = "loudspeaker", "Bài phát trên loa truyền thanh cơ sở"
    PODCAST = "podcast", "Kịch bản podcast"
    VIDEO = "video", "Kịch bản video ngắn"
    OUTLINE = "outline", "Đề cương tuyên truyền (cho báo cáo viên, phóng viên)"


class Language(models.TextChoices):
    VIETNAMESE = "vi", "Tiếng Việt"
    THAI = "tai", "Tiếng Thái"
    HMONG = "hmn", "Tiếng Mông"


class VersionStatus(models.TextChoices):
    DRAFT = "draft", "Bản nháp"
    IN_REVIEW = "in_review", "Chờ duyệt"
    APPROVED = "approved", "Đã duyệt"
    RETURNED = "returned", "Trả lại để sửa"


class Material(models.Model):
    """One material of a campaign for one audience in one language; its text lives in versions."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.PROTECT, related_name="materials", verbose_name="đợt"
    )
    kind = models.CharField("loại tài liệu", max_length=12, choices=MaterialKind.choices)
    audience = models.CharField("đối tượng", max_length=24, choices=Audience.choices)
    language = models.CharField("ngôn ngữ", max_length=3, choices=Language.choices, default="vi")
    title = models.CharField("tên tài liệu", max_length=300)
    # A translation is uploaded by a person; it points at the Vietnamese original.
    translation_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translations",
        verbose_name="bản dịch của",
    )
    # The newest approved version, kept by the services so lists and forms read one row.
    approved_version = models.ForeignKey(
        "MaterialVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    first_approved_at = models.DateTimeField(null=True, blank=True)
    search_key = models.CharField(max_length=600, editable=False, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "tài liệu tuyên truyền"
        verbose_name_plural = "tài liệu tuyên truyền"
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["campaign", "approved_version"]),
            models.Index(fields=["kind", "audience", "language"]),
        ]

    def __str__(self) -> str:
        return self.title


def material_file_path(instance: MaterialVersion, filename: str) -> str:
    """Store an attached file under a random name inside the material's folder."""
    suffix = filename.rsplit(".", 1)[-1].lower()[:8] if "." in filename else "bin"
    return f"materials/{instance.material_id}/{uuid.uuid4().hex}.{suffix}"


class MaterialVersion(models.Model):
    """One version of a material's text and file; approved versions never change."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField("phiên bản")
    status = models.CharField(
        "trạng thái", max_length=10, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    key_messages = models.TextField("thông điệp chính (mỗi dòng một ý)", blank=True)
    body = models.TextField("nội dung", blank=True)
    questions = models.TextField("hỏi – đáp (dòng “Hỏi:” rồi dòng “Đáp:”)", blank=True)
    contact = models.TextField("liên hệ", blank=True)
    speaking_rate_wpm = models.PositiveSmallIntegerField(
        "tốc độ đọc (từ/phút)", null=True, blank=True
    )
    file = models.FileField("tệp đính kèm", upload_to=material_file_path, blank=True)
    original_name = models.CharField("tên tệp", max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    audio = models.FileField("bản đọc thử do máy tạo", upload_to=material_file_path, blank=True)
    audio_state = models.CharField(max_length=10, blank=True)  # "", queued, done, failed
    return_reason = models.TextField("lý do trả lại", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "phiên bản tài liệu"
        verbose_name_plural = "phiên bản tài liệu"
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["material", "number"], name="one_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.material} — phiên bản {self.number}"
