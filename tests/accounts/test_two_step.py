import pyotp
import pytest
from django.test import Client
from django.urls import reverse

from lantoa.accounts.mfa import mfa_confirmed_device, mfa_disable
from lantoa.accounts.models import RecoveryCode, TotpDevice
from lantoa.audit.models import AuditAction, AuditEntry
from tests.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db
ENROL = reverse("accounts:mfa_enrol")
VERIFY = reverse("accounts:mfa_verify")


def sign_in(username: str) -> Client:
    client = Client()
    response = client.post(reverse("accounts:login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def enrol(client: Client) -> tuple[str, list[str]]:
    """Open the enrolment page, read the secret from the session, confirm with a code."""
    page = client.get(ENROL)
    assert page.status_code == 200
    secret = client.session["lantoa_mfa_pending_secret"]
    response = client.post(ENROL, {"ma": pyotp.TOTP(secret).now()})
    assert response.status_code == 200
    return secret, list(response.context["codes"])


def test_it_sends_board_staff_to_enrolment_before_anything_else(board_user):
    client = sign_in("chuyenvien")
    response = client.get(reverse("campaigns:list"))
    assert response.status_code == 302 and response["Location"].startswith(ENROL)
    page = client.get(ENROL).content.decode()
    assert "Đăng ký xác thực hai bước" in page and 'src="data:image/svg+xml' in page
    assert not TotpDevice.objects.exists(), "opening the page must not write a device"


def test_it_enrols_with_a_first_code_and_shows_recovery_codes_once(leader_user):
    client = sign_in("lanhdao.test")
    refused = client.post(ENROL, {"ma": "000000"})
    assert refused.status_code == 400 and "Mã xác thực không đúng" in refused.content.decode()
    assert not TotpDevice.objects.exists()
    _secret, codes = enrol(client)
    assert len(codes) == 10 and all(len(code) == 11 for code in codes)
    stored = RecoveryCode.objects.filter(user=leader_user).values_list("code_hash", flat=True)
    assert not set(codes) & set(stored), "recovery codes are stored hashed"
    assert client.get(reverse("home")).status_code == 200


def test_it_asks_for_the_code_at_each_sign_in_and_refuses_a_replayed_code(board_user):
    secret, _codes = enrol(sign_in("chuyenvien"))
    client = sign_in("chuyenvien")
    assert client.get(reverse("home"))["Location"].startswith(VERIFY)
    wrong = client.post(VERIFY, {"ma": "123456"})
    assert wrong.status_code == 400 and "không đúng" in wrong.content.decode()
    assert AuditEntry.objects.filter(action=AuditAction.LOGIN_FAILED, user=board_user).exists()
    # The enrolment code was the current one: the same step may not be used again.
    replay = client.post(VERIFY, {"ma": pyotp.TOTP(secret).now()})
    assert replay.status_code == 400
    TotpDevice.objects.filter(user=board_user).update(last_step=0)
    ok = client.post(VERIFY, {"ma": pyotp.TOTP(secret).now(), "next": "/dot/"})
    assert ok.status_code == 302 and ok["Location"] == "/dot/"
    assert client.get(reverse("campaigns:list")).status_code == 200


def test_it_accepts_each_recovery_code_once(board_user):
    _secret, codes = enrol(sign_in("chuyenvien"))
    first = sign_in("chuyenvien")
    assert first.post(VERIFY, {"ma": codes[0].upper()}).status_code == 302
    second = sign_in("chuyenvien")
    assert second.post(VERIFY, {"ma": codes[0]}).status_code == 400


def test_it_locks_after_repeated_wrong_codes(settings, board_user):
    settings.LOGIN_MAX_FAILURES = 3
    enrol(sign_in("chuyenvien"))
    client = sign_in("chuyenvien")
    for _ in range(3):
        client.post(VERIFY, {"ma": "111111"})
    response = client.post(VERIFY, {"ma": "111111"})
    assert response.status_code == 403 and "quá nhiều lần" in response.content.decode()
    assert client.get(reverse("home")).status_code == 302  # signed out


def test_it_keeps_counting_wrong_codes_across_password_sign_ins(settings, board_user):
    settings.LOGIN_MAX_FAILURES = 3
    enrol(sign_in("chuyenvien"))
    for _ in range(3):  # a right password each time must not wipe the wrong codes
        sign_in("chuyenvien").post(VERIFY, {"ma": "111111"})
    locked = Client().post(
        reverse("accounts:login"), {"username": "chuyenvien", "password": PASSWORD}
    )
    assert locked.status_code == 200 and "quá nhiều lần" in locked.content.decode()


def test_it_asks_superusers_for_a_second_step(db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("quantri", "qt@example.vn", PASSWORD)
    response = sign_in("quantri").get(reverse("home"))
    assert response.status_code == 302 and response["Location"].startswith(ENROL)


def test_it_lets_a_board_admin_disable_a_lost_device(board_user):
    enrol(sign_in("chuyenvien"))
    mfa_disable(user=board_user)
    assert not TotpDevice.objects.exists() and not RecoveryCode.objects.exists()
    assert sign_in("chuyenvien").get(reverse("home"))["Location"].startswith(ENROL)


def test_it_does_not_ask_reporters_unless_configured(settings, commune_reporter):
    assert sign_in("baocao.dbp").get(reverse("home")).status_code == 200
    settings.MFA_REQUIRED_ROLES = ["reporter"]
    assert sign_in("baocao.dbp").get(reverse("home")).status_code == 302


def test_it_can_be_turned_off(settings, board_user):
    settings.MFA_REQUIRED_ROLES = []
    assert sign_in("chuyenvien").get(reverse("home")).status_code == 200


def test_it_asks_the_second_step_of_a_session_given_a_role_that_needs_it(
    board_user, commune_reporter, leader_user
):
    # A reporter's session is told once that it needs no second step; given a board role
    # afterwards, it went on as board staff without ever entering a code.
    from lantoa.accounts.models import Role
    from lantoa.accounts.services import membership_add
    from lantoa.organization.models import Unit

    client = sign_in("baocao.dbp")
    assert client.get(reverse("home")).status_code == 200
    board = Unit.objects.get(code="BTGDVTU")
    membership_add(actor=board_user, user=commune_reporter, unit=board, role=Role.BOARD)
    answer = client.get(reverse("audit:log"))
    assert answer.status_code == 302, "a board page without the second step"
    assert not answer["Location"].startswith(reverse("audit:log"))
    # A session past the second step goes on with its new role.
    verified = client_for(leader_user)
    commune = Unit.objects.get(code="03127")
    membership_add(actor=board_user, user=leader_user, unit=commune, role=Role.LEADER)
    assert verified.get(reverse("home")).status_code == 200


REPLACE = reverse("accounts:mfa_replace")


def test_it_lets_a_user_replace_their_own_authenticator_with_a_current_code(board_user):
    # A new phone: before, only an account administrator could remove the old authenticator.
    old_secret, _codes = enrol(sign_in("chuyenvien"))
    elsewhere = sign_in("chuyenvien")
    TotpDevice.objects.filter(user=board_user).update(last_step=0)
    assert elsewhere.post(VERIFY, {"ma": pyotp.TOTP(old_secret).now()}).status_code == 302
    client = client_for(board_user)
    offered = client.get(reverse("accounts:password_change")).content.decode()
    assert f'href="{REPLACE}"' in offered
    page = client.get(REPLACE)
    assert page.status_code == 200 and "Đổi điện thoại xác thực" in page.content.decode()
    wrong = client.post(REPLACE, {"ma": "123456"})
    assert wrong.status_code == 400 and mfa_confirmed_device(user=board_user) is not None
    TotpDevice.objects.filter(user=board_user).update(last_step=0)
    done = client.post(REPLACE, {"ma": pyotp.TOTP(old_secret).now()})
    assert done.status_code == 302 and done["Location"].startswith(ENROL)
    assert mfa_confirmed_device(user=board_user) is None
    assert not RecoveryCode.objects.filter(user=board_user).exists()
    # Every other session ends: the old phone's holder is signed out; this one enrols the new.
    assert elsewhere.get(reverse("home"))["Location"].startswith(reverse("accounts:login"))
    new_secret, _codes = enrol(client)
    assert new_secret != old_secret and mfa_confirmed_device(user=board_user) is not None
    ops = AuditEntry.objects.filter(action=AuditAction.CHANGE).values_list("detail__op", flat=True)
    assert "user_two_step_replace" in list(ops)


def test_it_locks_a_session_guessing_the_code_to_replace_the_authenticator(settings, board_user):
    settings.LOGIN_MAX_FAILURES = 3
    enrol(sign_in("chuyenvien"))
    client = client_for(board_user)
    for _ in range(3):
        client.post(REPLACE, {"ma": "111111"})
    locked = client.post(REPLACE, {"ma": "111111"})
    assert locked.status_code == 403 and "quá nhiều lần" in locked.content.decode()
    assert mfa_confirmed_device(user=board_user) is not None
    assert client.get(reverse("home")).status_code == 302  # signed out


def test_the_second_step_pages_show_no_menu_until_the_code_is_given(board_user):
    # Every link of the menu would bounce back to the code: only signing out is offered.
    secret, _codes = enrol(sign_in("chuyenvien"))
    client = sign_in("chuyenvien")
    for page in (client.get(VERIFY), client.get(ENROL, follow=True)):
        html = page.content.decode()
        assert page.status_code == 200 and "Đăng xuất (chuyenvien)" in html
        assert 'aria-label="Điều hướng chính"' not in html and "Việc cần làm" not in html
        assert reverse("campaigns:list") not in html and "Đổi mật khẩu" not in html
    TotpDevice.objects.filter(user=board_user).update(last_step=0)
    assert client.post(VERIFY, {"ma": pyotp.TOTP(secret).now()}).status_code == 302
    assert 'aria-label="Điều hướng chính"' in client.get(reverse("home")).content.decode()


def test_the_enrolment_page_shows_no_menu_before_the_device_is_confirmed(board_user):
    html = sign_in("chuyenvien").get(ENROL).content.decode()
    assert "Đăng xuất (chuyenvien)" in html and 'aria-label="Điều hướng chính"' not in html
