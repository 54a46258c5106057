"""The outgoing-document register (sổ văn bản đi): numbers per document type per year."""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.db import models


class OutgoingType(models.TextChoices):
    """Document types of Quy định 399-QĐ/TW, by the symbol they carry (e.g. 12-CV/BTGDVTU)."""

    CONG_VAN = "CV", "Công văn"
    BAO_CAO = "BC", "Báo cáo"
    KE_HOACH = "KH", "Kế hoạch"
    HUONG_DAN = "HD", "Hướng dẫn"
    THONG_BAO = "TB", "Thông báo"
    TO_TRINH = "TTr", "Tờ trình"


class OutgoingCounter(models.Model):
    """The last number given for one document type in one year (the row locked when numbering)."""

    doc_type = models.CharField(max_length=10, choices=OutgoingType.choices)
    year = models.PositiveIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["doc_type", "year"], name="one_counter_per_type_year")
        ]

    def __str__(self) -> str:
        return f"{self.doc_type} {self.year}: {self.last_number}"


class OutgoingReservation(models.Model):
    """A range of numbers of one type and year the văn thư keeps for paper documents.

    Numbering at issue skips it (documents.services.outgoing_number_next); ranges never overlap.
    """

    doc_type = models.CharField("loại văn bản", max_length=10, choices=OutgoingType.choices)
    year = models.PositiveIntegerField("năm")
    first = models.PositiveIntegerField("từ số")
    last = models.PositiveIntegerField("đến số")
    note = models.CharField("ghi chú", max_length=255, blank=True)
    reserved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    reserved_at = models.DateTimeField("thời điểm giữ số", auto_now_add=True)

    class Meta:
        verbose_name = "dải số giữ cho văn bản giấy"
        verbose_name_plural = "dải số giữ cho văn bản giấy"
        ordering = ["year", "doc_type", "first"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(first__lte=models.F("last")), name="reservation_first_le_last"
            )
        ]

    def __str__(self) -> str:
        return f"{self.doc_type} {self.year}: {self.first}–{self.last}"


# Far longer than any render (a 56-unit report with charts takes seconds): an entry still
# "đang tạo tệp", or an approval claimed, longer than this is taken to have died.
STALE_AFTER = datetime.timedelta(minutes=15)


class OutgoingState(models.TextChoices):
    """Where an entry stands: numbered and being rendered, issued with its files, or void."""

    RENDERING = "rendering", "Đang tạo tệp"
    ISSUED = "issued", "Đã ban hành"
    # A number once taken is never given again: a failed render leaves it void, with the reason.
    VOID = "void", "Hủy số (không tạo được tệp)"


def outgoing_path(instance: OutgoingDocument, filename: str) -> str:
    """Store issued documents under the year, with a random name."""
    suffix = filename.rsplit(".", 1)[-1].lower()[:8] if "." in filename else "bin"
    return f"outgoing/{instance.year}/{uuid.uuid4().hex}.{suffix}"


class OutgoingDocument(models.Model):
    """One issued document: its number and symbol, subject, file and fingerprint."""

    doc_type = models.CharField("loại văn bản", max_length=10, choices=OutgoingType.choices)
    # Numbers restart every year: the register's term is the calendar year.
    year = models.PositiveIntegerField("năm")
    number = models.PositiveIntegerField("số")
    symbol = models.CharField("ký hiệu", max_length=60)
    title = models.CharField("trích yếu", max_length=500)
    campaign = models.ForeignKey(
        "campaigns.Campaign",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="outgoing_documents",
        verbose_name="đợt tuyên truyền",
    )
    file = models.FileField("tệp", upload_to=outgoing_path)
    filename = models.CharField("tên tệp", max_length=255)
    sha256 = models.CharField(max_length=64)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    issued_at = models.DateTimeField("thời điểm ban hành", auto_now_add=True)
    state = models.CharField(
        "tình trạng", max_length=10, choices=OutgoingState.choices, default=OutgoingState.RENDERING
    )
    void_reason = models.CharField("lý do hủy số", max_length=500, blank=True)
    # The PDF's signatures as last checked (core.pdfsign.SignatureCheck.as_dict, plus "by":
    # "organisation" for the token's at issue, "leader" for a copy signed outside and uploaded).
    signatures = models.JSONField("chữ ký số", default=list, blank=True)

    class Meta:
        verbose_name = "văn bản đi"
        verbose_name_plural = "sổ văn bản đi"
        ordering = ["-year", "doc_type", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["doc_type", "year", "number"], name="one_number_per_type_year"
            )
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def code(self) -> str:
        """Return the number and symbol as printed, e.g. "12-CV/BTGDVTU"."""
        return f"{self.number}-{self.symbol}"

    @property
    def summary(self) -> str:
        """Return "tên loại và trích yếu" as the văn thư writes it: "Báo cáo sơ kết…", "V/v …"."""
        # A công văn has no type name on its face: its trích yếu starts "V/v".
        if self.doc_type == OutgoingType.CONG_VAN:
            return self.title
        return f"{self.get_doc_type_display()} {self.title}"

    def sibling_name(self, suffix: str) -> str:
        """Return the stored name of this entry's file in another format (.pdf beside .docx)."""
        stem = (self.file.name or "").rsplit(".", 1)[0]
        return f"{stem}.{suffix}"


# ---------------------------------------------------------------- official reports


def report_pdf_path(instance: OfficialReport, filename: str) -> str:
    """Store an issued report's PDF beside its .docx, under the register's year."""
    year = instance.outgoing.year if instance.outgoing else "nam-khac"
    return f"outgoing/{year}/{uuid.uuid4().hex}.pdf"


class ReportKind(models.TextChoices):
    PROGRESS = "progress", "Báo cáo sơ kết, tiến độ"
    FINAL = "final", "Báo cáo tổng kết, kết quả"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    REVIEW = "review", "Chờ lãnh đạo duyệt"
    APPROVED = "approved", "Lãnh đạo đã duyệt"
    ISSUED = "issued", "Đã ban hành"


class OfficialReport(models.Model):
    """A campaign report written from the data, edited, approved by a leader, then issued."""

    campaign = models.ForeignKey(
        "campaigns.Campaign",
        on_delete=models.PROTECT,
        related_name="official_reports",
        verbose_name="đợt tuyên truyền",
    )
    kind = models.CharField("loại báo cáo", max_length=10, choices=ReportKind.choices)
    status = models.CharField(
        "trạng thái", max_length=10, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    as_of = models.DateField("số liệu tính đến ngày")
    sections = models.JSONField("nội dung các phần", default=dict)
    signer_name = models.CharField("người ký", max_length=120, blank=True)
    signer_title = models.CharField("chức vụ", max_length=120, blank=True)
    signer_mode = models.CharField("hình thức ký", max_length=10, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField("lý do trả lại", blank=True)
    outgoing = models.OneToOneField(
        OutgoingDocument,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="official_report",
        verbose_name="văn bản đã ban hành",
    )
    pdf_file = models.FileField("bản PDF đã ban hành", upload_to=report_pdf_path, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    # The figures the issued file states, frozen at issue (documents.reports.content.figures_of):
    # the screens show these for an issued report, never the live data.
    issued_figures = models.JSONField("số liệu khi ban hành", default=dict, blank=True)
    # The headline figures the narrative was drafted from (content.narrative_basis): a report
    # whose figures moved since is not issued, its text would contradict its own appendices.
    drafted_figures = models.JSONField("số liệu khi soạn nhận định", default=dict, blank=True)

    class Meta:
        verbose_name = "báo cáo chính thức"
        verbose_name_plural = "báo cáo chính thức"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.campaign}"
