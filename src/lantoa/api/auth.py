"""Bearer-token authentication and the unit scope a token grants."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from lantoa.accounts.capabilities import Capability, Extent, extent_of
from lantoa.api.models import ApiToken
from lantoa.api.services import api_token_authenticate
from lantoa.organization.models import Unit


class TokenAuth(HttpBearer):
    """Accepts `Authorization: Bearer lt_…` tokens issued on the user's page."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        return api_token_authenticate(presented=token)


@dataclass(frozen=True)
class Scope:
    """What a token may reach: what its one membership (role at a unit) allows, nothing more."""

    token: ApiToken

    def extent(self, *, can: Capability) -> Extent:
        """Return how far the token's membership lets it do `can`."""
        return extent_of(role=self.token.role, unit_kind=self.token.unit.kind, can=can)

    def units(self, *, can: Capability) -> QuerySet[Unit]:
        """Return the units where this token may do `can`."""
        found = self.extent(can=can)
        if found == Extent.PROVINCE:
            return Unit.objects.all()
        if found == Extent.UNIT:
            return Unit.objects.filter(pk=self.token.unit_id)
        return Unit.objects.none()


def scope_of(request: HttpRequest) -> Scope:
    """Return the scope of the request's token."""
    # django-ninja sets request.auth to what TokenAuth returned, on every route behind it.
    token = getattr(request, "auth", None)
    if not isinstance(token, ApiToken):
        raise AuthenticationError
    return Scope(token=token)
