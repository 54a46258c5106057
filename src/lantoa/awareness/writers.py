"""Who may write to the awareness app's bank, contests and surveys: the board's staff."""

from __future__ import annotations

from lantoa.accounts.selectors import AnyUser, is_board_staff
from lantoa.core.errors import Refused


def board_staff_only(user: AnyUser | None, message: str) -> None:
    """Refuse with the message unless the user is board staff (None: the system itself)."""
    if user is not None and not is_board_staff(user=user):
        raise Refused(message)
