"""Two-step sign-in with an authenticator app (TOTP, offline) and hashed one-time recovery codes."""

from __future__ import annotations

import hashlib
import secrets
import time
from typing import Any

import pyotp
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.models import Membership, RecoveryCode, TotpDevice
from lantoa.core.errors import Refused

SESSION_KEY = "lantoa_mfa_verified"
ISSUER = "Lan Tỏa"
RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


class MfaError(Refused):
    """A two-step request that cannot be carried out, with a message for people."""


def mfa_required(*, user: Any) -> bool:
    """Tell whether the user holds a role that must sign in with a second step."""
    roles = settings.MFA_REQUIRED_ROLES
    if not roles or not user.is_authenticated:
        return False
    if user.is_superuser:  # sees the whole province and runs the admin
        return True
    return Membership.objects.filter(user=user, role__in=roles).exists()


def mfa_confirmed_device(*, user: Any) -> TotpDevice | None:
    """Return the user's confirmed authenticator, or None."""
    return TotpDevice.objects.filter(user=user, confirmed_at__isnull=False).first()


def _hash_code(code: str) -> str:
    normalised = code.strip().lower().replace("-", "").replace(" ", "")
    return hashlib.sha256(f"lantoa-recovery:{normalised}".encode()).hexdigest()


def _new_recovery_code() -> str:
    raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def totp_new_secret() -> str:
    """Return a fresh random base32 secret (kept in the session until confirmed)."""
    return pyotp.random_base32()


def totp_uri(*, secret: str, username: str) -> str:
    """Return the otpauth:// URI an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)


def _accept_totp(device: TotpDevice, code: str, *, save: bool = True) -> bool:
    """Check a 6-digit code within ±1 step and refuse a step already used (replay)."""
    code = code.strip().replace(" ", "")
    if not (code.isdigit() and len(code) == 6):
        return False
    totp = pyotp.TOTP(device.secret)
    now = time.time()
    for offset in (0, -1, 1):
        at = now + offset * totp.interval
        step = int(at // totp.interval)
        if step > device.last_step and secrets.compare_digest(totp.at(at), code):
            device.last_step = step
            if save:
                device.save(update_fields=["last_step"])
            return True
    return False


@transaction.atomic
def totp_enrol_confirm(*, user: Any, secret: str, code: str) -> list[str]:
    """Store the device once its first code is right; return new recovery codes (shown once)."""
    if TotpDevice.objects.select_for_update().filter(user=user).exists():
        raise MfaError("Tài khoản đã có thiết bị xác thực hai bước.")
    device = TotpDevice(user=user, secret=secret)
    if not secret or not _accept_totp(device, code, save=False):
        raise MfaError("Mã xác thực không đúng hoặc đã hết hạn. Kiểm tra đồng hồ điện thoại.")
    device.confirmed_at = timezone.now()
    device.save()
    return recovery_codes_renew(user=user)


@transaction.atomic
def recovery_codes_renew(*, user: Any) -> list[str]:
    """Replace the user's recovery codes with new ones and return them in clear, once."""
    RecoveryCode.objects.filter(user=user).delete()
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.bulk_create(
        [RecoveryCode(user=user, code_hash=_hash_code(code)) for code in codes]
    )
    return codes


@transaction.atomic
def mfa_verify(*, user: Any, code: str) -> bool:
    """Accept a current authenticator code, or an unused recovery code (then spent)."""
    device = TotpDevice.objects.select_for_update().filter(user=user).first()
    if device is None or device.confirmed_at is None:
        return False
    if _accept_totp(device, code):
        return True
    if len(code.strip()) < 10:
        return False
    spent = RecoveryCode.objects.filter(
        user=user, code_hash=_hash_code(code), used_at__isnull=True
    ).update(used_at=timezone.now())
    return spent == 1


@transaction.atomic
def mfa_disable(*, user: Any) -> None:
    """Remove the user's authenticator and recovery codes (the next sign-in enrols again)."""
    TotpDevice.objects.filter(user=user).delete()
    RecoveryCode.objects.filter(user=user).delete()


def qr_data_uri(*, text: str) -> str:
    """Return a QR code of the text as an SVG data URI, drawn locally (no outside service)."""
    import segno

    return segno.make(text, error="m").svg_data_uri(scale=5, border=2)
