"""What a service's audit entry cannot be told by its caller: the request's user and address."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AuditContext:
    """The signed-in user and client address of the request being answered."""

    user: Any = None
    address: str | None = None


_current: ContextVar[AuditContext | None] = ContextVar("lantoa_audit_context", default=None)
# Set while a write that records one entry for itself runs the writes it is made of.
_covered: ContextVar[str] = ContextVar("lantoa_audit_covered", default="")


@contextmanager
def audit_context(*, user: Any, address: str | None) -> Iterator[None]:
    """Let the services called inside know who asked and from where (set per request)."""
    token = _current.set(AuditContext(user=user, address=address))
    try:
        yield
    finally:
        _current.reset(token)


def current() -> AuditContext | None:
    """Return the request's context, or None outside a request (CLI, background worker)."""
    return _current.get()


@contextmanager
def audit_covered(op: str) -> Iterator[None]:
    """Run the writes a bigger write is made of without entries of their own (it records one)."""
    token = _covered.set(_covered.get() or op)
    try:
        yield
    finally:
        _covered.reset(token)


def covered_by() -> str:
    """Return the enclosing write that records the entry, or '' when there is none."""
    return _covered.get()
