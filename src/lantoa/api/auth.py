"""Bearer-token authentication and the unit scope a token grants."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from ninja.security import HttpBearer

from lantoa.accounts.models import PROVINCE_WIDE_ROLES, Role
from lantoa.api.models import ApiToken
from lantoa.api.services import api_token_authenticate
from lantoa.organization.models import Unit, UnitKind


class TokenAuth(HttpBearer):
    """Accepts `Authorization: Bearer lt_…` tokens issued on the user's page."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        return api_token_authenticate(presented=token)


@dataclass(frozen=True)
class Scope:
    """What a token may reach: its own unit, or the whole province for board tokens."""

    token: ApiToken

    @property
    def province_wide(self) -> bool:
        return self.token.role in PROVINCE_WIDE_ROLES and self.token.unit.kind == UnitKind.BOARD

    @property
    def can_write(self) -> bool:
        return self.token.role in (Role.REPORTER, Role.PRESS, Role.BOARD)

    def units(self):  # type: ignore[no-untyped-def]
        """Return the units this token reaches."""
        if self.province_wide:
            return Unit.objects.all()
        return Unit.objects.filter(pk=self.token.unit_id)


def scope_of(request: HttpRequest) -> Scope:
    """Return the scope of the request's token."""
    return Scope(token=request.auth)  # type: ignore[attr-defined]
