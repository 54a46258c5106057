"""Forms of the press pages: a plan line, a published item."""

from __future__ import annotations

from typing import Any

from django import forms

from lantoa.campaigns.forms import TaskChoiceField
from lantoa.campaigns.models import Campaign
from lantoa.core.forms import (
    CountField,
    LabelledModelChoiceField,
    TextBoxField,
    VnDateField,
    typed_field,
)
from lantoa.core.numbers import whole_number
from lantoa.press.models import PRESS_CHANNELS
from lantoa.press.services import DATE_LABEL, PressItemInput
from lantoa.showcase.models import ShowcaseEntry


class PlanForm(forms.Form):
    """Items planned in one month of a campaign."""

    campaign = LabelledModelChoiceField(
        label="Đợt tuyên truyền",
        queryset=Campaign.objects.none(),
        label_of=lambda campaign: campaign.short_title,
    )
    month = forms.CharField(
        label="Tháng (mm/yyyy)",
        max_length=7,
        widget=forms.TextInput(attrs={"placeholder": "07/2026"}),
    )
    # Typed as every count is ("1.200"); its bounds are press_plan_save's, for every path.
    planned_items = CountField(
        label="Số tin, bài, chương trình dự kiến",
        error_messages={"invalid": "Nhập một số nguyên (ví dụ 12 hoặc 1.200)."},
    )
    columns = TextBoxField(label="Chuyên trang, chuyên mục, chương trình", rows=2)

    def __init__(self, *args: Any, campaigns: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "campaign", forms.ModelChoiceField).queryset = campaigns

    def clean_month(self) -> Any:
        import datetime

        text = self.cleaned_data["month"].strip()
        try:
            return datetime.datetime.strptime(text, "%m/%Y").date()
        except ValueError:
            raise forms.ValidationError("Nhập tháng theo dạng mm/yyyy, ví dụ 07/2026.") from None


NO_SHOWCASE = "(không)"


class ItemForm(forms.Form):
    """A published article or programme."""

    title = forms.CharField(label="Tiêu đề", max_length=300)
    outlet = forms.CharField(label="Ấn phẩm, kênh (vd: Báo Điện Biên Phủ điện tử)", max_length=200)
    date = VnDateField(label=DATE_LABEL, required=True)
    channel = forms.ChoiceField(label="Loại hình", choices=PRESS_CHANNELS)
    url = forms.URLField(label="Đường dẫn", required=False, max_length=500, assume_scheme="https")
    issue_number = forms.CharField(label="Số báo, số chương trình", required=False, max_length=60)
    task = TaskChoiceField(
        error_messages={"invalid_choice": "Nhiệm vụ không được giao cho cơ quan này."}
    )
    showcase_q = forms.CharField(
        label="Tìm mô hình, sản phẩm tiêu biểu (gõ vài chữ, không cần dấu)",
        required=False,
        max_length=100,
    )
    showcase = forms.ModelChoiceField(
        label="Giới thiệu mô hình, sản phẩm tiêu biểu",
        queryset=ShowcaseEntry.objects.none(),
        required=False,
        empty_label=NO_SHOWCASE,
    )

    def __init__(self, *args: Any, tasks: Any, options_url: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "task", forms.ModelChoiceField).queryset = tasks
        # Any entry is valid, but the list shows only the chosen one and what the search finds:
        # the register may hold thousands of entries, too many for one select on a phone.
        typed_field(self, "showcase", forms.ModelChoiceField).queryset = ShowcaseEntry.objects.all()
        chosen = self.data.get("showcase") if self.is_bound else self.initial.get("showcase")
        chosen_id = whole_number(str(chosen))
        entry = (
            ShowcaseEntry.objects.filter(pk=chosen_id).first() if chosen_id is not None else None
        )
        self.fields["showcase"].widget.choices = [("", NO_SHOWCASE)] + (
            [(entry.pk, entry.name)] if entry else []
        )
        if options_url:
            self.fields["showcase_q"].widget.attrs.update(
                {
                    "type": "search",
                    "hx-get": options_url,
                    "hx-trigger": "input changed delay:300ms, search",
                    "hx-target": "#id_showcase",
                    "hx-swap": "innerHTML",
                    "autocomplete": "off",
                }
            )

    def to_input(self) -> PressItemInput:
        data = self.cleaned_data
        return PressItemInput(
            title=data["title"],
            outlet=data["outlet"],
            date=data["date"],
            channel=data["channel"],
            url=data.get("url") or "",
            issue_number=data.get("issue_number") or "",
            task_id=data["task"].pk if data.get("task") else None,
            showcase_id=data["showcase"].pk if data.get("showcase") else None,
        )
