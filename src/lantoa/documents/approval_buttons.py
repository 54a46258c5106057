"""The buttons of a draft sent upward: staff send it, a leader approves (issues) or returns it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from lantoa.core.forms import action_run
from lantoa.documents.approval import ApprovedDocument

Draft = TypeVar("Draft", bound=ApprovedDocument)

# The reason a leader gives for returning a draft, as every return form names it.
RETURN_REASON_FIELD = "ly_do"


def approval_step_allowed(
    request: HttpRequest, step: str, *, step_refusal: Callable[..., str | None]
) -> None:
    """Answer 403 with the services' own message when the user may not take the step."""
    refusal = step_refusal(user=request.user, step=step)
    if refusal:
        raise PermissionDenied(refusal)


def approval_button_run(
    request: HttpRequest,
    action: str,
    *,
    noun: str,
    step_refusal: Callable[..., str | None],
    submit: Callable[[], Draft],
    approve: Callable[[], Draft],
    give_back: Callable[[str], Draft],
    issued: Callable[[Draft], str],
) -> None:
    """Run «Gửi duyệt», «Phê duyệt» or «Trả lại» (any other action) and say how it went.

    A user the kind's table of steps (`step_refusal`) does not let take it is answered 403 first.
    """
    approval_step_allowed(request, action, step_refusal=step_refusal)
    if action == "submit":
        action_run(request, submit, success=f"Đã gửi lãnh đạo duyệt {noun}.")
    elif action == "approve":
        action_run(request, approve, success=issued)
    else:
        reason = request.POST.get(RETURN_REASON_FIELD, "")
        action_run(
            request, lambda: give_back(reason), success=f"Đã trả lại {noun} cho chuyên viên."
        )
