"""`lantoa awareness results|contest-results|survey-results|import`: figures, rankings, tallies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from lantoa.awareness.bank.importing import awareness_file_read
from lantoa.awareness.results import TOO_FEW, Change, percent
from lantoa.awareness.selectors import results_of
from lantoa.awareness.services import check_tallies_import, question_bank_import
from lantoa.campaigns.models import Campaign
from lantoa.core.commands import ActionCommand
from lantoa.core.errors import Refused
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


class Command(ActionCommand):
    help = (
        "Kết quả kiểm tra nhận thức của một đợt theo từng đơn vị (JSON hoặc văn bản); nhập sổ "
        "tổng hợp phiếu giấy (trang đầu 'Phiếu giấy': Mã kiểm tra, Câu, Số người trả lời, "
        "Số người trả lời đúng) hoặc mẫu ngân hàng câu hỏi (.xlsx/.docx, kèm --campaign)."
    )

    def add_actions(self, actions: Any) -> None:
        """Declare the results, contest-results, survey-results and import subcommands."""
        results = actions.add_parser("results")
        results.add_argument("--campaign", type=int, required=True)
        results.add_argument("--format", choices=["json", "text"], default="text")
        contest = actions.add_parser("contest-results")
        contest.add_argument("--contest", type=int, required=True)
        contest.add_argument("--format", choices=["json", "text"], default="text")
        survey = actions.add_parser("survey-results")
        survey.add_argument("--survey", type=int, required=True)
        survey.add_argument("--format", choices=["json", "text"], default="text")
        imports = actions.add_parser("import")
        imports.add_argument("file", type=Path)
        imports.add_argument("--campaign", type=int, help="đợt tuyên truyền của ngân hàng câu hỏi")

    def do_results(self, options: dict[str, Any]) -> None:
        """Print a campaign's check results per unit and in total."""
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

    def do_contest_results(self, options: dict[str, Any]) -> None:
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
        for row in data["units"]:
            self.stdout.write(f"{row['name']}: {row['entries']} lượt dự thi")
        for found in data["rounds"]:
            self.stdout.write(f"Vòng {found['round']}: {found['entries']} lượt dự thi")
            for r in found["ranking"]:
                prize = "đoạt giải" if found["final"] else "tạm dẫn đầu, vòng chưa đóng"
                mark = f" ({prize})" if r["winner"] else ""
                self.stdout.write(f"  {r['place']}. {r['name']} – {r['score']} câu đúng{mark}")

    def do_survey_results(self, options: dict[str, Any]) -> None:
        """Print a survey's participation, each scale's spread and the open answers (masked)."""
        from lantoa.awareness.models import Survey
        from lantoa.awareness.surveys.selectors import results_of, survey_results_data

        survey = Survey.objects.filter(pk=options["survey"]).select_related("unit").first()
        if survey is None:
            raise CommandError(f"Không có khảo sát số {options['survey']}.")
        # The command runs for the board: open answers included, still none under five.
        data = survey_results_data(results_of(survey=survey, with_open=True))
        if options["format"] == "json":
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self.stdout.write(
            f"{data['title']} ({data['unit_name']}): {data['responses']}/{data['target']} "
            f"phiếu ({percent(data['progress'])} cỡ mẫu)"
        )
        for item in data["items"]:
            spread = (
                " · ".join(f"mức {n}: {c}" for n, c in enumerate(item["counts"], start=1))
                if item["counts"] is not None
                else TOO_FEW
            )
            self.stdout.write(f"Câu {item['number']}. {item['text']}: {spread}")
        for item in data["open_answers"] or []:
            self.stdout.write(f"{item['text']}: {len(item['answers'])} ý kiến")
            for text in item["answers"]:
                self.stdout.write(f"  - {text}")

    def do_import(self, options: dict[str, Any]) -> None:
        """Store a file's tallies or bank, all or nothing; each bad row on stderr, exit 1."""
        path: Path = options["file"]
        campaign_id: int | None = options.get("campaign")
        if not path.is_file():
            raise CommandError(f"Không có tệp {path}.")
        try:
            kind, rows = awareness_file_read(data=path.read_bytes(), filename=path.name)
            if kind == "tallies":
                counts = check_tallies_import(rows=rows, user=None)
                self.stdout.write(
                    f"Đã nhập tổng hợp phiếu giấy của {counts['checks']} lượt kiểm tra "
                    f"({counts['rows']} dòng)."
                )
                return
            campaign = Campaign.objects.filter(pk=campaign_id).first() if campaign_id else None
            if campaign is None:
                raise CommandError("Tệp là ngân hàng câu hỏi: cần --campaign ID của đợt.")
            added = question_bank_import(campaign=campaign, rows=rows, user=None)
            self.stdout.write(f"Đã nhập {added} câu hỏi mới (chờ lãnh đạo duyệt).")
        except Refused as refusal:
            for message in refusal.fields.values() or [refusal.message]:
                self.stderr.write(message)
            raise CommandError("Không nhập gì: tệp có lỗi (xem các dòng trên).") from refusal
