"""`lantoa official_report`: write a campaign's progress or final report from the current data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from lantoa.campaigns.models import Campaign
from lantoa.core.numbers import format_vn_number
from lantoa.core.partydoc import render_docx, render_pdf
from lantoa.documents.reports.builder import report_document, report_issuing_body
from lantoa.documents.reports.content import report_facts
from lantoa.documents.reports.drafting import default_sections


class Command(BaseCommand):
    help = "Soạn dự thảo báo cáo sơ kết hoặc tổng kết (.docx hoặc .pdf) từ số liệu hiện có."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--campaign", type=int, required=True)
        parser.add_argument("--kind", choices=["progress", "final"], default="progress")
        parser.add_argument("--format", choices=["docx", "pdf"], default="docx")
        parser.add_argument("-o", "--output", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        """Write the draft as staff would download it: unnumbered, undated."""
        campaign = Campaign.objects.filter(pk=options["campaign"]).first()
        if campaign is None:
            raise CommandError(f"Không có đợt tuyên truyền số {options['campaign']}.")
        facts = report_facts(campaign=campaign, as_of=timezone.localdate())
        document = report_document(
            facts=facts,
            kind=options["kind"],
            sections=default_sections(facts),
            number=None,
            issued_on=None,
            signer_name=campaign.signer_name,
            signer_title=campaign.signer_title or "Phó Trưởng ban",
            signer_mode=campaign.signer_mode or "K/T",
            issuing_body=report_issuing_body(),
        )
        data = render_docx(document) if options["format"] == "docx" else render_pdf(document)
        Path(options["output"]).write_bytes(data)
        self.stdout.write(f"Đã ghi {options['output']} ({format_vn_number(len(data))} byte).")
