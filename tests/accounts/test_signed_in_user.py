"""The one helper that hands a view's signed-in user to the services."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory

from lantoa.accounts.selectors import signed_in_user


def test_it_returns_the_signed_in_user(commune_reporter) -> None:  # type: ignore[no-untyped-def]
    request = RequestFactory().get("/")
    request.user = commune_reporter
    assert signed_in_user(request) == commune_reporter


def test_it_refuses_the_anonymous_user() -> None:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with pytest.raises(PermissionDenied):
        signed_in_user(request)
