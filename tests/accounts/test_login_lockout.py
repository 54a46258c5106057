"""The sign-in lock holds under parallel guessing and counts each client behind a proxy."""

import contextlib
import sqlite3
import threading
import time

import pytest
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from lantoa.accounts.models import LoginAttempt
from tests.conftest import PASSWORD

LOGIN = reverse("accounts:login")
PARALLEL = 30


@contextlib.contextmanager
def threads_share_the_database(tmp_path):  # type: ignore[no-untyped-def]
    """Let new threads' connections share the test database as production processes would.

    The SQLite test database lives in memory, where a second connection gets "table is
    locked" at once instead of queueing. Copy it to a file (then WAL, IMMEDIATE and the writer
    queue apply, as in production) and open threads' connections there. This thread keeps its
    connection to the memory copy, which must stay open for later tests.
    """
    if connection.vendor != "sqlite":
        yield
        return
    path = tmp_path / "shared.sqlite3"
    connection.ensure_connection()
    with contextlib.closing(sqlite3.connect(path)) as target:
        connection.connection.backup(target)
    settings_dict = connections.settings["default"]
    name = settings_dict["NAME"]
    settings_dict["NAME"] = str(path)
    try:
        yield
    finally:
        settings_dict["NAME"] = name


def in_thread(function):  # type: ignore[no-untyped-def]
    """Return what the function returns when run on a thread (and connection) of its own."""
    result = []

    def run() -> None:
        try:
            result.append(function())
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result[0]


@pytest.mark.django_db(transaction=True)
def test_it_checks_at_most_the_allowed_passwords_of_thirty_parallel_guesses(
    settings, monkeypatch, tmp_path
):
    settings.LOGIN_MAX_FAILURES = 5
    settings.LOGIN_MAX_FAILURES_PER_ADDRESS = 100
    # Its own user: a transactional test starts from an empty database, without the demo.
    get_user_model().objects.create_user(username="doan.song.song", password=PASSWORD)
    checked: list[str] = []
    authenticate = auth_forms.authenticate

    def counting_authenticate(request=None, **credentials):  # type: ignore[no-untyped-def]
        checked.append(credentials.get("username", ""))
        time.sleep(0.05)  # a real password hash takes about this long: the race window
        return authenticate(request, **credentials)

    monkeypatch.setattr(auth_forms, "authenticate", counting_authenticate)
    barrier = threading.Barrier(PARALLEL)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def guess(number: int) -> None:
        try:
            barrier.wait()
            response = Client().post(
                LOGIN,
                {"username": "doan.song.song", "password": f"sai-{number}"},
                REMOTE_ADDR="10.7.0.1",
            )
            statuses.append(response.status_code)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            connection.close()

    with threads_share_the_database(tmp_path):
        threads = [threading.Thread(target=guess, args=(n,)) for n in range(PARALLEL)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stored = in_thread(lambda: LoginAttempt.objects.filter(username="doan.song.song").count())
    assert not errors, errors
    assert statuses == [200] * PARALLEL
    assert len(checked) == settings.LOGIN_MAX_FAILURES
    assert stored == settings.LOGIN_MAX_FAILURES


def _fail(username: str, *, remote: str, forwarded: str | None = None):  # type: ignore[no-untyped-def]
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return Client().post(
        LOGIN, {"username": username, "password": "sai"}, REMOTE_ADDR=remote, **extra
    )


@pytest.mark.django_db
def test_it_locks_only_the_forwarded_address_behind_a_proxy(settings, commune_reporter):
    settings.LANTOA_BEHIND_PROXY = True
    settings.LANTOA_TRUSTED_PROXIES = 1
    settings.LOGIN_MAX_FAILURES_PER_ADDRESS = 3
    for name in ["a", "b", "c"]:
        _fail(name, remote="10.0.0.254", forwarded="10.20.0.5")
    assert LoginAttempt.objects.filter(address="10.20.0.5").count() == 3
    other = Client().post(
        LOGIN,
        {"username": "baocao.dbp", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.254",
        HTTP_X_FORWARDED_FOR="10.20.0.6",
    )
    assert other.status_code == 302, "another client behind the same proxy is not locked"
    locked = _fail("baocao.dbp", remote="10.0.0.254", forwarded="10.20.0.5")
    assert "Đăng nhập sai quá nhiều lần" in locked.content.decode()


@pytest.mark.django_db
def test_it_ignores_a_forged_forwarded_address_without_a_proxy(settings, commune_reporter):
    settings.LANTOA_BEHIND_PROXY = False
    settings.LOGIN_MAX_FAILURES_PER_ADDRESS = 3
    for number, name in enumerate(["a", "b", "c"]):
        _fail(name, remote="10.9.9.9", forwarded=f"192.0.2.{number}")
    assert set(LoginAttempt.objects.values_list("address", flat=True)) == {"10.9.9.9"}
    forged = Client().post(
        LOGIN,
        {"username": "baocao.dbp", "password": PASSWORD},
        REMOTE_ADDR="10.9.9.9",
        HTTP_X_FORWARDED_FOR="192.0.2.77",
    )
    assert "Đăng nhập sai quá nhiều lần" in forged.content.decode()


@pytest.mark.django_db
def test_it_lets_a_started_attempt_with_the_right_password_clear_the_failures(
    settings, commune_reporter
):
    settings.LOGIN_MAX_FAILURES = 5
    for _ in range(4):
        _fail("baocao.dbp", remote="10.0.0.1")
    response = Client().post(
        LOGIN, {"username": "baocao.dbp", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 302
    assert not LoginAttempt.objects.filter(username="baocao.dbp", succeeded=False).exists()


@pytest.mark.django_db
def test_it_writes_the_forwarded_address_into_the_audit_log_behind_a_proxy(settings):
    from lantoa.audit.models import AuditAction, AuditEntry

    settings.LANTOA_BEHIND_PROXY = True
    _fail("khong.co.ai", remote="10.0.0.254", forwarded="192.0.2.9, 10.20.0.5")
    entry = AuditEntry.objects.filter(action=AuditAction.LOGIN_FAILED).latest("pk")
    assert entry.address == "10.20.0.5"


@pytest.mark.django_db
def test_it_asks_for_a_missing_password_without_counting_an_attempt():
    response = Client().post(LOGIN, {"username": "baocao.dbp", "password": ""})
    assert response.status_code == 200
    assert not LoginAttempt.objects.exists()
