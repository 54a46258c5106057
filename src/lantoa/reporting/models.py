"""What units did for a campaign: activities, evidence, their history, locks, summaries."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from lantoa.campaigns.models import Campaign, Channel, Task
from lantoa.core.numbers import format_vn_number
from lantoa.organization.models import Unit


def _figure(label: str) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(label, null=True, blank=True)


class ActivitySource(models.TextChoices):
    WEB = "web", "Nhập trên web"
    EXCEL = "excel", "Tải lên Excel"
    API = "api", "Kết nối API"
    DEMO = "demo", "Dữ liệu minh họa"
    # A press agency's published item: changed or withdrawn through the item only.
    PRESS = "press", "Tin, bài của cơ quan báo chí"


class ActivityQuerySet(models.QuerySet["Activity"]):
    """Activities, with the one rule of which of them count."""

    def kept(self) -> ActivityQuerySet:
        """Return the activities that count: those not deleted (a deleted one stays as history)."""
        return self.filter(is_deleted=False)


class Activity(models.Model):
    """One thing a unit did for a campaign on one channel; figures None = not reported."""

    campaign = models.ForeignKey(
        Campaign,
        on_delete=models.PROTECT,
        related_name="activities",
        verbose_name="đợt tuyên truyền",
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="activities", verbose_name="đơn vị"
    )
    task = models.ForeignKey(
        Task,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name="thực hiện nhiệm vụ",
    )
    channel = models.CharField("hình thức", max_length=20, choices=Channel.choices)
    date = models.DateField("ngày thực hiện")
    title = models.CharField("tên hoạt động", max_length=300)
    sessions = _figure("số buổi")
    party_members_present = _figure("số đảng viên tham dự")
    other_attendees = _figure("số người khác tham dự")
    connection_points = _figure("số điểm cầu")
    cells = _figure("số chi bộ")
    items = _figure("số tin, bài, sản phẩm")
    copies = _figure("số bản")
    titles = _figure("số đầu tài liệu")
    views = _figure("số lượt xem")
    minutes = _figure("thời lượng (phút)")
    posts = _figure("số bài đăng")
    reach = _figure("số lượt tiếp cận")
    broadcasts = _figure("số lần phát")
    villages = _figure("số thôn, bản")
    listeners = _figure("số người nghe")
    url = models.URLField("đường dẫn", max_length=500, blank=True)
    # The approved material the unit used (the Material, not a version: the version in use on
    # the activity's date follows from the approval history, and edits keep the link stable).
    material = models.ForeignKey(
        "materials.Material",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name="tài liệu sử dụng",
    )
    # The published article's key (reporting/publications.py): the same article counts once.
    publication_key = models.CharField(max_length=500, blank=True, default="", db_index=True)
    notes = models.TextField("ghi chú", blank=True)
    source = models.CharField(
        "nguồn", max_length=10, choices=ActivitySource.choices, default=ActivitySource.WEB
    )
    # A stable key for the Excel round trip: the same row uploaded twice is the same activity.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    is_deleted = models.BooleanField("đã xóa", default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = "hoạt động"
        verbose_name_plural = "hoạt động"
        ordering = ["-date", "-pk"]
        indexes = [
            # By date within a unit: the review page reads a unit's activities of a few days
            # (is_deleted is left out: SQLite compiles "= False" to NOT, which no index serves).
            models.Index(fields=["campaign", "unit", "date"]),
            models.Index(fields=["campaign", "date"]),
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.get_channel_display()}: {self.title}"


class ActivityChange(models.Model):
    """One field of an activity changed: who, when, old → new. Never deleted."""

    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="changes")
    field = models.CharField(max_length=40)
    old = models.TextField(blank=True)
    new = models.TextField(blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    source = models.CharField(
        max_length=10, choices=ActivitySource.choices, default=ActivitySource.WEB
    )

    class Meta:
        verbose_name = "lịch sử thay đổi"
        verbose_name_plural = "lịch sử thay đổi"
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.field}: {self.old} → {self.new}"

    @property
    def old_shown(self) -> str:
        """Return the old value as the page shows it (a channel's name, a task's place, 1.500)."""
        return self._shown(self.old)

    @property
    def new_shown(self) -> str:
        """Return the new value as the page shows it (a channel's name, a task's place, 1.500)."""
        return self._shown(self.new)

    def _shown(self, value: str) -> str:
        # What a change stores is the field's raw value (a channel's code, a row's id, 25000);
        # texts and dates (stored dd/mm/yyyy) read as they are.
        if not value or self.field == "*":
            return value
        if self.field == "channel":
            return str(dict(Channel.choices).get(value, value))
        try:
            field = Activity._meta.get_field(self.field)
        except FieldDoesNotExist:
            return value
        if isinstance(field, models.ForeignKey) and value.isdigit():
            row = field.related_model._default_manager.filter(pk=int(value)).first()
            if isinstance(row, Task):
                return f"Nhiệm vụ {row.ref or row.position}"
            return str(row) if row is not None else value
        if isinstance(field, models.PositiveIntegerField) and value.isdigit():
            return format_vn_number(int(value))
        return value

    @property
    def field_label(self) -> str:
        """Return the Vietnamese name of the changed field ("*" is the creation)."""
        if self.field == "*":
            return "tạo mới"
        try:
            field = Activity._meta.get_field(self.field)
            return str(getattr(field, "verbose_name", self.field))  # a relation's has none
        except FieldDoesNotExist:
            return self.field


def evidence_path(instance: Evidence, filename: str) -> str:
    """Store evidence under a random name inside the unit's folder."""
    suffix = filename.rsplit(".", 1)[-1].lower()[:8] if "." in filename else "bin"
    return f"evidence/{instance.activity.unit_id}/{uuid.uuid4().hex}.{suffix}"


