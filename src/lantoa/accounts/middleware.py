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


def second_step_pending(request: HttpRequest) -> bool:
    """Whether the signed-in user still owes this session the second step of signing in."""
    user = getattr(request, "user", None)
    if (
        user is None
        or not user.is_authenticated
        or request.session.get(SESSION_KEY)
        or request.session.get(NOT_NEEDED_KEY)
    ):
        return False
    return mfa_confirmed_device(user=user) is not None or mfa_required(user=user)


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
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.session.get(SESSION_KEY)
            and not request.session.get(NOT_NEEDED_KEY)
            and not self._is_open(request.path_info)
        ):
            device = mfa_confirmed_device(user=user)
            if device is not None or mfa_required(user=user):
                step = "accounts:mfa_verify" if device is not None else "accounts:mfa_enrol"
                query = urlencode({"next": request.get_full_path()})
                return HttpResponseRedirect(f"{reverse(step)}?{query}")
            # Decided once per sign-in: most people (reporters, collaborators, press) need no
            # second step, and asking the database again on every request costs two queries.
            request.session[NOT_NEEDED_KEY] = True
        return self.get_response(request)
