"""`lantoa awareness results|contest-results`: awareness figures per unit, a contest's ranking."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lantoa.awareness.results import Change, percent
from lantoa.awareness.selectors import results_of
from lantoa.campaigns.models import Campaign
from lantoa.organization.models import Unit


def change_row(change: Change) -> dict[str, Any]:
    """Return the figures of one before/after pair, None where a group is under five."""
    interval = change.after.interval
    return {
        "answers": change.before.people + change.after.people,
        "pre_rate": change.before.rate,
        "post_rate": change.after.rate,
        "ci_low": interval[0] if interval else None,
        "ci_high": interval[1] if interval else None,
        "change": change.change,
        "significant": change.significant,
    }


class Command(BaseCommand):
    help = "Awareness check results of a campaign per unit (JSON or text)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        results = sub.add_parser("results")
        results.add_argument("--campaign", type=int, required=True)
        results.add_argument("--format", choices=["json", "text"], default="text")
        contest = sub.add_parser("contest-results")
        contest.add_argument("--contest", type=int, required=True)
        contest.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "contest-results":
            self.contest_results(options)
            return
        campaign = Campaign.objects.filter(pk=options["campaign"]).first()
        if campaign is None:
            raise CommandError(f"Không có đợt tuyên truyền số {options['campaign']}.")
        found = results_of(campaign=campaign, units=Unit.objects.all())
        rows = [
            {"unit": r.unit.code, "name": r.unit.name, "checks": r.checks, **change_row(r.change)}
            for r in found.units
        ]
        totals = {"checks": found.checks, **change_row(found.total)}
        if options["format"] == "json":
            self.stdout.write(json.dumps({"units": rows, "totals": totals}, ensure_ascii=False))
            return
        for row in [*rows, {"name": "Tổng", **totals}]:
            self.stdout.write(
                f"{row['name']}: {row['checks']} lượt kiểm tra, {row['answers']} lượt trả lời, "
                f"trước {percent(row['pre_rate'])}, sau {percent(row['post_rate'])}"
            )

    def contest_results(self, options: dict[str, Any]) -> None:
        """Print a contest's participation per unit and each round's ranking (phones masked)."""
        from lantoa.awareness.models import Contest
        from lantoa.awareness.selectors_contests import contest_results_data

        contest = Contest.objects.filter(pk=options["contest"]).first()
        if contest is None:
            raise CommandError(f"Không có cuộc thi số {options['contest']}.")
        data = contest_results_data(contest=contest)
        if options["format"] == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        for row in data["units"]:  # type: ignore[attr-defined]
            self.stdout.write(f"{row['name']}: {row['entries']} lượt dự thi")
        for found in data["rounds"]:  # type: ignore[attr-defined]
            self.stdout.write(f"Vòng {found['round']}: {found['entries']} lượt dự thi")
            for r in found["ranking"]:
                mark = " (đoạt giải)" if r["winner"] else ""
                self.stdout.write(f"  {r['place']}. {r['name']} – {r['score']} câu đúng{mark}")
