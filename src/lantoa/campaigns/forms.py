"""Form fields other apps' forms share about campaigns: the task a unit's work carries out."""

from __future__ import annotations

from typing import Any

from lantoa.campaigns.models import Task
from lantoa.core.forms import LabelledModelChoiceField


def task_label(task: Task) -> str:
    """Label a task by its number and the start of its text."""
    text = f"{task.text[:90]}…" if len(task.text) > 90 else task.text
    return f"{task.ref or task.position}: {text}"


class TaskChoiceField(LabelledModelChoiceField):
    """The task a unit's activity or press item carries out, if any; the form sets its queryset."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", "Thực hiện nhiệm vụ")
        kwargs.setdefault("required", False)
        kwargs.setdefault("empty_label", "(không gắn nhiệm vụ)")
        super().__init__(queryset=Task.objects.none(), label_of=task_label, **kwargs)
