"""Whether an answer is right: the right options, or an accepted short answer (pure, no writes)."""

from __future__ import annotations

from collections.abc import Sequence

from lantoa.awareness.models import Question, QuestionKind
from lantoa.core.text import fold


def answer_is_right(question: Question, chosen: Sequence[int] | str) -> bool:
    """Tell whether a device's answer is right: the right options, or an accepted short answer.

    A short answer is compared on folded text (case, diacritics and spacing ignored).
    """
    if question.kind == QuestionKind.SHORT:
        given = fold(chosen) if isinstance(chosen, str) else ""
        return bool(given) and given in {fold(a) for a in question.accepted}
    if isinstance(chosen, str):
        return False
    return sorted(set(chosen)) == sorted(question.correct)
