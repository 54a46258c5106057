"""A campaign's status as plain data, the contract the CLI's JSON and the API both answer with."""

from __future__ import annotations

import datetime
from typing import Any

from lantoa.reporting.indicators import CampaignStatus, Rate, UnitStatus
from lantoa.reporting.locks import Locks, campaign_locks


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _rate(rate: Rate | None) -> float | None:
    return None if rate is None else rate.rounded


def unit_data(row: UnitStatus, *, locks: Locks) -> dict[str, Any]:
    """Return one unit's figures, its standing on the latest report it owes, and its lock."""
    report = row.report
    return {
        "unit_id": row.unit.pk,
        "code": row.unit.code,
        "name": row.unit.name,
        "kind": row.unit.kind,
        "tasks_done": row.tasks_done,
        "tasks_total": row.tasks_total,
        "overdue_tasks": row.overdue_tasks,
        "party_members": row.party_members,
        "briefed": row.briefed,
        "coverage": _round(row.coverage),
        "people_reached": row.people_reached,
        "activities": row.activities,
        "report_request_id": report.request.pk if report else None,
        "due_date": report.due.isoformat() if report else None,
        "submitted_on": report.submitted_on.isoformat() if report and report.submitted_on else None,
        "working_days_late": row.working_days_late,
        "late": row.late,
        "state": report.state if report else None,
        "state_label": report.label if report else None,
        # An accepted report locks the activities it covers (reporting.locks).
        "locked": locks.unit_locked(row.unit.pk),
    }


def status_data(status: CampaignStatus, *, today: datetime.date) -> dict[str, Any]:
    """Return the campaign status as plain data: one entry per unit, plus the totals."""
    locks = campaign_locks(campaign_id=status.campaign.pk)
    units = [unit_data(row, locks=locks) for row in status.rows]
    latest = status.request_in_force  # the request the rates below speak of
    briefed, reporting = status.briefed_rate, status.briefed_rate_reporting
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
            "units_expected": status.completeness.whole if status.completeness else 0,
            "tasks_done": sum(u["tasks_done"] for u in units),
            "tasks_total": sum(u["tasks_total"] for u in units),
            "completeness": _rate(status.completeness),
            "on_time_rate": _rate(status.on_time_rate),
            "party_members_briefed": briefed.part,
            "party_members_expected": briefed.whole,
            "party_members_reporting": reporting.whole,
            "briefed_rate": briefed.rounded,
            "briefed_rate_reporting": reporting.rounded,
            "briefed_rate_text": briefed.text,
            "activities": sum(u["activities"] for u in units),
            "channels": status.channel_totals(),
            "late_units": status.late_units,
        },
    }
