import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from lantoa.accounts.models import LoginAttempt
from lantoa.accounts.services import user_deactivate
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db
LOGIN = reverse("accounts:login")


def sign_in(client: Client, username: str, password: str, address: str = "10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_it_signs_in_and_shows_the_users_unit_and_role(commune_reporter):
    client = Client()
    response = sign_in(client, "baocao.dbp", PASSWORD)
    assert response.status_code == 302
    home = client.get(reverse("home")).content.decode()
    assert "Đảng ủy phường Điện Biên Phủ" in home and "Cán bộ báo cáo của đơn vị" in home


def test_it_says_in_vietnamese_that_the_password_is_wrong(commune_reporter):
    response = sign_in(Client(), "baocao.dbp", "sai-mat-khau")
    assert response.status_code == 200
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.content.decode()


def test_it_locks_an_account_after_repeated_failures_even_with_the_right_password(
    settings, commune_reporter
):
    settings.LOGIN_MAX_FAILURES = 5
    client = Client()
    for _ in range(5):
        sign_in(client, "baocao.dbp", "sai-mat-khau")
    response = sign_in(client, "baocao.dbp", PASSWORD)
    assert response.status_code == 200
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_it_locks_an_address_that_guesses_many_accounts(settings, commune_reporter):
    settings.LOGIN_MAX_FAILURES_PER_ADDRESS = 3
    for name in ["a", "b", "c"]:
        sign_in(Client(), name, "x", address="10.9.9.9")
    assert (
        "Đăng nhập sai quá nhiều lần"
        in sign_in(Client(), "baocao.dbp", PASSWORD, "10.9.9.9").content.decode()
    )
    assert sign_in(Client(), "baocao.dbp", PASSWORD, "10.1.1.1").status_code == 302


def test_it_unlocks_after_the_lock_period(settings, commune_reporter):
    settings.LOGIN_MAX_FAILURES = 2
    for _ in range(2):
        sign_in(Client(), "baocao.dbp", "sai")
    LoginAttempt.objects.update(at="2000-01-01T00:00:00Z")
    assert sign_in(Client(), "baocao.dbp", PASSWORD).status_code == 302


def test_it_signs_out_on_post_only(commune_reporter):
    client = client_for(commune_reporter)
    assert client.get(reverse("accounts:logout")).status_code == 405
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("home")).status_code == 302


def test_it_changes_the_password(commune_reporter):
    client = client_for(commune_reporter)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "mat-khau-moi-2026-dai",
            "new_password2": "mat-khau-moi-2026-dai",
        },
    )
    assert response.status_code == 302
    commune_reporter.refresh_from_db()
    assert commune_reporter.check_password("mat-khau-moi-2026-dai")


def test_it_refuses_a_short_new_password_in_vietnamese(commune_reporter):
    # Django 5.2 reworded the length rule ("%d characters"); its Vietnamese catalogue lags.
    response = client_for(commune_reporter).post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": "Ng4n!x", "new_password2": "Ng4n!x"},
    )
    body = response.content.decode()
    assert "Mật khẩu quá ngắn. Mật khẩu phải có ít nhất 10 ký tự." in body
    assert "too short" not in body


def test_it_ends_the_sessions_of_a_disabled_user(commune_reporter):
    client = Client()
    sign_in(client, "baocao.dbp", PASSWORD)
    assert client.get(reverse("home")).status_code == 200
    user_deactivate(user=get_user_model().objects.get(username="baocao.dbp"))
    assert client.get(reverse("home")).status_code == 302


def test_it_expires_sessions_after_a_working_day(settings):
    assert settings.SESSION_COOKIE_AGE <= 10 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_it_tells_a_user_without_unit_to_ask_for_access(outsider):
    body = client_for(outsider).get(reverse("home")).content.decode()
    assert "chưa được gán đơn vị" in body
