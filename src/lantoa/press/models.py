"""Press agencies' plans and their published items, which fulfil the plans and campaign tasks."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.campaigns.models import Campaign, Channel, Task
from lantoa.organization.models import Unit
from lantoa.showcase.models import ShowcaseEntry

PRESS_CHANNELS = [
    (c, label)
    for c, label in Channel.choices
    if c in ("print", "online", "radio", "tv", "social", "podcast", "video")
]


class PressPlan(models.Model):
    """A press unit's plan line for a campaign: items planned in one month, columns, programmes."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="press_plans")
    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="press_plans")
    month = models.DateField("tháng")  # the first day of the month
    planned_items = models.PositiveIntegerField("số tin, bài, chương trình dự kiến")
    columns = models.TextField("chuyên trang, chuyên mục, chương trình", blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "kế hoạch tuyên truyền của cơ quan báo chí"
        verbose_name_plural = "kế hoạch tuyên truyền của cơ quan báo chí"
        ordering = ["month", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "campaign", "month"], name="one_press_plan_per_month"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.month:%m/%Y}: {self.planned_items}"


class PressItem(models.Model):
    """A published article or programme; the same article anywhere has the same key."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="press_items")
    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="press_items")
    title = models.CharField("tiêu đề", max_length=300)
    outlet = models.CharField("ấn phẩm, kênh", max_length=200)
    date = models.DateField("ngày đăng, phát")
    channel = models.CharField("loại hình", max_length=20, choices=PRESS_CHANNELS)
    url = models.URLField("đường dẫn", max_length=500, blank=True)
    issue_number = models.CharField("số báo, số chương trình", max_length=60, blank=True)
    task = models.ForeignKey(
        Task,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="press_items",
        verbose_name="thực hiện nhiệm vụ",
    )
    showcase = models.ForeignKey(
        ShowcaseEntry,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="press_items",
        verbose_name="giới thiệu mô hình, sản phẩm",
    )
    canonical_key = models.CharField(max_length=500, blank=True, db_index=True)
    # The same article as an activity of the agency on its channel: what the dashboard counts.
    activity = models.OneToOneField(
        "reporting.Activity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="press_item",
        verbose_name="hoạt động",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "tin, bài đã đăng"
        verbose_name_plural = "tin, bài đã đăng"
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["campaign", "unit", "date"])]

    def __str__(self) -> str:
        return self.title
