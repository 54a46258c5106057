"""Builds a campaign report as a Party document: six sections, then numbered appendices."""

from __future__ import annotations

import datetime

from django.conf import settings

from lantoa.awareness.charts import awareness_chart
from lantoa.campaigns.documents import BOARD_ISSUER
from lantoa.campaigns.models import Campaign
from lantoa.core.charts import document_figures
from lantoa.core.partydoc import (
    Appendix,
    Block,
    Bullet,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
)
from lantoa.core.partydoc.recipients import FILED, reported_to
from lantoa.core.partydoc.signing import signature_mode
from lantoa.documents.reports.content import (
    SECTION_KEYS,
    SECTION_TITLES,
    ReportFacts,
    results_paragraphs,
)
from lantoa.documents.reports.drafting import (
    APPENDIX_CHARTS,
    APPENDIX_UNITS,
    missing_units,
)
from lantoa.organization.selectors import unit_place
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


def report_issuing_body() -> str:
    """Return the board, the issuing body printed in the header, without the parent "Tỉnh ủy"."""
    # The board reports, whoever issued the campaign's guidance (the Standing Committee's plan).
    return BOARD_ISSUER.replace(" Tỉnh ủy", "")


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
        widths_mm=[10, 50, 17, 17, 14, 14, 38],
        caption=_coverage_caption(facts),
        decimals=[0, None, 0, 0, 1, 0, None],
    )


def _coverage_caption(facts: ReportFacts) -> str:
    """Return the table's total line, naming the rows the headline rate leaves out."""
    # A reader adding up the column must find the total's units: the board's own row is listed
    # (its activities count) but it reports to no one, so no rate is over it.
    scope = facts.status.scope_text()
    return f"Toàn tỉnh{f' ({scope})' if scope else ''}: {facts.status.briefed_rate.text}"


def missing_table(facts: ReportFacts) -> Table:
    """Return every unit that has not reported in full, with where its report stands."""
    rows: list[list[str | int | float | None]] = [
        [index, row.unit.name, row.activities, row.report.label if row.report else "—"]
        for index, row in enumerate(missing_units(facts), start=1)
    ]
    return Table(
        columns=["TT", "Đơn vị", "Hoạt động đã cập nhật", "Báo cáo"],
        rows=rows,
        widths_mm=[10, 70, 25, 50],
        decimals=[0, None, 0, None],
    )


def _lines(text: str) -> list[Block]:
    """Return the drafted text as blocks: a line starting with "-" is a dash item."""
    blocks: list[Block] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("- "):
            blocks.append(Bullet(line[2:]))
        elif line:
            blocks.append(Paragraph(line))
    return blocks


def report_appendices(facts: ReportFacts) -> tuple[list[Appendix], list[str]]:
    """Return the appendices in their fixed order and how section II refers to them."""
    appendices: list[Appendix] = []
    refs: list[str] = []
    if len(facts.rows) > 1:
        appendices.append(
            Appendix(
                title="Kết quả nghiên cứu, quán triệt theo đơn vị",
                blocks=[coverage_table(facts)],
            )
        )
        refs.append(f"kết quả của từng đơn vị chi tiết tại Phụ lục {APPENDIX_UNITS}")
        missing = missing_table(facts)
        appendices.append(
            Appendix(
                title="Danh sách đơn vị chưa báo cáo đầy đủ kết quả",
                blocks=[missing]
                if missing.rows
                else [Paragraph("Tất cả các đơn vị đã báo cáo kết quả.")],
            )
        )
    charts: list[Block] = []
    coverage = coverage_chart_for(facts.status.headline_rows)  # the units its rate is over
    if coverage is not None:
        charts.extend(document_figures(coverage))
    activity = activity_chart_for(facts.campaign, [row.unit.pk for row in facts.rows])
    if activity is not None:
        charts.extend(document_figures(activity))
    # The awareness checks' chart beside the dashboard's, drawn by the same chart code.
    awareness = awareness_chart(facts.awareness.units)
    if awareness is not None:
        charts.extend(document_figures(awareness))
    if charts:
        appendices.append(Appendix(title="Biểu đồ kết quả", blocks=charts))
        number = APPENDIX_CHARTS if len(facts.rows) > 1 else 1
        refs.append(f"biểu đồ tại Phụ lục {number}")
    return appendices, refs


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
    appendices, refs = report_appendices(facts)
    body: list[Block] = []
    for key in SECTION_KEYS:
        body.append(Heading(SECTION_TITLES[key], level=1))
        drafted = _lines(sections.get(key, ""))
        if key == "results":
            body.extend(drafted)
            channels = results_paragraphs(facts)
            if channels:
                body.append(Paragraph("Theo hình thức tuyên truyền:"))
                body.extend(Bullet(sentence) for sentence in channels)
            if refs:
                text = "; ".join(refs)
                body.append(Paragraph(f"({text[0].upper()}{text[1:]}.)", italic=True))
        else:
            body.extend(drafted or [Paragraph("Không có.")])
    if authority is None:
        # K/T signs for the head whose deputy signs; T/M for the collective body.
        authority = {
            "K/T": signer_title.upper().removeprefix("PHÓ ").strip(),
            "T/M": "BAN THƯỜNG VỤ",
            "TL.": "TRƯỞNG BAN",
            "TUQ.": "TRƯỞNG BAN",
        }.get(signer_mode, "")
    return PartyDocument(
        parent_body=parent_body or f"TỈNH ỦY {province.upper()}",
        issuing_body=issuing_body.upper(),
        number=number,
        symbol=symbol,
        # A unit's own report is dated at its own place, as its plan is; the board's at its own.
        place=unit_place(facts.rows[0].unit) if kind == "unit" and facts.rows else province,
        date=issued_on,
        doc_type="BÁO CÁO",
        subject=report_subject(campaign=facts.campaign, kind=kind),
        body=body,
        recipients=[
            reported_to("Thường trực Tỉnh ủy"),
            reported_to("Ban Tuyên giáo và Dân vận Trung ương"),
            FILED,
        ]
        if kind != "unit"
        else [reported_to("Ban Tuyên giáo và Dân vận Tỉnh ủy"), FILED],
        signature=Signature(
            mode=signature_mode(signer_mode),
            authority=authority,
            title=signer_title.upper(),
            name=signer_name,
        ),
        draft=number is None,
        appendices=appendices,
    )
