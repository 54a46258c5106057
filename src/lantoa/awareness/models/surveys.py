"""Surveys: anonymous questionnaires of an audience group in a unit's area, with Likert items."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.campaigns.models import Audience, Campaign
from lantoa.organization.models import Unit


class SurveyState(models.TextChoices):
    DRAFT = "draft", "Chưa mở"
    OPEN = "open", "Đang mở"
    CLOSED = "closed", "Đã đóng"


class Survey(models.Model):
    """A questionnaire of a campaign for one audience group in one unit's area."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    audience = models.CharField("nhóm đối tượng", max_length=24, choices=Audience.choices)
    title = models.CharField("tiêu đề", max_length=300)
    intro = models.TextField("lời giới thiệu", blank=True)
    target_size = models.PositiveIntegerField("cỡ mẫu dự kiến")
    code = models.CharField("mã khảo sát", max_length=12, unique=True)
    state = models.CharField(max_length=8, choices=SurveyState.choices, default=SurveyState.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "khảo sát"
        verbose_name_plural = "khảo sát"

    def __str__(self) -> str:
        return self.title


class SurveyItemKind(models.TextChoices):
    UNDERSTANDING = "understanding", "Mức độ hiểu (1–5)"
    SUPPORT = "support", "Mức độ đồng tình, ủng hộ (1–5)"
    OPEN = "open", "Câu hỏi mở"


class SurveyItem(models.Model):
    """One question of a survey: a Likert item (1–5) on understanding or support, or open."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField("loại câu hỏi", max_length=14, choices=SurveyItemKind.choices)
    text = models.TextField("nội dung câu hỏi")

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "position"], name="one_item_per_position")
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_likert(self) -> bool:
        return self.kind != SurveyItemKind.OPEN


class SurveyResponse(models.Model):
    """One device's anonymous questionnaire: no identity, no time, only a keyed device hash."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    device = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["survey", "device"], name="one_survey_per_device")
        ]

    def __str__(self) -> str:
        return f"Phiếu khảo sát #{self.pk}"


class SurveyAnswer(models.Model):
    """One answer of a questionnaire: a Likert value, or open text masked at intake."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(SurveyItem, on_delete=models.CASCADE, related_name="answers")
    value = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "item"], name="one_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True) | models.Q(value__gte=1, value__lte=5),
                name="likert_value_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"Trả lời câu {self.item_id}"
