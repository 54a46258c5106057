"""Send a user who must sign in in two steps to the second step before anything else."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from lantoa.accounts.mfa import SESSION_KEY, mfa_confirmed_device, mfa_required

OPEN_ROUTES = ("accounts:mfa_enrol", "accounts:mfa_verify", "accounts:logout", "healthz")


NOT_NEEDED_KEY = "lantoa_mfa_not_needed"


def second_step_owed(request: HttpRequest) -> str | None:
    """Return the page of the second step of signing in the session still owes
    ("accounts:mfa_verify" or "accounts:mfa_enrol"), or None."""
    user = getattr(request, "user", None)
    if (
        user is None
        or not user.is_authenticated
        or request.session.get(SESSION_KEY)
        or request.session.get(NOT_NEEDED_KEY)
    ):
        return None
    if mfa_confirmed_device(user=user) is not None:
        return "accounts:mfa_verify"
    if mfa_required(user=user):
        return "accounts:mfa_enrol"
    # Decided once per sign-in: most people (reporters, collaborators, press) need no second
    # step, and asking the database again on every request costs two queries.
    request.session[NOT_NEEDED_KEY] = True
    return None


def second_step_pending(request: HttpRequest) -> bool:
    """Whether the signed-in user still owes this session the second step of signing in."""
    return second_step_owed(request) is not None


class TwoStepSignInMiddleware:
    """Refuse every page but the two-step pages until the session passed the second step."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self._open_paths: set[str] | None = None

    def _is_open(self, path: str) -> bool:
        if self._open_paths is None:
            self._open_paths = {reverse(name) for name in OPEN_ROUTES}
        return path in self._open_paths or path.startswith(settings.STATIC_URL)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self._is_open(request.path_info):
            step = second_step_owed(request)
            if step is not None:
                query = urlencode({"next": request.get_full_path()})
                return HttpResponseRedirect(f"{reverse(step)}?{query}")
        return self.get_response(request)
