"""The buttons of a draft sent upward: staff send it, a leader approves (issues) or returns it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.http import HttpRequest

from lantoa.core.forms import action_run
from lantoa.documents.approval import ApprovedDocument

Draft = TypeVar("Draft", bound=ApprovedDocument)

# The reason a leader gives for returning a draft, as every return form names it.
RETURN_REASON_FIELD = "ly_do"


def approval_button_run(
    request: HttpRequest,
    action: str,
    *,
    noun: str,
    submit: Callable[[], Draft],
    approve: Callable[[], Draft],
    give_back: Callable[[str], Draft],
    issued: Callable[[Draft], str],
) -> None:
    """Run «Gửi duyệt», «Phê duyệt» or «Trả lại» (any other action) and say how it went."""
    if action == "submit":
        action_run(request, submit, success=f"Đã gửi lãnh đạo duyệt {noun}.")
    elif action == "approve":
        action_run(request, approve, success=issued)
    else:
        reason = request.POST.get(RETURN_REASON_FIELD, "")
        action_run(
            request, lambda: give_back(reason), success=f"Đã trả lại {noun} cho chuyên viên."
        )
