"""Disabling a user ends their API tokens for good: enabling them again revives none."""

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.models import Role
from lantoa.accounts.services import user_deactivate, user_reactivate
from lantoa.api.services import api_token_issue
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def token_of(user) -> str:  # type: ignore[no-untyped-def]
    membership = user.memberships.get()
    return api_token_issue(user=user, membership_id=membership.pk, name="Phần mềm xã").secret


def api_status(token: str) -> int:
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}").get("/api/v1/me").status_code


def admin_change_data(admin: Client, user) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Return what the admin's user page posts back when nothing on it is changed."""
    page = admin.get(reverse("admin:auth_user_change", args=[user.pk]))
    data: dict[str, object] = {}
    for name, field in page.context["adminform"].form.fields.items():
        value = page.context["adminform"].form.initial.get(name)
        if value is None or name == "password":
            continue
        if isinstance(field.widget, forms.SplitDateTimeWidget):
            local = timezone.localtime(value)
            data[f"{name}_0"], data[f"{name}_1"] = f"{local:%d/%m/%Y}", f"{local:%H:%M:%S}"
        elif isinstance(value, (list, tuple)) or hasattr(value, "all"):
            data[name] = [getattr(item, "pk", item) for item in value]
        else:
            data[name] = value
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management.initial.get(name, 0)
        for form in formset.formset.initial_forms:
            data[f"{form.prefix}-id"] = form.instance.pk
            for name in form.fields:
                value = form.initial.get(name)
                if value is not None:
                    data[f"{form.prefix}-{name}"] = getattr(value, "pk", value)
    return data


def admin_set_active(admin: Client, user, active: bool) -> None:  # type: ignore[no-untyped-def]
    """Tick or untick "Hoạt động" on the admin's user page, leaving every other field as it is."""
    data = admin_change_data(admin, user)
    data["is_active"] = "on" if active else ""
    response = admin.post(reverse("admin:auth_user_change", args=[user.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors or [
        inline.formset.errors for inline in response.context["inline_admin_formsets"]
    ]
    user.refresh_from_db()
    assert user.is_active is active


@pytest.fixture
def admin_client():  # type: ignore[no-untyped-def]
    superuser = make_user("quantri", "BTGDVTU", Role.BOARD)
    superuser.is_superuser = True
    superuser.save(update_fields=["is_superuser"])
    return client_for(superuser)


def test_it_keeps_a_token_dead_after_the_user_is_disabled_and_enabled_again(commune_reporter):
    token = token_of(commune_reporter)
    assert api_status(token) == 200
    user_deactivate(user=commune_reporter)
    assert api_status(token) == 401
    user_reactivate(user=commune_reporter)
    assert api_status(token) == 401
    assert api_status(token_of(commune_reporter)) == 200, "a token issued afterwards works"


def test_it_keeps_a_token_dead_when_the_admin_unticks_and_ticks_active_again(
    admin_client, commune_reporter
):
    token = token_of(commune_reporter)
    admin_set_active(admin_client, commune_reporter, False)
    assert api_status(token) == 401
    admin_set_active(admin_client, commune_reporter, True)
    assert api_status(token) == 401


def test_it_revives_no_token_of_a_user_disabled_outside_the_services(
    admin_client, commune_reporter
):
    token = token_of(commune_reporter)
    get_user_model().objects.filter(pk=commune_reporter.pk).update(is_active=False)
    admin_set_active(admin_client, commune_reporter, True)
    assert api_status(token) == 401
