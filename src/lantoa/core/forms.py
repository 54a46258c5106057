"""Form fields shared by every app: Vietnamese dates and one-item-per-line lists."""

from __future__ import annotations

from django import forms

DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%Y-%m-%d"]


class VnDateInput(forms.DateInput):
    """The browser's date picker: it shows dd/mm/yyyy in a Vietnamese browser and sends ISO."""

    input_type = "date"

    def __init__(self, attrs: dict[str, str] | None = None) -> None:
        # A date input only takes an ISO value; the picker itself shows it as dd/mm/yyyy.
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class VnDateField(forms.DateField):
    """A date picked (ISO) or typed as dd/mm/yyyy, with a Vietnamese error message."""

    widget = VnDateInput
    default_error_messages = {
        "invalid": "Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy.",
        "required": "Cần nhập ngày (dd/mm/yyyy).",
    }

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("input_formats", DATE_FORMATS)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Django's own arguments, passed on as given


class LinesField(forms.CharField):
    """A textarea whose non-empty lines become a list of strings."""

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", False)
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Django's own arguments, passed on as given

    def prepare_value(self, value: object) -> object:
        if isinstance(value, list):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value: object) -> list[str]:  # type: ignore[override]  # returns the list a multiple field cleans to
        text = super().to_python(value) or ""
        return [line.strip() for line in str(text).splitlines() if line.strip()]
