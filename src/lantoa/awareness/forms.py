"""Forms of awareness checks: a question, opening a check, a paper sheet's totals, an answer."""

from __future__ import annotations

from typing import Any

from django import forms

from lantoa.awareness.models import CheckPhase, Difficulty, Question, QuestionKind, QuestionTag
from lantoa.core.forms import CountField, TextBoxField, typed_field


class QuestionForm(forms.Form):
    """A question typed on screen: one option a line, the right ones by their numbers."""

    kind = forms.ChoiceField(label="Loại câu hỏi", choices=QuestionKind.choices)
    text = TextBoxField(label="Nội dung câu hỏi", rows=3, required=True)
    options = TextBoxField(
        label="Các phương án (mỗi dòng một phương án; để trống với câu Đúng / Sai)", rows=4
    )
    correct = forms.CharField(
        label="Phương án đúng (số thứ tự, cách nhau bằng dấu phẩy; Đúng = 1, Sai = 2)",
        required=False,
    )
    accepted = TextBoxField(
        label="Đáp án được chấp nhận (câu trả lời ngắn; mỗi dòng một đáp án, "
        "không phân biệt hoa thường, có dấu hay không dấu)",
        rows=3,
    )
    tag = forms.ChoiceField(label="Phần của văn bản", choices=QuestionTag.choices)
    difficulty = forms.TypedChoiceField(
        label="Độ khó", choices=Difficulty.choices, coerce=int, initial=Difficulty.MEDIUM
    )

    def clean_correct(self) -> list[int]:
        try:
            return [
                int(part) - 1 for part in self.cleaned_data["correct"].split(",") if part.strip()
            ]
        except ValueError as exc:
            raise forms.ValidationError("Ghi số thứ tự phương án, ví dụ: 1 hoặc 1, 3.") from exc

    def clean_options(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["options"].splitlines() if line.strip()]

    def clean_accepted(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["accepted"].splitlines() if line.strip()]

    @classmethod
    def initial_of(cls, question: Question) -> dict[str, Any]:
        """Return the form's values for an existing question (to edit it)."""
        return {
            "kind": question.kind,
            "text": question.text,
            "options": "\n".join(question.options),
            "correct": ", ".join(str(i + 1) for i in question.correct),
            "accepted": "\n".join(question.accepted),
            "tag": question.tag,
            "difficulty": question.difficulty,
        }


class _WholeQuestions(forms.ModelMultipleChoiceField):
    """Questions listed whole, not by the model's 80-character name: chosen by what is asked."""

    def label_from_instance(self, obj: Any) -> str:
        return str(obj.text)


class CheckOpenForm(forms.Form):
    """Open a check at a session: before or after, which questions, until when."""

    phase = forms.ChoiceField(label="Thời điểm", choices=CheckPhase.choices)
    questions = _WholeQuestions(
        label="Câu hỏi (chọn từ 5 đến 10)",
        queryset=Question.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    minutes = forms.IntegerField(
        label="Mở trong (phút)", min_value=5, max_value=24 * 60, initial=30
    )

    def __init__(self, *args: Any, questions: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "questions", forms.ModelMultipleChoiceField).queryset = questions


# Django's Vietnamese for a bad integer ("số tổng thể") is not what a reporter would say.
COUNT_ERRORS = {
    "invalid": "Số người phải là số nguyên không âm.",
    "min_value": "Số người phải là số nguyên không âm.",
    "required": "Cần nhập số người (0 nếu không có).",
}


class TallyForm(forms.Form):
    """A paper sheet's totals: per question, how many answered and how many got it right."""

    def __init__(self, *args: Any, questions: list[Question], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for number, q in enumerate(questions, start=1):
            self.fields[f"a{q.pk}"] = CountField(
                label=f"Câu {number}: số người trả lời",
                min_value=0,
                initial=0,
                error_messages=COUNT_ERRORS,
            )
            self.fields[f"c{q.pk}"] = CountField(
                label=f"Câu {number}: số người trả lời đúng",
                min_value=0,
                initial=0,
                error_messages=COUNT_ERRORS,
            )
