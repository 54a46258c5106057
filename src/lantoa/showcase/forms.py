"""Forms of the showcase register: an entry, its IP assets, and the list's filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet

from lantoa.core.forms import TextBoxField, VnDateField, typed_field
from lantoa.organization.models import LOCAL_KINDS, Unit
from lantoa.organization.selectors import units_in_force
from lantoa.showcase.models import AssetKind, AssetStatus, EntryKind
from lantoa.showcase.services import AssetInput


def communes() -> QuerySet[Unit]:
    """Return the communes and wards in force today (no abolished thị trấn, each name once)."""
    return units_in_force(kinds=list(LOCAL_KINDS))


class EntryForm(forms.Form):
    """A model, product, enterprise or cooperative."""

    name = forms.CharField(label="Tên", max_length=300)
    kind = forms.ChoiceField(label="Loại", choices=EntryKind.choices)
    commune = forms.ModelChoiceField(
        label="Xã, phường", queryset=Unit.objects.none(), required=False, empty_label="(không rõ)"
    )
    ocop_stars = forms.IntegerField(label="Số sao OCOP (0 nếu chưa có)", min_value=0, max_value=5)
    description = TextBoxField(label="Mô tả", rows=4)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "commune", forms.ModelChoiceField).queryset = communes()


class AssetForm(forms.Form):
    """One IP asset; a row left without a kind is ignored."""

    kind = forms.ChoiceField(
        label="Loại tài sản trí tuệ", choices=[("", "—")] + AssetKind.choices, required=False
    )
    title = forms.CharField(label="Đối tượng bảo hộ", max_length=300, required=False)
    status = forms.ChoiceField(label="Tình trạng", choices=AssetStatus.choices, required=False)
    number = forms.CharField(label="Số văn bằng, số đơn", max_length=60, required=False)
    date = VnDateField(label="Ngày cấp, ngày nộp")

    def to_input(self) -> AssetInput | None:
        data = self.cleaned_data
        if not data.get("kind"):
            return None
        return AssetInput(
            kind=data["kind"],
            status=data.get("status") or AssetStatus.NOT_FILED,
            title=data.get("title") or "",
            number=data.get("number") or "",
            date=data.get("date"),
        )


AssetFormSet = forms.formset_factory(AssetForm, extra=2, max_num=20)
