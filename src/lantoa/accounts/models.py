"""Who may act for which unit, the login attempts used to throttle guessing, request counts."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.organization.models import Unit


class Role(models.TextChoices):
    BOARD = "board", "Chuyên viên Ban"
    LEADER = "leader", "Lãnh đạo"
    REPORTER = "reporter", "Cán bộ báo cáo của đơn vị"
    COLLABORATOR = "collaborator", "Cộng tác viên dư luận xã hội"
    PRESS = "press", "Biên tập viên cơ quan báo chí"


class Membership(models.Model):
    """A user acting for a unit in a role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name="người dùng",
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="memberships", verbose_name="đơn vị"
    )
    role = models.CharField("vai trò", max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "phân quyền"
        verbose_name_plural = "phân quyền"
        constraints = [
            models.UniqueConstraint(fields=["user", "unit", "role"], name="unique_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.unit} ({self.get_role_display()})"

    @property
    def capabilities(self) -> frozenset[str]:
        """Return what this membership allows (the table in accounts.capabilities)."""
        from lantoa.accounts.capabilities import capabilities_of  # it imports Role from here

        return capabilities_of(role=self.role, unit_kind=self.unit.kind)


class LoginAttempt(models.Model):
    """A failed or successful sign-in, kept to lock out password guessing."""

    username = models.CharField(max_length=150, db_index=True)
    address = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    succeeded = models.BooleanField(default=False)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "lần đăng nhập"
        verbose_name_plural = "các lần đăng nhập"

    def __str__(self) -> str:
        outcome = "thành công" if self.succeeded else "thất bại"
        return f"{self.username} @ {self.address or '?'}: {outcome}"


class TotpDevice(models.Model):
    """A user's authenticator app (TOTP, RFC 6238): a shared secret, confirmed by a first code."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="totp_device",
        verbose_name="người dùng",
    )
    secret = models.CharField("khóa bí mật", max_length=64)
    confirmed_at = models.DateTimeField("xác nhận lúc", null=True, blank=True)
    # The last 30-second step accepted, so that one code cannot be used twice.
    last_step = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "thiết bị xác thực hai bước"
        verbose_name_plural = "thiết bị xác thực hai bước"

    def __str__(self) -> str:
        state = "đã xác nhận" if self.confirmed_at else "chưa xác nhận"
        return f"{self.user} ({state})"


class RecoveryCode(models.Model):
    """A one-time code to sign in without the phone; only its hash is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recovery_codes"
    )
    code_hash = models.CharField(max_length=64, db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "mã khôi phục"
        verbose_name_plural = "mã khôi phục"

    def __str__(self) -> str:
        return f"{self.user}: {'đã dùng' if self.used_at else 'chưa dùng'}"


class RequestCount(models.Model):
    """How many requests one key made in one clock minute, counted for every server process."""

    # A SHA-256 digest of the key (a page and client address, an API token): never the address.
    scope = models.CharField(max_length=64)
    minute = models.BigIntegerField()  # minutes since the epoch
    requests = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "minute"], name="one_request_count_per_minute")
        ]

    def __str__(self) -> str:
        return f"{self.scope} @ {self.minute}: {self.requests}"
