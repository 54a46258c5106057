"""What one request reads once: a memo that lives as long as the request, never longer."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

# One dict per request being answered (each waitress thread has its own context); None outside
# a request (CLI, background worker, a test calling a selector), where nothing is remembered.
_memo: ContextVar[dict[Hashable, Any] | None] = ContextVar("lantoa_request_memo", default=None)


@contextmanager
def request_memo_scope() -> Iterator[None]:
    """Open an empty memo for the code run inside (one request) and drop it after."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """Return compute()'s answer, computed once per request under `key` (always, outside one).

    The key names whose answer it is (a user's id among them): a request may read for several
    users (the accounts administrator's pages), and one must never get another's.
    """
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def request_memo_forget() -> None:
    """Forget what the request remembered, so reads after a write see what it changed."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()
