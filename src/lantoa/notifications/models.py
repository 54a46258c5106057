"""Messages to a unit's people, shown in the app and sent by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from lantoa.organization.models import Unit


class Notification(models.Model):
    """A message to everyone acting for a unit."""

    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="notifications", verbose_name="đơn vị"
    )
    # Who speaks: the board for everything sent today; None on notifications sent before.
    sender = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="đơn vị gửi",
    )
    title = models.CharField("tiêu đề", max_length=255)
    body = models.TextField("nội dung", blank=True)
    url = models.CharField("đường dẫn", max_length=255, blank=True)
    # What a member of the unit must be allowed there to read it (a Capability): the unit's
    # reporting for most; an opinion alert to the board is for those who read opinion.
    capability = models.CharField("quyền cần có", max_length=32, default="reporting_read")
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    read_by = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")

    class Meta:
        verbose_name = "thông báo"
        verbose_name_plural = "thông báo"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title
