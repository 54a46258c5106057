"""Forms of the reporting pages: an activity with its channel's figures, a report, a review."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils import timezone

from lantoa.campaigns.forms import TaskChoiceField
from lantoa.campaigns.models import Campaign, Channel
from lantoa.core.forms import (
    CountField,
    LabelledModelChoiceField,
    TextBoxField,
    VnDateField,
    typed_field,
)
from lantoa.materials.models import Material
from lantoa.materials.selectors import approved_materials
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import units_in_force
from lantoa.reporting.figures import FIGURE_LABELS, figures_for
from lantoa.reporting.models import PASSAGE_LABELS, PASSAGE_MAX_CHARS
from lantoa.reporting.services import ActivityInput


class ActivityForm(forms.Form):
    """One activity: the common fields plus the figures of the chosen channel."""

    channel = forms.ChoiceField(label="Hình thức", choices=Channel.choices)
    date = VnDateField(label="Ngày thực hiện", required=True)
    title = forms.CharField(
        label="Tên hoạt động",
        max_length=300,
        widget=forms.TextInput(attrs={"placeholder": "Ví dụ: Hội nghị quán triệt Kết luận 51"}),
    )
    task = TaskChoiceField()
    material = forms.ModelChoiceField(
        label="Tài liệu tuyên truyền đã dùng (đã duyệt)",
        queryset=Material.objects.none(),
        required=False,
        empty_label="(không dùng tài liệu của Ban)",
        error_messages={"invalid_choice": "Tài liệu chưa được duyệt."},
    )
    url = forms.URLField(
        label="Đường dẫn (nếu đăng trên mạng)",
        required=False,
        max_length=500,
        assume_scheme="https",
    )
    notes = TextBoxField(label="Ghi chú", rows=3)

    def __init__(
        self, *args: Any, campaign: Campaign, tasks: Any, channel: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "task", forms.ModelChoiceField).queryset = tasks
        typed_field(self, "material", forms.ModelChoiceField).queryset = approved_materials(
            campaign=campaign
        )
        chosen = channel or self.data.get("channel") or self.initial.get("channel")
        if chosen not in Channel.values:
            chosen = campaign.channels[0] if campaign.channels else Channel.CONFERENCE
        self.chosen_channel = chosen
        for name in figures_for(chosen):
            # Bounds are the data rules' (reporting.rules), checked by the service for every path.
            # Typed as in the Excel template ("1.200"), so a text box with the digit keypad.
            self.fields[name] = CountField(
                label=FIGURE_LABELS[name],
                required=False,
                error_messages={"invalid": "Nhập một số nguyên (ví dụ 1200 hoặc 1.200)."},
            )

    @property
    def channel_value(self) -> str:
        return self.chosen_channel

    @property
    def figure_fields(self) -> list[Any]:
        return [self[name] for name in figures_for(self.chosen_channel)]

    def to_input(self) -> ActivityInput:
        """Return the cleaned form as the service's input."""
        data = self.cleaned_data
        task = data.get("task")
        return ActivityInput(
            channel=data["channel"],
            date=data["date"],
            title=data["title"],
            task_id=task.pk if task else None,
            figures={name: data.get(name) for name in figures_for(data["channel"])},
            url=data.get("url") or "",
            notes=data.get("notes") or "",
            material_id=data["material"].pk if data.get("material") else None,
        )


class EvidenceForm(forms.Form):
    """A photo or PDF, or a link, that shows the activity happened."""

    file = forms.FileField(
        label="Ảnh hoặc tệp PDF minh chứng",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"}),
    )
    link = forms.URLField(
        label="Hoặc đường dẫn minh chứng", required=False, max_length=500, assume_scheme="https"
    )


class ActivityWithEvidenceForm(ActivityForm, EvidenceForm):
    """A new activity with its optional evidence: one form, so a refusal of either lands on it."""


