"""Form fields shared by every app: Vietnamese dates, text boxes, one-item-per-line lists,
typed access.

Also the one answer of a form page: `render_form` (400 when a posted form comes back), and the
one way a page saves a form through a service: `form_save` (a refusal lands on the form), and
the one way a button without a form runs one: `action_run` (a refusal is the page's message;
`posted_form_run` when the button posts a small form of its own).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from lantoa.core.dates import typed_date, why_not_a_date
from lantoa.core.errors import Refused, add_refusal_to_form
from lantoa.core.numbers import typed_whole

FieldKind = TypeVar("FieldKind", bound=forms.Field)
Saved = TypeVar("Saved")


class VnDateInput(forms.TextInput):
    """A date typed dd/mm/yyyy in a text box, read by core.dates on the server.

    Not the browser's date picker: in a form the server checks (novalidate) a date the picker
    cannot hold (31/02) was sent empty, so a date saved before was lost as "no date"; and the
    picker shows the browser's order (mm/dd/yyyy in an English one), not the province's.
    """

    # A phone opens its number pad; core.dates reads 07122026 as 07/12/2026, as it has no "/".
    DATE_ATTRS = {
        "inputmode": "numeric",
        "placeholder": "dd/mm/yyyy",
        "autocomplete": "off",
        "size": "10",
        # Only a hint (the forms check on the server): digits and separators.
        "pattern": r"[0-9.\/\- :T]*",
        "title": "Ngày theo dạng dd/mm/yyyy, ví dụ 07/12/2026",
    }

    def __init__(self, attrs: dict[str, str] | None = None) -> None:
        super().__init__(attrs={**self.DATE_ATTRS, **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        """Show a date dd/mm/yyyy; a refused text comes back as it was typed."""
        if isinstance(value, datetime.date):
            return value.strftime("%d/%m/%Y")
        return super().format_value(value)


class VnDateField(forms.DateField):
    """A date typed dd/mm/yyyy (or as core.dates reads it), with a Vietnamese error message."""

    widget = VnDateInput
    default_error_messages = {
        "invalid": "Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy.",
        "required": "Cần nhập ngày (dd/mm/yyyy).",
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> datetime.date | None:
        """Read typed text as core.dates does for every form and spreadsheet cell."""
        if isinstance(value, str) and value.strip():
            found = typed_date(value)
            if found is None:
                raise ValidationError(
                    f"Ngày không hợp lệ: {why_not_a_date(value)}.", code="invalid"
                )
            return found
        return super().to_python(value)


class CountField(forms.IntegerField):
    """A count typed as core.numbers reads it in every form and spreadsheet cell ("1.200")."""

    widget = forms.TextInput(attrs={"inputmode": "numeric"})

    def to_python(self, value: Any) -> int | None:
        """Read typed text as the Excel uploads do, refusing other digits and decimals."""
        if isinstance(value, str) and value.strip():
            # A long count is read whole so that its form's bound names the largest allowed.
            found = typed_whole(value, most_digits=100)
            if found is None:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            return found
        return super().to_python(value)


class LinesField(forms.CharField):
    """A textarea whose non-empty lines become a list of strings."""

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", False)
        super().__init__(**kwargs)

    def prepare_value(self, value: object) -> object:
        if isinstance(value, list):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value: object) -> list[str]:  # type: ignore[override]  # returns the list a multiple field cleans to
        text = super().to_python(value) or ""
        return [line.strip() for line in str(text).splitlines() if line.strip()]


class TextBoxField(forms.CharField):
    """A text box of `rows` lines, left empty unless `required=True` is given."""

    def __init__(self, *, rows: int, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(widget=forms.Textarea(attrs={"rows": rows}), **kwargs)


def empty_label_of(label: str) -> str:
    """Return the empty option of a list labelled `label`: "— Chọn đơn vị —" for "Đơn vị"."""
    return f"— Chọn {label[:1].lower()}{label[1:]} —" if label else "— Chọn —"


class LabelledModelChoiceField(forms.ModelChoiceField[Any]):
    """A model choice whose options read as `label_of(instance)` (the model's str by default).

    Its empty option names what to choose (empty_label_of), never Django's "---------".
    """

    def __init__(self, *, label_of: Callable[[Any], str] = str, **kwargs: Any) -> None:
        kwargs.setdefault("empty_label", empty_label_of(str(kwargs.get("label") or "")))
        super().__init__(**kwargs)
        self.label_of = label_of

    def label_from_instance(self, obj: Any) -> str:
        return self.label_of(obj)


def typed_field(form: forms.BaseForm, name: str, kind: type[FieldKind]) -> FieldKind:
    """Return the form's field `name` as its declared kind (form.fields is typed plain Field)."""
    field = form.fields[name]
    if not isinstance(field, kind):
        raise TypeError(f"{name} is a {type(field).__name__}, not a {kind.__name__}")
    return field


def choices_read_once(
    many: Iterable[forms.BaseForm], name: str, *, objects: list[Any] | None = None
) -> list[Any] | None:
    """Read a model choice field's options once for many forms (a formset's rows), not per row.

    Return the objects read (None when there was no form to fill); pass them as `objects` to fill
    other forms' fields over the same queryset without reading it again.
    """
    fields = [typed_field(form, name, forms.ModelChoiceField) for form in many]
    if not fields:
        return objects
    # Each row's field copies the queryset and would run it again when rendered; the options
    # are the same for every row, so the first row's, read once, stand for all. Checking a
    # posted value still asks the queryset, so a value it no longer holds is refused.
    first = fields[0]
    if objects is None:
        objects = list(first.queryset) if first.queryset is not None else []
    iterator = first.iterator(first)
    empty = [("", first.empty_label)] if first.empty_label is not None else []
    options = [*empty, *(iterator.choice(obj) for obj in objects)]
    for field in fields:
        field.choices = options
    return objects


def render_form(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    """Render a form page: 400 when a POST comes back to it (refused or invalid), else 200."""
    return render(request, template, context, status=400 if request.method == "POST" else 200)


def form_save(
    request: HttpRequest,
    form: forms.BaseForm,
    save: Callable[[dict[str, Any]], Saved],
    *,
    success: str | Callable[[Saved], str],
    aliases: Mapping[str, str] | None = None,
    places: Mapping[str, tuple[forms.BaseForm, str]] | None = None,
) -> Saved | None:
    """Run `save` on a valid form's data and say `success`; None when invalid or refused."""
    if not form.is_valid():
        return None
    try:
        saved = save(form.cleaned_data)
    except Refused as refusal:
        # Nothing was stored: the page comes back with the refusal on its fields.
        add_refusal_to_form(form, refusal, aliases=aliases, places=places)
        return None
    messages.success(request, success(saved) if callable(success) else success)
    return saved


def action_run(
    request: HttpRequest, run: Callable[[], Saved], *, success: str | Callable[[Saved], str]
) -> bool:
    """Run a button's service and say `success`, or say its refusal; True when it ran."""
    try:
        done = run()
    except Refused as refusal:
        # A button has no form to carry the refusal: the next page's messages do, one a problem.
        for problem in refusal.problems:
            messages.error(request, problem)
        return False
    messages.success(request, success(done) if callable(success) else success)
    return True


def errors_text(form: forms.BaseForm) -> str:
    """Return a form's error messages as one line, for a page that shows them as a message."""
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


def posted_form_run(
    request: HttpRequest,
    form: forms.BaseForm,
    run: Callable[[dict[str, Any]], Saved],
    *,
    success: str | Callable[[Saved], str],
    invalid: str,
) -> bool:
    """Run a form posted from another page as a button: `invalid` or a refusal is its message."""
    if not form.is_valid():
        messages.error(request, invalid)
        return False
    return action_run(request, lambda: run(form.cleaned_data), success=success)
