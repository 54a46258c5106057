"""Form fields shared by every app: Vietnamese dates and one-item-per-line lists."""

from __future__ import annotations

from django import forms

DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%Y-%m-%d"]


class VnDateField(forms.DateField):
    """A date typed as dd/mm/yyyy, with a Vietnamese error message."""

    widget = forms.DateInput(
        format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"}
    )
    default_error_messages = {
        "invalid": "Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy.",
        "required": "Cần nhập ngày (dd/mm/yyyy).",
    }

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("input_formats", DATE_FORMATS)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)  # type: ignore[arg-type]


class LinesField(forms.CharField):
    """A textarea whose non-empty lines become a list of strings."""

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", False)
        super().__init__(**kwargs)  # type: ignore[arg-type]

    def prepare_value(self, value: object) -> object:
        if isinstance(value, list):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value: object) -> list[str]:  # type: ignore[override]
        text = super().to_python(value) or ""
        return [line.strip() for line in str(text).splitlines() if line.strip()]
