"""The server log's filter of refused requests: one line each, a real error keeps its traceback."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.http import Http404

# What a view raises to refuse a request: an expected answer, not a fault of the code.
REFUSALS = (PermissionDenied, Http404)


class RefusalOneLine(logging.Filter):
    """Log a refused request (403, 404) as one line naming who asked for what, no traceback.

    Django logs a view's PermissionDenied with its traceback, a screen of text for every
    403 (the audit log keeps the refusal itself as ACCESS_DENIED).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        refusal = record.exc_info[1] if record.exc_info else None
        if not isinstance(refusal, REFUSALS):
            return True
        request = getattr(record, "request", None)
        user = getattr(request, "user", None)
        who = user.get_username() if user is not None and user.is_authenticated else "ẩn danh"
        method = getattr(request, "method", "") or ""
        record.msg = f"{record.getMessage()} ({method}, người dùng {who}): {refusal}"
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        return True
