"""`lantoa createsuperuser`: Django's command, then an audit entry for each superuser it made."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.management.commands import createsuperuser

from lantoa.accounts.services import superuser_audit


class Command(createsuperuser.Command):
    help = "Tạo tài khoản quản trị hệ thống (superuser); nhật ký kiểm toán ghi lại việc tạo."

    def handle(self, *args: Any, **options: Any) -> None:
        users = get_user_model().objects.using(options["database"])
        before = set(users.filter(is_superuser=True).values_list("pk", flat=True))
        super().handle(*args, **options)
        for user in users.filter(is_superuser=True).exclude(pk__in=before).order_by("pk"):
            superuser_audit(user=user)