class SubmissionForm(forms.Form):
    """What a unit writes with its activities to date, one box per section of the board's report."""

    results = TextBoxField(
        label=PASSAGE_LABELS["results"], rows=5, max_length=PASSAGE_MAX_CHARS, required=True
    )
    good_practices = TextBoxField(
        label=PASSAGE_LABELS["good_practices"], rows=3, max_length=PASSAGE_MAX_CHARS
    )
    difficulties = TextBoxField(
        label=PASSAGE_LABELS["difficulties"], rows=3, max_length=PASSAGE_MAX_CHARS
    )
    proposals = TextBoxField(
        label=PASSAGE_LABELS["proposals"], rows=3, max_length=PASSAGE_MAX_CHARS
    )


class ReportRequestForm(forms.Form):
    """The board asks units for a report."""

    title = forms.CharField(label="Tên yêu cầu báo cáo", max_length=300)
    due_date = VnDateField(label="Hạn nộp", required=True)
    description = TextBoxField(label="Nội dung yêu cầu", rows=3)

    def clean_due_date(self) -> datetime.date:
        """Refuse a due date already past: every unit would be late on the day it is asked."""
        # A mistyped year (2025 for 2026) is the usual cause. The service takes a past date:
        # the demo writes its July request into the campaign's history.
        due: datetime.date = self.cleaned_data["due_date"]
        today = timezone.localdate()
        if due < today:
            raise forms.ValidationError(
                f"Hạn nộp {due:%d/%m/%Y} đã qua: mọi đơn vị sẽ bị tính chậm ngay khi nhận "
                f"yêu cầu. Chọn hạn từ hôm nay ({today:%d/%m/%Y}) trở đi."
            )
        return due


class ReviewForm(forms.Form):
    """Accept a submission, or return it with a reason."""

    action = forms.ChoiceField(choices=[("accept", "Chấp nhận"), ("return", "Trả lại")])
    reason = TextBoxField(label="Lý do trả lại", rows=2)


class ExtensionForm(forms.Form):
    """A later due date for one unit."""

    unit = forms.IntegerField(widget=forms.HiddenInput)
    due_date = VnDateField(label="Hạn mới", required=True)
    reason = forms.CharField(label="Lý do", required=False, max_length=300)


class LockForm(forms.Form):
    """Lock activities up to a date."""

    through = VnDateField(label="Khóa số liệu đến hết ngày", required=True)


class ReopenForm(forms.Form):
    """Reopen an accepted report's locked figures: a reason, then a confirmation."""

    reason = TextBoxField(
        label="Lý do mở lại số liệu",
        max_length=2000,
        rows=3,
        required=True,
        error_messages={
            "required": "Cần nêu lý do mở lại số liệu đã khóa.",
            "max_length": "Lý do quá dài (tối đa 2.000 ký tự).",
        },
    )
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)


class UnitMergeForm(forms.Form):
    """A unit's merger into another: the unit taking over, the day it took effect, the decision."""

    successor = LabelledModelChoiceField(
        label="Sáp nhập vào đơn vị",
        queryset=Unit.objects.none(),
        empty_label="— Chọn đơn vị tiếp nhận —",
        error_messages={
            "required": "Cần chọn đơn vị tiếp nhận.",
            "invalid_choice": "Đơn vị tiếp nhận không có trong danh sách đơn vị đang hoạt động.",
        },
    )
    effective = VnDateField(label="Ngày sáp nhập có hiệu lực", required=True)
    source = forms.CharField(
        label="Căn cứ (số, ngày quyết định hoặc nghị quyết)",
        max_length=255,
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "Ví dụ: Nghị quyết số 1661/NQ-UBTVQH15"}),
    )

    def __init__(self, *args: Any, predecessor: Unit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The units in force today other than the merging one and the board itself.
        typed_field(self, "successor", LabelledModelChoiceField).queryset = (
            units_in_force().exclude(pk=predecessor.pk).exclude(kind=UnitKind.BOARD)
        )
