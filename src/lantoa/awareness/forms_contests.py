"""Forms of study contests: the contest and a round (the public entry is read by hand)."""

from __future__ import annotations

from django import forms

from lantoa.awareness.models.contests import DEFAULT_RETENTION_DAYS
from lantoa.core.forms import TextBoxField

WHEN = ["%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
CONSENT = (
    "Ban Tuyên giáo và Dân vận thu thập họ tên, đơn vị và số điện thoại (nếu có) của người dự thi "
    "chỉ để chấm giải và liên hệ trao giải. Họ tên và số điện thoại được xóa sau thời hạn lưu trữ "
    "ghi trong thể lệ; số lượt dự thi theo đơn vị được giữ lại để thống kê."
)


class ContestForm(forms.Form):
    """A contest's title, rules, consent notice, retention period and prizes per round."""

    title = forms.CharField(label="Tên cuộc thi", max_length=300)
    rules = TextBoxField(label="Thể lệ", rows=4)
    consent = TextBoxField(
        label="Thông báo về dữ liệu cá nhân (người dự thi phải đồng ý)",
        initial=CONSENT,
        rows=4,
        required=True,
    )
    retention_days = forms.IntegerField(
        label="Lưu họ tên, số điện thoại (ngày sau khi vòng cuối đóng)",
        min_value=1,
        max_value=3 * 365,
        initial=DEFAULT_RETENTION_DAYS,
    )
    winners = forms.IntegerField(label="Số giải mỗi vòng", min_value=1, max_value=100, initial=3)


class RoundForm(forms.Form):
    """A round's window, how many questions to draw, and its tie-break question."""

    opens_at = forms.DateTimeField(
        label="Mở lúc (dd/mm/yyyy hh:mm)", input_formats=WHEN, widget=forms.TextInput
    )
    closes_at = forms.DateTimeField(
        label="Đóng lúc (dd/mm/yyyy hh:mm)", input_formats=WHEN, widget=forms.TextInput
    )
    draw = forms.IntegerField(
        label="Số câu hỏi rút ngẫu nhiên từ ngân hàng đã duyệt", min_value=1, initial=10
    )
    tie_break = forms.CharField(
        label="Câu hỏi phụ (dự đoán)",
        max_length=300,
        initial="Dự đoán có bao nhiêu lượt dự thi vòng này?",
    )
    tie_break_answer = forms.IntegerField(
        label="Đáp án câu hỏi phụ (để trống: số lượt dự thi của vòng)",
        required=False,
        min_value=0,
    )
