"""Report requests the board sends and the units' submissions, their history and extensions."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.campaigns.models import Campaign
from lantoa.organization.models import Unit


class ReportRequest(models.Model):
    """The board asks the units of a campaign for a report by a due date."""

    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="report_requests")
    title = models.CharField("tên yêu cầu", max_length=300)
    description = models.TextField("nội dung yêu cầu", blank=True)
    due_date = models.DateField("hạn nộp")
    expected_units = models.ManyToManyField(
        Unit, related_name="report_requests", verbose_name="đơn vị phải báo cáo"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "yêu cầu báo cáo"
        verbose_name_plural = "yêu cầu báo cáo"
        ordering = ["-due_date", "-pk"]

    def __str__(self) -> str:
        return self.title


class SubmissionStatus(models.TextChoices):
    SUBMITTED = "submitted", "Đã nộp, chờ duyệt"
    ACCEPTED = "accepted", "Đã chấp nhận"
    RETURNED = "returned", "Trả lại để bổ sung"


# What a unit writes with a report, one passage per section of the board's report.
SUBMISSION_PASSAGES = ("results", "good_practices", "difficulties", "proposals")
# Each passage's heading, as the web form and the .xlsx template both show it.
PASSAGE_LABELS = {
    "results": "Kết quả đạt được",
    "good_practices": "Mô hình, cách làm hay",
    "difficulties": "Khó khăn, hạn chế",
    "proposals": "Đề xuất, kiến nghị",
}
PASSAGE_MAX_CHARS = 20_000


class Submission(models.Model):
    """A unit's answer to a report request: its activities to date and what it writes about them."""

    request = models.ForeignKey(ReportRequest, on_delete=models.PROTECT, related_name="submissions")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="submissions")
    status = models.CharField(
        max_length=10, choices=SubmissionStatus.choices, default=SubmissionStatus.SUBMITTED
    )
    # Four separate passages, so the board's report can draft each section from the right one.
    results = models.TextField("kết quả đạt được", blank=True)
    good_practices = models.TextField("mô hình, cách làm hay", blank=True)
    difficulties = models.TextField("khó khăn, hạn chế", blank=True)
    proposals = models.TextField("đề xuất, kiến nghị", blank=True)
    snapshot = models.JSONField("số liệu khi nộp", default=dict, blank=True)
    version = models.PositiveIntegerField(default=1)
    first_submitted_at = models.DateTimeField()
    submitted_at = models.DateTimeField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    return_reason = models.TextField("lý do trả lại", blank=True)
    # Set when board staff reopen an accepted report: the last day it had covered. Changes to
    # the unit's activities up to that day are audited until the report is accepted again.
    reopened_through = models.DateField("mở lại số liệu đến hết ngày", null=True, blank=True)

    class Meta:
        verbose_name = "báo cáo của đơn vị"
        verbose_name_plural = "báo cáo của đơn vị"
        constraints = [
            models.UniqueConstraint(fields=["request", "unit"], name="one_submission_per_unit")
        ]

    def __str__(self) -> str:
        return f"{self.unit} — {self.request}"


class SubmissionEventAction(models.TextChoices):
    """A step in a submission's history: each status it takes (recorded as is) or a reopening."""

    SUBMITTED = SubmissionStatus.SUBMITTED.value, SubmissionStatus.SUBMITTED.label
    ACCEPTED = SubmissionStatus.ACCEPTED.value, SubmissionStatus.ACCEPTED.label
    RETURNED = SubmissionStatus.RETURNED.value, SubmissionStatus.RETURNED.label
    REOPENED = "reopened", "Ban mở lại số liệu đã khóa"


class SubmissionEvent(models.Model):
    """The history of a submission: submitted, returned, resubmitted, accepted, reopened."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="events")
    action = models.CharField(max_length=10, choices=SubmissionEventAction.choices)
    reason = models.TextField(blank=True)
    version = models.PositiveIntegerField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} v{self.version}"


class Extension(models.Model):
    """A later due date the board granted one unit for one report request."""

    request = models.ForeignKey(ReportRequest, on_delete=models.CASCADE, related_name="extensions")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    due_date = models.DateField("hạn mới")
    reason = models.CharField("lý do", max_length=300, blank=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "gia hạn"
        verbose_name_plural = "gia hạn"
        constraints = [
            models.UniqueConstraint(fields=["request", "unit"], name="one_extension_per_unit")
        ]

    def __str__(self) -> str:
        return f"{self.unit}: {self.due_date:%d/%m/%Y}"
