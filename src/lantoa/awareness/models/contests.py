"""Study contests ("cuộc thi tìm hiểu"): rounds drawn from the approved bank, named entries."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.awareness.models.checks import Question
from lantoa.campaigns.models import Campaign
from lantoa.organization.models import Unit

DEFAULT_RETENTION_DAYS = 180


class Contest(models.Model):
    """A campaign's study contest: its rules, consent notice and how long entrants are kept."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="contests")
    title = models.CharField("tên cuộc thi", max_length=300)
    rules = models.TextField("thể lệ", blank=True)
    consent = models.TextField("thông báo về dữ liệu cá nhân")
    retention_days = models.PositiveIntegerField(
        "số ngày lưu họ tên, số điện thoại sau khi vòng thi cuối đóng",
        default=DEFAULT_RETENTION_DAYS,
    )
    winners = models.PositiveSmallIntegerField("số giải mỗi vòng", default=3)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    erased_at = models.DateTimeField("đã xóa dữ liệu cá nhân lúc", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "cuộc thi tìm hiểu"
        verbose_name_plural = "cuộc thi tìm hiểu"

    def __str__(self) -> str:
        return self.title


class ContestRound(models.Model):
    """One round of a contest: its time window, questions and tie-break question."""

    contest = models.ForeignKey(Contest, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField("vòng số")
    code = models.CharField("mã vòng thi", max_length=12, unique=True)
    opens_at = models.DateTimeField("mở lúc")
    closes_at = models.DateTimeField("đóng lúc")
    questions = models.ManyToManyField(Question, related_name="contest_rounds")
    tie_break = models.CharField(
        "câu hỏi phụ (dự đoán)",
        max_length=300,
        default="Dự đoán có bao nhiêu lượt dự thi vòng này?",
    )
    # None: the answer is the round's own number of entries, known once it closes.
    tie_break_answer = models.PositiveIntegerField("đáp án câu hỏi phụ", null=True, blank=True)

    class Meta:
        ordering = ["contest_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["contest", "number"], name="one_round_number")
        ]

    def __str__(self) -> str:
        return f"Vòng {self.number}"


class ContestEntry(models.Model):
    """One entrant's answers to a round, with the time taken; name and phone erased later."""

    round = models.ForeignKey(ContestRound, on_delete=models.CASCADE, related_name="entries")
    name = models.CharField("họ và tên", max_length=120)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    phone = models.CharField("số điện thoại", max_length=20, blank=True)
    # Keyed hashes: the same person (name, unit, phone) and the same device enter a round once.
    person = models.CharField(max_length=64)
    device = models.CharField(max_length=64)
    answers = models.JSONField(default=dict)  # question id -> chosen options
    order = models.JSONField(default=list)  # the question ids in the order shown
    score = models.PositiveSmallIntegerField()
    tie_break_guess = models.PositiveIntegerField("dự đoán")
    started_at = models.DateTimeField()
    submitted_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField()
    consent_at = models.DateTimeField()
    erased = models.BooleanField(default=False)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "person"], name="one_entry_per_person"),
            models.UniqueConstraint(fields=["round", "device"], name="one_entry_per_device"),
        ]
        indexes = [models.Index(fields=["round", "unit"], name="contest_entry_unit")]

    def __str__(self) -> str:
        return f"Bài dự thi #{self.pk}"
