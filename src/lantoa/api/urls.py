"""The API instance: token auth, rate limits, Vietnamese errors, OpenAPI at /api/v1/openapi.json."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError
from ninja.throttling import AuthRateThrottle

from lantoa.accounts.services_throttle import (
    MINUTE_SECONDS,
    request_count,
    request_minute_remaining,
)
from lantoa.api.auth import TokenAuth
from lantoa.api.endpoints import router
from lantoa.api.models import ApiToken
from lantoa.core.errors import Refused
from lantoa.core.network import client_address


class TokenRateThrottle(AuthRateThrottle):
    """Calls a minute per token (or client without one), counted for every server process."""

    def __init__(self, rate: str) -> None:
        super().__init__(rate)
        if self.duration != MINUTE_SECONDS:
            # The shared counts are kept per clock minute, so only per-minute rates can be held.
            raise ImproperlyConfigured(f"API rate must be per minute: {rate}")

    def get_ident(self, request: HttpRequest) -> str | None:
        # Django Ninja's own reading believes any X-Forwarded-For; ours only the proxy's.
        return client_address(request)

    def get_cache_key(self, request: HttpRequest) -> str:
        # The token's id, not its name: two tokens with one name are counted apart.
        token = getattr(request, "auth", None)
        if isinstance(token, ApiToken):
            return f"api:token:{token.pk}"
        return f"api:client:{self.get_ident(request) or '-'}"

    def allow_request(self, request: HttpRequest) -> bool:
        # Counted in the database, not the process's cache: the limit holds with N processes.
        return request_count(scope=self.get_cache_key(request)) <= (self.num_requests or 0)

    def wait(self) -> float:
        # Retry-After: the count starts again when the clock minute turns.
        return request_minute_remaining()


api = NinjaAPI(
    title="Lan Tỏa API",
    version="1",
    description="API cho đơn vị và hệ thống khác: nhiệm vụ, hoạt động, minh chứng, báo cáo, "
    "tình hình thực hiện. Xác thực bằng mã truy cập (Bearer) cấp tại trang tài khoản.",
    auth=TokenAuth(),
    throttle=[TokenRateThrottle("120/m")],
    docs=Swagger(settings={"persistAuthorization": False}),
    urls_namespace="api",
)
api.add_router("/", router)


@api.exception_handler(Refused)
def refused(request: HttpRequest, exc: Refused) -> HttpResponse:
    # Every business-rule refusal (reporting, uploads, imports, documents…) answers alike.
    return api.create_response(request, {"detail": exc.message, "errors": exc.fields}, status=400)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "Không tìm thấy.", "errors": {}}, status=404)


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(
        request, {"detail": str(exc) or "Không có quyền.", "errors": {}}, status=403
    )


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Thiếu hoặc sai mã truy cập.", "errors": {}}, status=401
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # Django Ninja's own errors speak English; ours are Vietnamese already.
    if isinstance(exc, Throttled):
        detail = "Gửi quá nhiều yêu cầu; hãy thử lại sau."
    else:
        detail = _STATUS_VI.get(exc.status_code, str(exc))
    return api.create_response(request, {"detail": detail, "errors": {}}, status=exc.status_code)


_STATUS_VI = {
    400: "Yêu cầu không hợp lệ (không đọc được nội dung gửi lên).",
    405: "Phương thức không được hỗ trợ.",
    413: "Nội dung gửi lên quá lớn.",
}
# Pydantic's error types -> Vietnamese; its own messages are English.
_FIELD_ERRORS_VI = {
    "missing": "Thiếu trường bắt buộc.",
    "string_too_short": "Độ dài không hợp lệ.",
    "string_too_long": "Độ dài không hợp lệ.",
    "string_type": "Phải là chuỗi ký tự.",
    "int_parsing": "Phải là số nguyên.",
    "int_type": "Phải là số nguyên.",
    "int_from_float": "Phải là số nguyên.",
    "greater_than_equal": "Giá trị quá nhỏ.",
    "less_than_equal": "Giá trị quá lớn.",
    "date_parsing": "Ngày không hợp lệ (yyyy-mm-dd).",
    "date_from_datetime_parsing": "Ngày không hợp lệ (yyyy-mm-dd).",
    "date_type": "Ngày không hợp lệ (yyyy-mm-dd).",
    "enum": "Giá trị không nằm trong danh sách cho phép.",
    "literal_error": "Giá trị không nằm trong danh sách cho phép.",
    "url_parsing": "Đường dẫn không hợp lệ.",
    "url_scheme": "Đường dẫn không hợp lệ.",
    "json_invalid": "Nội dung JSON không hợp lệ.",
}


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = {
        ".".join(str(p) for p in e.get("loc", [])[1:]) or "body": _FIELD_ERRORS_VI.get(
            e.get("type", ""), "Giá trị không hợp lệ."
        )
        for e in exc.errors
    }
    return api.create_response(
        request, {"detail": "Dữ liệu gửi lên không hợp lệ.", "errors": errors}, status=422
    )
