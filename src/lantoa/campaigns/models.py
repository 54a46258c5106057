"""A directive's dissemination campaign, its tasks and one assignment per unit per task."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.organization.models import Unit


class Channel(models.TextChoices):
    CONFERENCE = "conference", "Hội nghị quán triệt, chuyên đề"
    CELL_MEETING = "cell_meeting", "Sinh hoạt chi bộ"
    PRINT = "print", "Báo in, bản tin"
    ONLINE = "online", "Báo điện tử, website, cổng thông tin"
    RADIO = "radio", "Phát thanh"
    TV = "tv", "Truyền hình"
    SOCIAL = "social", "Mạng xã hội chính thống, Zalo"
    LEAFLET = "leaflet", "Tờ rơi, tài liệu, pa-nô"
    PODCAST = "podcast", "Podcast"
    VIDEO = "video", "Video ngắn"
    LOUDSPEAKER = "loudspeaker", "Loa truyền thanh cơ sở"
    ORAL = "oral", "Báo cáo viên, tuyên truyền viên"


class Audience(models.TextChoices):
    """The groups a campaign reaches, one list for materials, surveys and opinion notes."""

    # The guidance names "cơ sở, doanh nghiệp, hợp tác xã, hộ sản xuất, kinh doanh và Nhân dân";
    # the design adds cadres, youth, pupils, workers, farmers and ethnic-minority villages.
    CADRES = "can_bo_dang_vien", "Cán bộ, đảng viên"
    YOUTH = "doan_vien_thanh_nien", "Đoàn viên, thanh niên"
    PEOPLE = "nhan_dan", "Nhân dân"
    STUDENTS = "hoc_sinh_sinh_vien", "Học sinh, sinh viên"
    BUSINESSES = "doanh_nghiep", "Doanh nghiệp, hợp tác xã"
    HOUSEHOLDS = "ho_san_xuat_kinh_doanh", "Hộ sản xuất, kinh doanh"
    WORKERS = "nguoi_lao_dong", "Công nhân, người lao động"
    FARMERS = "nong_dan", "Nông dân"
    ETHNIC = "dong_bao_dan_toc", "Đồng bào dân tộc thiểu số"


class Directive(models.Model):
    """The source document being disseminated, e.g. Kết luận số 51-KL/TW."""

    doc_type = models.CharField("loại văn bản", max_length=60)
    number = models.CharField("số, ký hiệu", max_length=60, blank=True)
    date = models.DateField("ngày ban hành", null=True, blank=True)
    issuer = models.CharField("cơ quan ban hành", max_length=255, blank=True)
    title = models.TextField("trích yếu", blank=True)

    class Meta:
        verbose_name = "văn bản chỉ đạo"
        verbose_name_plural = "văn bản chỉ đạo"

    def __str__(self) -> str:
        return f"{self.doc_type} số {self.number}".strip() if self.number else self.doc_type


class CampaignState(models.TextChoices):
    ACTIVE = "active", "Đang triển khai"
    CLOSED = "closed", "Đã kết thúc"


def running(via: str = "") -> models.Q:
    """Match running campaigns (through `via`, e.g. "task__campaign__"): ended ones ask nothing."""
    # The one test of "running" for work lists, reminders, report requests and the API.
    return models.Q(**{f"{via}state": CampaignState.ACTIVE})


class Campaign(models.Model):
    """One directive's dissemination in the province, organised by a guidance document."""

    owner = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="campaigns", verbose_name="đơn vị chủ trì"
    )
    directive = models.ForeignKey(
        Directive,
        on_delete=models.PROTECT,
        related_name="campaigns",
        verbose_name="văn bản chỉ đạo",
    )
    title = models.TextField("tên đợt tuyên truyền")
    state = models.CharField(
        "trạng thái", max_length=10, choices=CampaignState.choices, default=CampaignState.ACTIVE
    )
    guidance_type = models.CharField("loại văn bản hướng dẫn", max_length=60, default="Hướng dẫn")
    guidance_number = models.CharField("số, ký hiệu văn bản hướng dẫn", max_length=60, blank=True)
    guidance_date = models.DateField("ngày văn bản hướng dẫn", null=True, blank=True)
    guidance_place = models.CharField("địa danh", max_length=100, blank=True)
    issuer = models.CharField("cơ quan ban hành hướng dẫn", max_length=255, blank=True)
    signer_name = models.CharField("người ký", max_length=120, blank=True)
    signer_title = models.CharField("chức vụ người ký", max_length=120, blank=True)
    signer_mode = models.CharField("hình thức ký", max_length=10, blank=True)
    references = models.JSONField("văn bản liên quan", default=list, blank=True)
    purposes = models.JSONField("mục đích", default=list, blank=True)
    requirements = models.JSONField("yêu cầu", default=list, blank=True)
    content = models.JSONField("nội dung", default=list, blank=True)
    audiences = models.JSONField("đối tượng", default=list, blank=True)
    channels = models.JSONField("hình thức", default=list, blank=True)
    peak_start = models.DateField("cao điểm từ", null=True, blank=True)
    peak_end = models.DateField("cao điểm đến", null=True, blank=True)
    continuous = models.BooleanField("duy trì thường xuyên", default=False)
    phases = models.JSONField("các đợt", default=list, blank=True)
    recipients = models.JSONField("nơi nhận", default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "đợt tuyên truyền"
        verbose_name_plural = "đợt tuyên truyền"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    # A choice list's line: KL 51's title cut at a fixed length ended "… ngày 17", which reads
    # as a date; it is cut at a word and marked as cut.
    LABEL_CHARS = 100

    @property
    def is_running(self) -> bool:
        """Tell whether the campaign still asks its units for work (the board has not ended it)."""
        return self.state == CampaignState.ACTIVE

    @property
    def short_title(self) -> str:
        """Return the title for a choice list: whole, or cut at a word with "…"."""
        if len(self.title) <= self.LABEL_CHARS:
            return self.title
        head = self.title[: self.LABEL_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-–")
        return f"{head}…"


class DeadlineKind(models.TextChoices):
    DATE = "date", "Trước ngày"
    MONTH = "month", "Trong tháng"
    QUARTER = "quarter", "Trong quý"
    YEAR = "year", "Trong năm"
    WITHIN_DAYS = "within_days", "Trong số ngày"
    BY_REGULATION = "by_regulation", "Theo quy định"


class Task(models.Model):
    """A clause of the guidance addressed to a group of units or to one named unit."""

    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="tasks", verbose_name="đợt tuyên truyền"
    )
    position = models.PositiveIntegerField("thứ tự", default=0)
    group_heading = models.CharField("nhóm đơn vị", max_length=500)
    group_kinds = models.JSONField("các loại đơn vị", default=list, blank=True)
    group_units = models.ManyToManyField(
        Unit, blank=True, related_name="+", verbose_name="đơn vị cụ thể của nhóm"
    )
    named_unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="giao riêng cho đơn vị",
    )
    text = models.TextField("nội dung nhiệm vụ")
    ref = models.CharField("vị trí trong văn bản", max_length=120, blank=True)
    deadline_kind = models.CharField(
        "loại thời hạn", max_length=20, choices=DeadlineKind.choices, blank=True
    )
    deadline_text = models.CharField("thời hạn (nguyên văn)", max_length=255, blank=True)
    due_date = models.DateField("hạn hoàn thành", null=True, blank=True)

    class Meta:
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"
        ordering = ["campaign", "position"]

    def __str__(self) -> str:
        return self.text[:80]


class Assignment(models.Model):
    """A task given to one unit; whether it was carried out is read from the unit's activities
    (reporting.standing), never stored here."""

    task = models.ForeignKey(
        Task, on_delete=models.CASCADE, related_name="assignments", verbose_name="nhiệm vụ"
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="assignments", verbose_name="đơn vị"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "giao nhiệm vụ"
        verbose_name_plural = "giao nhiệm vụ"
        constraints = [
            models.UniqueConstraint(
                fields=["task", "unit"], name="one_assignment_per_unit_and_task"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.task}"
