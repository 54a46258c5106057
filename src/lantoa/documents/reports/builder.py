"""Builds a campaign report as a Party document: sections, coverage table, dashboard charts."""

from __future__ import annotations

import datetime

from django.conf import settings

from lantoa.campaigns.models import Campaign
from lantoa.core.charts import render_png
from lantoa.core.partydoc import (
    Block,
    Bullet,
    Figure,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
)
from lantoa.documents.reports.content import SECTION_TITLES, ReportFacts, results_paragraphs
from lantoa.reporting.dashboard.charts import activity_chart_for, coverage_chart_for

KIND_TITLES = {
    "progress": "sơ kết việc nghiên cứu, quán triệt, tuyên truyền, phổ biến và triển khai "
    "thực hiện",
    "final": "tổng kết việc nghiên cứu, quán triệt, tuyên truyền, phổ biến và triển khai thực hiện",
    "unit": "kết quả nghiên cứu, quán triệt, tuyên truyền, phổ biến và triển khai thực hiện",
}


def report_subject(*, campaign: Campaign, kind: str) -> str:
    """Return the report's trích yếu, printed under "BÁO CÁO" and entered in the register."""
    directive = campaign.directive
    text = f"{directive.doc_type} số {directive.number}" if directive.number else directive.doc_type
    if directive.date:
        text += f", ngày {directive.date.day}/{directive.date.month}/{directive.date.year}"
    if directive.issuer:
        text += f" của {directive.issuer}"
    return f"{KIND_TITLES[kind]} {text}"


def report_issuing_body(campaign: Campaign) -> str:
    """Return the issuing body printed in the header, without the parent "Tỉnh ủy"."""
    return (campaign.issuer or "Ban Tuyên giáo và Dân vận").replace(" Tỉnh ủy", "")


def coverage_table(facts: ReportFacts) -> Table:
    """Return the per-unit coverage table: members, briefed, share, activities, report."""
    rows: list[list[str | int | float | None]] = []
    for index, row in enumerate(facts.rows, start=1):
        report = row.report.label if row.report else "—"
        rows.append(
            [
                index,
                row.unit.name,
                row.party_members,
                row.briefed,
                round(row.coverage, 1) if row.coverage is not None else None,
                row.activities,
                report,
            ]
        )
    return Table(
        columns=[
            "TT",
            "Đơn vị",
            "Số đảng viên",
            "Đã quán triệt",
            "Tỷ lệ (%)",
            "Hoạt động",
            "Báo cáo",
        ],
        rows=rows,
        widths_mm=[10, 52, 18, 18, 15, 16, 26],
        caption="Kết quả nghiên cứu, quán triệt theo đơn vị (toàn tỉnh: "
        f"{facts.status.briefed_rate.text})",
        decimals=[0, None, 0, 0, 1, 0, None],
    )


def _lines(text: str) -> list[Block]:
    return [Paragraph(line.strip()) for line in text.splitlines() if line.strip()]


def report_document(
    *,
    facts: ReportFacts,
    kind: str,
    sections: dict[str, str],
    number: int | None,
    issued_on: datetime.date | None,
    signer_name: str,
    signer_title: str,
    signer_mode: str,
    issuing_body: str,
    parent_body: str | None = None,
    symbol: str = "BC/BTGDVTU",
    authority: str | None = None,
) -> PartyDocument:
    """Return the report as a Party-format document ready for .docx and .pdf."""
    province = settings.LANTOA_PROVINCE_NAME
    body: list[Block] = []
    body.append(Heading(SECTION_TITLES["situation"], level=1))
    body.extend(_lines(sections.get("situation", "")))
    body.append(Heading(SECTION_TITLES["results"], level=1))
    body.extend(_lines(sections.get("results", "")))
    body.append(Heading("Kết quả theo hình thức tuyên truyền", level=2))
    body.extend(Bullet(sentence) for sentence in results_paragraphs(facts))
    if len(facts.rows) > 1:
        body.append(Heading("Kết quả theo đơn vị", level=2))
        body.append(coverage_table(facts))
    coverage = coverage_chart_for(facts.rows)
    if coverage is not None:
        body.append(Figure(png=render_png(coverage), caption=coverage.title, width_mm=160))
    activity = activity_chart_for(facts.campaign, [row.unit.pk for row in facts.rows])
    if activity is not None:
        body.append(Figure(png=render_png(activity), caption=activity.title, width_mm=160))
    for key in ("practices", "limitations", "proposals"):
        body.append(Heading(SECTION_TITLES[key], level=1))
        body.extend(_lines(sections.get(key, "")) or [Paragraph("Không có.")])
    if authority is None:
        # K/T signs for the head whose deputy signs; T/M for the collective body.
        authority = {
            "K/T": signer_title.upper().removeprefix("PHÓ ").strip(),
            "T/M": "BAN THƯỜNG VỤ",
            "TL.": "TRƯỞNG BAN",
        }.get(signer_mode, "")
    return PartyDocument(
        parent_body=parent_body or f"TỈNH ỦY {province.upper()}",
        issuing_body=issuing_body.upper(),
        number=number,
        symbol=symbol,
        place=province,
        date=issued_on,
        doc_type="BÁO CÁO",
        subject=report_subject(campaign=facts.campaign, kind=kind),
        body=body,
        recipients=[
            "Thường trực Tỉnh ủy (để b/c)",
            "Ban Tuyên giáo và Dân vận Trung ương (để b/c)",
            "Lưu Văn phòng",
        ]
        if kind != "unit"
        else ["Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c)", "Lưu Văn phòng"],
        signature=Signature(
            mode=signer_mode or None,
            authority=authority,  # type: ignore[arg-type]
            title=signer_title.upper(),
            name=signer_name,
        ),
        draft=number is None,
    )