class Evidence(models.Model):
    """A photo, a PDF or a link that shows an activity happened."""

    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="evidence")
    file = models.FileField("tệp", upload_to=evidence_path, blank=True)
    original_name = models.CharField("tên tệp", max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    link = models.URLField("đường dẫn", max_length=500, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "minh chứng"
        verbose_name_plural = "minh chứng"

    def __str__(self) -> str:
        return self.original_name or self.link


class ReportingLock(models.Model):
    """The board's lock: activities dated on or before this day can no longer be changed."""

    campaign = models.OneToOneField(Campaign, on_delete=models.CASCADE, related_name="lock")
    locked_through = models.DateField("khóa số liệu đến hết ngày")
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    locked_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "khóa số liệu"
        verbose_name_plural = "khóa số liệu"

    def __str__(self) -> str:
        return f"{self.campaign_id}: {self.locked_through:%d/%m/%Y}"


class UnitCampaignSummary(models.Model):
    """Per unit and campaign totals kept current on every write, so dashboards read one row.

    Denominators are not copied here: they are read live (organization.figures).
    """

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="summaries")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    activities = models.PositiveIntegerField(default=0)
    by_channel = models.JSONField(default=dict)
    figures = models.JSONField(default=dict)  # figure name -> sum, only figures ever reported
    tasks_total = models.PositiveIntegerField(default=0)
    tasks_done = models.PositiveIntegerField(default=0)
    done_tasks = models.JSONField(default=list)  # ids of the tasks with at least one activity
    briefed = models.PositiveIntegerField(null=True)  # party members present at quán triệt
    last_activity = models.DateField(null=True)
    refreshed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "unit"], name="one_summary_per_unit")
        ]

    def __str__(self) -> str:
        return f"{self.campaign_id}/{self.unit_id}"


class Holiday(models.Model):
    """A public holiday or compensatory day off that is not in the built-in calendar."""

    date = models.DateField("ngày nghỉ", unique=True)
    name = models.CharField("tên ngày nghỉ", max_length=120)
    is_working_day = models.BooleanField(
        "ngày làm bù", default=False, help_text="Đánh dấu nếu đây là ngày cuối tuần phải đi làm bù."
    )

    class Meta:
        verbose_name = "ngày nghỉ lễ"
        verbose_name_plural = "ngày nghỉ lễ"
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.name}"


# --- Dashboards: weekly counts per channel (kept current by services.summaries) ---------------


class UnitWeekChannelCount(models.Model):
    """Activities of one unit in one campaign, per week (Monday) and channel, for the charts."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    week_start = models.DateField()
    channel = models.CharField(max_length=20, choices=Channel.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "unit", "week_start", "channel"], name="one_count_per_week"
            )
        ]
        indexes = [models.Index(fields=["campaign", "week_start"])]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.week_start:%d/%m/%Y} {self.channel}: {self.count}"


# Kept in their own modules so this one stays readable (report requests and submissions among
# them); imported here so Django registers them (and so the migrations'
# lantoa.reporting.models.excel_import_path still resolves).
from lantoa.reporting.excel_models import (  # noqa: E402, F401
    ExcelImport,
    ExcelImportStatus,
    excel_import_path,
)
from lantoa.reporting.practice_models import PracticeMark  # noqa: E402, F401
from lantoa.reporting.review_models import ActivityDay, ActivityOutlier  # noqa: E402, F401
from lantoa.reporting.submission_models import (  # noqa: E402, F401
    PASSAGE_LABELS,
    PASSAGE_MAX_CHARS,
    SUBMISSION_PASSAGES,
    Extension,
    ReportRequest,
    Submission,
    SubmissionEvent,
    SubmissionEventAction,
    SubmissionStatus,
)
