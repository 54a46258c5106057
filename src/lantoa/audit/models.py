"""An append-only, hash-chained record of sign-ins, refused access, exports and sensitive views."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditAction(models.TextChoices):
    LOGIN = "login", "Đăng nhập"
    LOGIN_FAILED = "login_failed", "Đăng nhập thất bại"
    LOGOUT = "logout", "Đăng xuất"
    ACCESS_DENIED = "access_denied", "Truy cập bị từ chối"
    EXPORT = "export", "Xuất dữ liệu"
    DOWNLOAD = "download", "Tải tệp"
    VIEW_RAW = "view_raw", "Xem dữ liệu gốc"
    CHANGE = "change", "Thay đổi dữ liệu"


class AuditEntry(models.Model):
    """One audited event; its keyed MAC covers every field and the previous MAC, so edits show."""

    seq = models.PositiveBigIntegerField("số thứ tự", unique=True)
    at = models.DateTimeField("thời điểm", db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        # An account with a history is deactivated, never deleted: its id is part of the MAC.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người dùng",
    )
    username = models.CharField("tên đăng nhập", max_length=150, blank=True)
    action = models.CharField("hành động", max_length=20, choices=AuditAction.choices)
    target = models.CharField("đối tượng", max_length=255, blank=True)
    # The target folded (core.text.fold) for the log's search, which ignores diacritics as every
    # search does; derived from `target`, so the MAC need not cover it.
    target_key = models.CharField(max_length=255, blank=True, editable=False)
    detail = models.JSONField("chi tiết", default=dict, blank=True)
    address = models.GenericIPAddressField("địa chỉ", null=True, blank=True)
    previous_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64, unique=True)  # HMAC-SHA256, see audit.chain

    class Meta:
        verbose_name = "nhật ký"
        verbose_name_plural = "nhật ký hệ thống"
        ordering = ["-pk"]

    def __str__(self) -> str:
        at = timezone.localtime(self.at)  # the board's time, as every page shows it
        return f"{at:%d/%m/%Y %H:%M} {self.username} {self.get_action_display()} {self.target}"
