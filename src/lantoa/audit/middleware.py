"""The request's audit context for services, and an entry for every refused access of a user."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse

from lantoa.audit.context import audit_context
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.network import client_address

logger = logging.getLogger(__name__)


class AuditContextMiddleware:
    """Give the services a request calls its user and address, for their audit entries."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # request.user stays lazy: the entry reads it only when a service writes.
        with audit_context(user=getattr(request, "user", None), address=client_address(request)):
            return self.get_response(request)


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
