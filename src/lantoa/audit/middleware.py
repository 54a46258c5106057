"""Record every refused access (403, 404 raised by a view) of a signed-in user in the audit log."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse

from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record

logger = logging.getLogger(__name__)


class RefusedAccessAuditMiddleware:
    """Append an ACCESS_DENIED entry when a view refuses a signed-in user; the answer stays."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        if not isinstance(exception, Http404 | PermissionDenied):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        try:
            audit_record(
                action=AuditAction.ACCESS_DENIED,
                request=request,
                target=request.path,
                detail={
                    "status": 404 if isinstance(exception, Http404) else 403,
                    "method": request.method or "",
                },
            )
        except DatabaseError:
            # The refusal must still be answered; the failure is logged for the operator.
            logger.exception("could not record refused access to %s", request.path)
        return None
