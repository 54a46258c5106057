"""`lantoa campaign status ID [--format json|text]`: every unit's standing in a campaign."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import CommandError
from django.utils import timezone

from lantoa.campaigns.models import Campaign
from lantoa.core.commands import ActionCommand
from lantoa.organization.models import Unit
from lantoa.reporting.indicators import campaign_status
from lantoa.reporting.status_data import status_data


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
        f"{'code':<11}{'tasks':>7}{'coverage':>10}{'due':>12}{'submitted':>12}{'late':>6}"
        f"  {'state':<18}name",
    ]
    for unit in data["units"]:
        tasks = f"{unit['tasks_done']}/{unit['tasks_total']}"
        coverage = "-" if unit["coverage"] is None else f"{unit['coverage']:.1f}%"
        lines.append(
            f"{unit['code'] or '-':<11}{tasks:>7}{coverage:>10}{_cell(unit['due_date']):>12}"
            f"{_cell(unit['submitted_on']):>12}{unit['working_days_late']:>6}"
            f"  {_cell(unit['state']):<18}{unit['name']}"
        )
    totals = data["totals"]
    lines.append(
        f"Totals: {totals['units']} units, tasks {totals['tasks_done']}/{totals['tasks_total']}, "
        f"completeness {_cell(totals['completeness'])}%, on time {_cell(totals['on_time_rate'])}% "
        f"of {totals['units_expected']} expected, briefed {_cell(totals['briefed_rate'])}% "
        f"({totals['party_members_briefed']}/{totals['party_members_expected']} party members; "
        f"among reporting units {_cell(totals['briefed_rate_reporting'])}%), "
        f"{totals['activities']} activities, {totals['late_units']} late units "
        "(late = at least one working day; locked = an accepted report locks its activities)"
    )
    return "\n".join(lines)


class Command(ActionCommand):
    """Campaign commands; `status` prints every unit's standing."""

    help = "Campaign commands: status ID [--format json|text]."

    def add_actions(self, actions: Any) -> None:
        """Declare the status subcommand."""
        status = actions.add_parser("status", help="every unit's tasks, coverage and reports")
        status.add_argument("campaign_id", type=int)
        status.add_argument("--format", choices=["json", "text"], default="text")

    def do_status(self, options: dict[str, Any]) -> None:
        """Print every unit's standing in the campaign, as JSON or text."""
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
