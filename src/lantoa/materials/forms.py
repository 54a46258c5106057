"""Forms of the materials pages: a material with its text and file, and a review."""

from __future__ import annotations

from typing import Any

from django import forms

from lantoa.campaigns.models import Audience, Campaign
from lantoa.core.forms import LabelledModelChoiceField, TextBoxField, typed_field
from lantoa.core.uploads import UPLOADS
from lantoa.materials.models import Language, MaterialKind
from lantoa.materials.services import VersionContent


class VersionForm(forms.Form):
    """The text and file of a version (and the title)."""

    title = forms.CharField(label="Tên tài liệu", max_length=300)
    key_messages = TextBoxField(label="Thông điệp chính (mỗi dòng một ý)", rows=4)
    body = TextBoxField(label="Nội dung (các đoạn cách nhau một dòng trống)", rows=10)
    questions = TextBoxField(label="Hỏi – đáp (dòng “Hỏi: …” rồi dòng “Đáp: …”)", rows=6)
    contact = TextBoxField(label="Liên hệ", rows=2)
    speaking_rate_wpm = forms.IntegerField(
        label="Tốc độ đọc riêng của bài (từ/phút, để trống dùng mặc định)",
        required=False,
        min_value=40,
        max_value=400,
    )
    file = forms.FileField(
        label="Tệp đính kèm (PDF, ảnh, âm thanh, video)",
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(sorted(UPLOADS["material"].extensions))}
        ),
    )

    def content(self) -> VersionContent:
        data = self.cleaned_data
        return VersionContent(
            key_messages=data.get("key_messages") or "",
            body=data.get("body") or "",
            questions=data.get("questions") or "",
            contact=data.get("contact") or "",
            speaking_rate_wpm=data.get("speaking_rate_wpm"),
        )


class MaterialForm(VersionForm):
    """A new material: campaign, kind, audience, language, then its first version."""

    campaign = LabelledModelChoiceField(
        label="Đợt tuyên truyền",
        queryset=Campaign.objects.none(),
        label_of=lambda campaign: campaign.short_title,
    )
    kind = forms.ChoiceField(label="Loại tài liệu", choices=MaterialKind.choices)
    audience = forms.ChoiceField(label="Đối tượng", choices=Audience.choices)
    language = forms.ChoiceField(
        label="Ngôn ngữ (bản dịch do người dịch tải lên, không dịch máy)",
        choices=Language.choices,
    )

    field_order = ["campaign", "kind", "audience", "language", "title"]

    def __init__(self, *args: Any, campaigns: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "campaign", forms.ModelChoiceField).queryset = campaigns


class ReviewForm(forms.Form):
    """Approve a version, or return it with a reason."""

    action = forms.ChoiceField(choices=[("approve", "Duyệt"), ("return", "Trả lại")])
    reason = TextBoxField(label="Lý do trả lại", rows=2)
