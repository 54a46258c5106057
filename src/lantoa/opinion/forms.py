"""Forms of opinion pages; every one fits a 360 px phone screen."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from lantoa.campaigns.models import Audience
from lantoa.core.forms import (
    LabelledModelChoiceField,
    LinesField,
    TextBoxField,
    VnDateField,
    typed_field,
)
from lantoa.opinion.models import Sentiment, Topic
from lantoa.organization.models import Unit

# An item keeps its group as words (imports bring any), so the choices' values are the labels.
AUDIENCES = [
    ("", "— Chọn nhóm —"),
    *((label, label) for label in Audience.labels),
    ("Khác", "Khác"),
]
CHANNELS = [
    ("", "— Chọn nơi —"),
    ("Trò chuyện trực tiếp", "Trò chuyện trực tiếp"),
    ("Họp thôn, bản, tổ dân phố", "Họp thôn, bản, tổ dân phố"),
    ("Chợ, nơi công cộng", "Chợ, nơi công cộng"),
    ("Facebook", "Facebook"),
    ("Zalo", "Zalo"),
    ("TikTok, YouTube", "TikTok, YouTube"),
    ("Báo chí", "Báo chí"),
    ("Khác", "Khác"),
]


class SubmitForm(forms.Form):
    """A collaborator's note of what was heard or seen."""

    text = TextBoxField(
        label="Nội dung ý kiến",
        rows=5,
        required=True,
        max_length=5000,
        help_text="Ghi lại trung thực; không ghi họ tên, số điện thoại của người nói.",
    )
    # Required: item_submit compares it with today (the one home of that rule); None would fail.
    observed_on = VnDateField(label="Ngày nghe/thấy (dd/mm/yyyy)", required=True)
    unit = forms.ModelChoiceField(label="Địa bàn", queryset=Unit.objects.none(), empty_label=None)
    audience = forms.ChoiceField(label="Nhóm đối tượng", choices=AUDIENCES, required=False)
    channel = forms.ChoiceField(label="Nghe/thấy ở đâu", choices=CHANNELS, required=False)
    link = forms.URLField(
        label="Đường dẫn (nếu có)", required=False, max_length=500, assume_scheme="https"
    )

    def __init__(self, *args: Any, units: QuerySet[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "unit", forms.ModelChoiceField).queryset = units
        self.fields["observed_on"].initial = timezone.localdate()


class ImportForm(forms.Form):
    """An export file to import, its source name and the unit it concerns."""

    file = forms.FileField(label="Tệp dữ liệu (CSV, XLSX, JSON, RSS/Atom; tối đa 200 MB)")
    source = forms.CharField(label="Tên nguồn", max_length=200)
    unit = forms.ModelChoiceField(label="Địa bàn", queryset=Unit.objects.none(), empty_label=None)

    def __init__(self, *args: Any, units: QuerySet[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "unit", forms.ModelChoiceField).queryset = units


class CorrectionForm(forms.Form):
    """Staff labels for one item."""

    sentiment = forms.ChoiceField(
        label="Sắc thái", choices=[("", "—"), *Sentiment.choices], required=False
    )
    topic = forms.ChoiceField(label="Chủ đề", choices=[], required=False)
    toxicity = forms.ChoiceField(
        label="Độc hại, xúc phạm",
        choices=[("", "—"), ("toxic", "Có"), ("clean", "Không")],
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "topic", forms.ChoiceField).choices = [("", "—")] + [
            (t.slug, t.name) for t in Topic.objects.filter(active=True)
        ]


class ClaimForm(forms.Form):
    """A claim, its variants, the rebuttal and the materials that answer it."""

    statement = TextBoxField(label="Luận điệu sai lệch", rows=2, required=True)
    variants = LinesField(label="Các cách nói khác (mỗi dòng một biến thể)", required=False)
    rebuttal = TextBoxField(label="Thông tin phản bác", rows=4)
    materials = LinesField(
        label="Tài liệu trả lời (mỗi dòng một tài liệu hoặc đường dẫn)", required=False
    )
    topic = LabelledModelChoiceField(
        label="Chủ đề", queryset=Topic.objects.filter(active=True), required=False
    )


class TopicForm(forms.Form):
    """A topic of the list and its keywords."""

    name = forms.CharField(label="Tên chủ đề", max_length=120)
    keywords = LinesField(label="Từ khóa (mỗi dòng một từ khóa)", required=False)
    active = forms.BooleanField(label="Đang dùng", required=False, initial=True)


class ReportForm(forms.Form):
    """The period and subject of an opinion report."""

    start = VnDateField(label="Từ ngày")
    end = VnDateField(label="Đến ngày")
    subject = forms.CharField(
        label="Về việc",
        max_length=300,
        initial="việc triển khai thực hiện Kết luận số 51-KL/TW của Bộ Chính trị",
    )
    fmt = forms.ChoiceField(label="Định dạng", choices=[("docx", "Word (.docx)"), ("pdf", "PDF")])

    def clean(self) -> dict[str, object]:
        """Refuse a period that ends before it starts."""
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("Ngày bắt đầu phải trước ngày kết thúc.")
        return data
