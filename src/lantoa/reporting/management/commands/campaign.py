"""`lantoa campaign status ID [--format json|text]`: every unit's standing in a campaign."""

from __future__ import annotations

import datetime
import json
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone

from lantoa.campaigns.models import Campaign
from lantoa.core.commands import ActionCommand
from lantoa.core.numbers import format_vn_percent
from lantoa.organization.models import Unit
from lantoa.reporting.indicators import campaign_status
from lantoa.reporting.standing import REPORT_STATES
from lantoa.reporting.status_data import status_data


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "có" if value else "không"
    return str(value)


def _rate(value: float | None) -> str:
    """Return a rate of the JSON data as every page and document writes it ("41,3%")."""
    return "-" if value is None else format_vn_percent(value)


def _day(iso: str | None) -> str:
    """Return an ISO date of the JSON data as people read it (dd/mm/yyyy)."""
    return "-" if iso is None else f"{datetime.date.fromisoformat(iso):%d/%m/%Y}"


def status_text(data: dict[str, Any]) -> str:
    """Return the status as an aligned text table."""
    lines = [
        f"Đợt {data['campaign']['id']}: {data['campaign']['title'][:100]}",
        f"{'mã':<11}{'nhiệm vụ':>9}{'quán triệt':>12}{'hạn':>12}{'ngày nộp':>12}{'trễ':>6}"
        f"  {'trạng thái':<27}tên",
    ]
    for unit in data["units"]:
        tasks = f"{unit['tasks_done']}/{unit['tasks_total']}"
        coverage = _rate(unit["coverage"])
        lines.append(
            f"{unit['code'] or '-':<11}{tasks:>9}{coverage:>12}{_day(unit['due_date']):>12}"
            f"{_day(unit['submitted_on']):>12}{unit['working_days_late']:>6}"
            f"  {REPORT_STATES.get(unit['state'], _cell(unit['state'])):<27}{unit['name']}"
        )
    totals = data["totals"]
    lines.append(
        f"Tổng cộng: {totals['units']} đơn vị, nhiệm vụ "
        f"{totals['tasks_done']}/{totals['tasks_total']}, đã nộp báo cáo "
        f"{_rate(totals['completeness'])}, đúng hạn {_rate(totals['on_time_rate'])} "
        f"trên {totals['units_expected']} đơn vị phải nộp, quán triệt "
        f"{_rate(totals['briefed_rate'])} ({totals['party_members_briefed']}/"
        f"{totals['party_members_expected']} đảng viên; riêng các đơn vị đã báo cáo "
        f"{_rate(totals['briefed_rate_reporting'])}), {totals['activities']} hoạt động, "
        f"{totals['late_units']} đơn vị trễ hạn (trễ hạn = từ một ngày làm việc trở lên; "
        "khóa = báo cáo đã được chấp nhận thì các hoạt động của báo cáo đó bị khóa)"
    )
    return "\n".join(lines)


class Command(ActionCommand):
    """Campaign commands; `status` prints every unit's standing."""

    help = "Đợt tuyên truyền: status ID [--format json|text]."

    def add_actions(self, actions: Any) -> None:
        """Declare the status subcommand."""
        status = actions.add_parser(
            "status", help="nhiệm vụ, tỷ lệ quán triệt và báo cáo của từng đơn vị"
        )
        status.add_argument("campaign_id", type=int)
        status.add_argument("--format", choices=["json", "text"], default="text")

    def do_status(self, options: dict[str, Any]) -> None:
        """Print every unit's standing in the campaign, as JSON or text."""
        campaign = Campaign.objects.filter(pk=options["campaign_id"]).first()
        if campaign is None:
            raise CommandError(
                f"Không có đợt tuyên truyền số {options['campaign_id']}.", returncode=1
            )
        today = timezone.localdate()
        status = campaign_status(campaign=campaign, units=Unit.objects.all(), today=today)
        data = status_data(status, today=today)
        if options["format"] == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(status_text(data))
