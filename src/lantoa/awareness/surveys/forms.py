"""Forms of surveys: the board's new survey (items typed one a line) and the public answer."""

from __future__ import annotations

from typing import Any

from django import forms

from lantoa.awareness.models import SurveyItemKind
from lantoa.awareness.surveys.services import SurveyFields
from lantoa.campaigns.models import Audience
from lantoa.core.forms import LinesField, TextBoxField, typed_field


class SurveyForm(forms.Form):
    """A new survey: who is asked, where, how many, and its questions one a line."""

    title = forms.CharField(label="Tiêu đề khảo sát", max_length=300)
    audience = forms.ChoiceField(label="Nhóm đối tượng", choices=Audience.choices)
    unit = forms.TypedChoiceField(label="Địa bàn (đơn vị)", coerce=int)
    target_size = forms.IntegerField(label="Cỡ mẫu dự kiến (số phiếu)", min_value=1)
    intro = TextBoxField(label="Lời giới thiệu (không bắt buộc)", rows=2)
    understanding = LinesField(
        label="Câu hỏi về mức độ hiểu, thang 1–5 (mỗi dòng một câu)", required=False
    )
    support = LinesField(
        label="Câu hỏi về mức độ đồng tình, ủng hộ, thang 1–5 (mỗi dòng một câu)", required=False
    )
    open = LinesField(label="Câu hỏi mở (mỗi dòng một câu; không bắt buộc)", required=False)

    def __init__(self, *args: Any, units: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.units = units
        typed_field(self, "unit", forms.TypedChoiceField).choices = [
            (unit.pk, unit.name) for unit in units
        ]

    def survey_fields(self) -> SurveyFields:
        """Return what the form says of the survey, in the unit picked from its choices."""
        data = self.cleaned_data
        return SurveyFields(
            unit=next(unit for unit in self.units if unit.pk == data["unit"]),
            audience=data["audience"],
            title=data["title"],
            intro=data["intro"],
            target_size=data["target_size"],
            items=self.items(),
        )

    def items(self) -> list[tuple[str, str]]:
        """Return the typed questions as (kind, text), scale items first."""
        data = self.cleaned_data
        return [
            *((SurveyItemKind.UNDERSTANDING.value, t) for t in data["understanding"]),
            *((SurveyItemKind.SUPPORT.value, t) for t in data["support"]),
            *((SurveyItemKind.OPEN.value, t) for t in data["open"]),
        ]
