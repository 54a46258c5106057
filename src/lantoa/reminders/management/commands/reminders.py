"""`lantoa reminders send [--date dd/mm/yyyy]`: run the daily job for today or a past day."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone

from lantoa.core.commands import ActionCommand, typed_day
from lantoa.reminders.services import ReminderError, reminders_send_due


class Command(ActionCommand):
    """Reminder commands; `send` reminds late units (once per day)."""

    help = (
        "Đôn đốc: send [--date dd/mm/yyyy] gửi nhắc việc tới các đơn vị chậm thực hiện nhiệm vụ "
        "hoặc chậm báo cáo."
    )

    def add_actions(self, actions: Any) -> None:
        """Declare the send subcommand."""
        send = actions.add_parser("send", help="nhắc các đơn vị chậm (mỗi ngày chỉ gửi một lần)")
        send.add_argument(
            "--date", default="", help="ngày cần chạy: hôm nay (mặc định) hoặc một ngày đã qua"
        )

    def do_send(self, options: dict[str, Any]) -> None:
        """Remind the units late on the day (today by default), once a day."""
        today = typed_day(options["date"]) if options["date"] else timezone.localdate()
        try:
            result = reminders_send_due(today=today)
        except ReminderError as refusal:
            raise CommandError(str(refusal), returncode=1) from None
        if result.skipped:
            self.stdout.write(f"Nhắc việc ngày {today:%d/%m/%Y} đã gửi rồi; không cần làm gì thêm.")
        else:
            self.stdout.write(
                f"Nhắc việc ngày {today:%d/%m/%Y}: {result.units} đơn vị, {result.items} việc chậm."
            )
