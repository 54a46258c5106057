"""`lantoa campaign status ID [--format json|text]`: every unit's standing in a campaign."""

from __future__ import annotations

import datetime
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from lantoa.campaigns.models import Campaign
from lantoa.organization.models import Unit
from lantoa.reporting.indicators import CampaignStatus, campaign_status


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def status_data(status: CampaignStatus, *, today: datetime.date) -> dict[str, Any]:
    """Return the campaign status as plain data: one entry per unit, plus the totals."""
    units = [
        {
            "code": row.unit.code,
            "name": row.unit.name,
            "kind": row.unit.kind,
            "tasks_done": row.tasks_done,
            "tasks_total": row.tasks_total,
            "coverage": _round(row.coverage),
            "people_reached": row.people_reached,
            "activities": row.activities,
            "submitted": row.submitted,
            "on_time": row.on_time,
            "days_late": row.days_late,
            "late": row.late,
        }
        for row in status.rows
    ]
    latest = status.requests[-1] if status.requests else None
    return {
        "campaign": {"id": status.campaign.pk, "title": status.campaign.title},
        "date": today.isoformat(),
        "report_request": (
            {"id": latest.pk, "title": latest.title, "due_date": latest.due_date.isoformat()}
            if latest
            else None
        ),
        "units": units,
        "totals": {
            "units": len(units),
            "units_reported": status.units_reported,
            "tasks_done": sum(u["tasks_done"] for u in units),
            "tasks_total": sum(u["tasks_total"] for u in units),
            "completeness": _round(status.completeness),
            "on_time_rate": _round(status.on_time_rate),
            "coverage": _round(status.coverage),
            "activities": sum(u["activities"] for u in units),
            "channels": status.channel_totals(),
            "late_units": sum(1 for u in units if u["late"]),
        },
    }


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def status_text(data: dict[str, Any]) -> str:
    """Return the status as an aligned text table."""
    lines = [
        f"Campaign {data['campaign']['id']}: {data['campaign']['title'][:100]}",
        f"{'code':<11}{'tasks':>7}{'coverage':>10}{'submitted':>11}{'on_time':>9}{'late':>6}  name",
    ]
    for unit in data["units"]:
        tasks = f"{unit['tasks_done']}/{unit['tasks_total']}"
        coverage = "-" if unit["coverage"] is None else f"{unit['coverage']:.1f}%"
        lines.append(
            f"{unit['code'] or '-':<11}{tasks:>7}{coverage:>10}{_cell(unit['submitted']):>11}"
            f"{_cell(unit['on_time']):>9}{unit['days_late']:>6}  {unit['name']}"
        )
    totals = data["totals"]
    lines.append(
        f"Totals: {totals['units']} units, tasks {totals['tasks_done']}/{totals['tasks_total']}, "
        f"completeness {_cell(totals['completeness'])}%, on time {_cell(totals['on_time_rate'])}%, "
        f"coverage {_cell(totals['coverage'])}%, {totals['activities']} activities, "
        f"{totals['late_units']} late units"
    )
    return "\n".join(lines)


class Command(BaseCommand):
    """Campaign commands; `status` prints every unit's standing."""

    help = "Campaign commands: status ID [--format json|text]."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        status = sub.add_parser("status", help="every unit's tasks, coverage and reports")
        status.add_argument("campaign_id", type=int)
        status.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        campaign = Campaign.objects.filter(pk=options["campaign_id"]).first()
        if campaign is None:
            raise CommandError(f"no campaign with id {options['campaign_id']}", returncode=1)
        today = timezone.localdate()
        status = campaign_status(campaign=campaign, units=Unit.objects.all(), today=today)
        data = status_data(status, today=today)
        if options["format"] == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(status_text(data))
