"""API tokens: each acts for one user at one unit in one role, and can be revoked."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.organization.models import Unit


class ApiToken(models.Model):
    """A bearer token; only its SHA-256 is stored, the secret is shown once at creation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name="người dùng",
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="+", verbose_name="đơn vị"
    )
    role = models.CharField("vai trò", max_length=20)
    name = models.CharField("tên gợi nhớ", max_length=100)
    prefix = models.CharField(max_length=12, unique=True)
    secret_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField("hết hạn", null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "mã truy cập API"
        verbose_name_plural = "mã truy cập API"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
