"""Awareness checks: a campaign's question bank, checks held at sessions, anonymous answers."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.campaigns.models import Campaign
from lantoa.organization.models import Unit
from lantoa.reporting.models import Activity


class QuestionKind(models.TextChoices):
    SINGLE = "single", "Một lựa chọn đúng"
    MULTIPLE = "multiple", "Nhiều lựa chọn đúng"
    TRUE_FALSE = "true_false", "Đúng / Sai"
    SHORT = "short", "Trả lời ngắn"


class QuestionTag(models.TextChoices):
    VIEWPOINTS = "quan_diem", "Quan điểm"
    GOALS = "muc_tieu", "Mục tiêu"
    TASKS = "nhiem_vu", "Nhiệm vụ"
    SOLUTIONS = "giai_phap", "Giải pháp"
    GUIDANCE = "huong_dan", "Nội dung hướng dẫn"


class Difficulty(models.IntegerChoices):
    EASY = 1, "Dễ"
    MEDIUM = 2, "Trung bình"
    HARD = 3, "Khó"


class QuestionStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    APPROVED = "approved", "Đã duyệt"
    # An approved question whose newer version was approved: the checks opened with it keep it.
    SUPERSEDED = "superseded", "Đã thay bằng phiên bản mới"


class Question(models.Model):
    """One version of a question of a campaign's bank; only approved ones go into new checks."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="questions")
    kind = models.CharField("loại câu hỏi", max_length=12, choices=QuestionKind.choices)
    text = models.TextField("nội dung câu hỏi")
    options = models.JSONField("các phương án", default=list)
    correct = models.JSONField("phương án đúng (số thứ tự từ 0)", default=list)
    accepted = models.JSONField("các đáp án được chấp nhận (trả lời ngắn)", default=list)
    tag = models.CharField("phần của văn bản", max_length=12, choices=QuestionTag.choices)
    difficulty = models.PositiveSmallIntegerField(
        "độ khó", choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    status = models.CharField(
        max_length=10, choices=QuestionStatus.choices, default=QuestionStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveSmallIntegerField("phiên bản", default=1)
    previous = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_versions",
        verbose_name="phiên bản trước",
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = "câu hỏi"
        verbose_name_plural = "ngân hàng câu hỏi"

    def __str__(self) -> str:
        return self.text[:80]


class CheckPhase(models.TextChoices):
    BEFORE = "before", "Trước buổi học"
    AFTER = "after", "Sau buổi học"


class AwarenessCheck(models.Model):
    """A check of 5–10 approved questions held at one conference or cell meeting of a unit."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    activity = models.ForeignKey(
        Activity, on_delete=models.PROTECT, related_name="awareness_checks"
    )
    phase = models.CharField("thời điểm", max_length=6, choices=CheckPhase.choices)
    title = models.CharField("tiêu đề", max_length=300)
    code = models.CharField("mã kiểm tra", max_length=12, unique=True)
    questions = models.ManyToManyField(Question, related_name="checks")
    closes_at = models.DateTimeField("đóng lúc")
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "lượt kiểm tra nhận thức"
        verbose_name_plural = "kiểm tra nhận thức"

    def __str__(self) -> str:
        return self.title


class Response(models.Model):
    """One device's anonymous answer sheet to a check: no identity, only a keyed device hash."""

    check_ref = models.ForeignKey(
        AwarenessCheck, on_delete=models.CASCADE, related_name="responses"
    )
    device = models.CharField(max_length=64)
    score = models.PositiveSmallIntegerField()
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["check_ref", "device"], name="one_response_per_device")
        ]

    def __str__(self) -> str:
        return f"Phiếu trả lời #{self.pk}"


class ResponseItem(models.Model):
    """Whether one anonymous sheet got one question right (kept for item analysis only)."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    correct = models.BooleanField()

    def __str__(self) -> str:
        return f"Câu {self.question_id}"


class PaperTally(models.Model):
    """A paper answer sheet's totals for one question of a check, entered by the unit."""

    check_ref = models.ForeignKey(AwarenessCheck, on_delete=models.CASCADE, related_name="tallies")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    answered = models.PositiveIntegerField("số người trả lời")
    correct = models.PositiveIntegerField("số người trả lời đúng")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["check_ref", "question"], name="one_tally_per_question")
        ]

    def __str__(self) -> str:
        return f"{self.correct}/{self.answered}"
