"""The formal "Công văn đôn đốc": a numbered letter listing the late units and what each owes."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection

from django.conf import settings
from django.contrib.auth.models import User

from lantoa.campaigns.documents import BOARD_ISSUER, guidance_issuer, signature_for
from lantoa.campaigns.models import Campaign
from lantoa.core.partydoc import (
    Block,
    Bullet,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
    render_docx,
    render_pdf,
)
from lantoa.core.partydoc.recipients import AS_ABOVE, FILED, reported_to
from lantoa.documents.models import OutgoingDocument, OutgoingType
from lantoa.documents.services import (
    RegisterError,
    outgoing_document_issue,
)
from lantoa.reminders.lateness import LateUnit, late_units
from lantoa.reminders.models import ReminderLetter
from lantoa.reporting.calendar import work_calendar

SYMBOL = "CV/BTGDVTU"
FORMATS = ("docx", "pdf")
DEFAULT_WORKING_DAYS = 5


def _directive(campaign: Campaign) -> str:
    directive = campaign.directive
    return f"{directive.doc_type} số {directive.number}" if directive.number else directive.doc_type


def _owes(late: LateUnit) -> str:
    parts = [f"Nhiệm vụ (hạn {task.due_date:%d/%m/%Y}): {task.text[:160]}" for task in late.tasks]
    parts += [
        f"{report.request.title} (hạn {report.due:%d/%m/%Y}"
        + (", bị trả lại chưa nộp lại" if report.returned else "")
        + f"; trễ {report.working_days_late} ngày làm việc)"
        for report in late.reports
    ]
    return "; ".join(parts)


def default_body(campaign: Campaign) -> str:
    """Return the request paragraph a draft starts from (staff may edit it)."""
    return (
        f"{BOARD_ISSUER} đề nghị các đơn vị khẩn trương hoàn thành các nội dung nêu trên; "
        "trường hợp có khó khăn, vướng mắc, đề nghị báo cáo để được hướng dẫn."
    )


def default_deadline(day: datetime.date) -> datetime.date:
    """Return the deadline a letter gives when none is chosen: five working days after the day."""
    return work_calendar().add_working_days(day, DEFAULT_WORKING_DAYS)


def reminder_letter_document(
    *,
    campaign: Campaign,
    late: list[LateUnit],
    number: int | None,
    day: datetime.date,
    signer_title: str,
    signer_name: str,
    deadline: datetime.date | None = None,
    body: str = "",
) -> PartyDocument:
    """Return the Công văn đôn đốc as a Party document (doc_type "" makes it a Công văn)."""
    deadline = deadline or default_deadline(day)
    province = settings.LANTOA_PROVINCE_NAME
    # The guidance may be another body's (the Standing Committee's plan); the letter is the board's.
    issuer = guidance_issuer(campaign)
    directive = _directive(campaign)
    guidance = campaign.guidance_type or "Hướng dẫn"
    if campaign.guidance_number:
        guidance += f" số {campaign.guidance_number}"
    if campaign.guidance_date:
        guidance += f" ngày {campaign.guidance_date:%d/%m/%Y}"
    blocks: list[Block] = [
        Paragraph("Kính gửi: Các đơn vị có tên tại danh sách dưới đây.", bold=True),
        Paragraph(
            f"Thực hiện {guidance} của {issuer} về nghiên cứu, quán triệt, tuyên truyền, "
            f"phổ biến và triển khai thực hiện {directive}, đến ngày {day:%d/%m/%Y} còn "
            f"{len(late)} đơn vị chưa hoàn thành nhiệm vụ được giao hoặc chưa nộp báo cáo theo "
            "yêu cầu."
        ),
        Table(
            columns=["TT", "Đơn vị", "Nội dung chưa hoàn thành"],
            rows=[[index, item.unit.name, _owes(item)] for index, item in enumerate(late, 1)],
            widths_mm=[10, 55, 100],
            caption="Danh sách đơn vị chậm thực hiện",
        ),
    ]
    text = body.strip() or default_body(campaign)
    blocks += [Paragraph(part.strip()) for part in text.splitlines() if part.strip()]
    blocks += [
        Paragraph(
            f"Thời hạn hoàn thành các nội dung trên và báo cáo kết quả về {BOARD_ISSUER}: "
            f"chậm nhất ngày {deadline:%d/%m/%Y}.",
            bold=True,
        ),
        Bullet("Đơn vị đã hoàn thành trước ngày nhận công văn này thì không thực hiện lại."),
    ]
    return PartyDocument(
        parent_body=f"TỈNH ỦY {province.upper()}",
        issuing_body=BOARD_ISSUER.upper().replace(" TỈNH ỦY", ""),
        number=number,
        symbol=SYMBOL,
        place=province,
        date=day,
        doc_type="",
        subject=f"đôn đốc thực hiện và báo cáo kết quả triển khai {directive}",
        body=blocks,
        recipients=[AS_ABOVE, reported_to("Thường trực Tỉnh ủy"), FILED],
        signature=signature_for(
            mode="K/T",
            title=signer_title,
            name=signer_name,
            body_authority="BAN THƯỜNG VỤ",
        )
        or Signature(mode="K/T", authority="TRƯỞNG BAN", title="PHÓ TRƯỞNG BAN", name=""),
        draft=number is None,
    )


def reminder_letter_issue(
    *,
    campaign: Campaign,
    day: datetime.date,
    user: User | None,
    fmt: str = "docx",
    signer_title: str = "",
    signer_name: str = "",
    deadline: datetime.date | None = None,
    body: str = "",
    unit_ids: Collection[int] | None = None,
    finish: Callable[[OutgoingDocument, list[LateUnit]], None] | None = None,
) -> OutgoingDocument:
    """Take the next Công văn number, render .docx and .pdf outside any transaction, register it.

    Only a leader's approval (reminders.services.reminder_letter_approve) calls this from a page.
    `unit_ids` keeps only those late units; `finish` runs in the transaction completing the entry.
    """
    if fmt not in FORMATS:
        raise RegisterError("Định dạng không hỗ trợ.")
    late = late_units(campaign=campaign, today=day)
    if unit_ids is not None:
        late = [item for item in late if item.unit.pk in set(unit_ids)]
    if not late:
        raise RegisterError("Không có đơn vị nào chậm thực hiện: không cần ban hành công văn.")
    title = signer_title or campaign.signer_title or "Phó Trưởng ban"
    name = signer_name or campaign.signer_name
    deadline = deadline or default_deadline(day)

    def render(number: int) -> dict[str, bytes]:
        letter = reminder_letter_document(
            campaign=campaign,
            late=late,
            number=number,
            day=day,
            signer_title=title,
            signer_name=name,
            deadline=deadline,
            body=body,
        )
        # The register offers both: the .docx to file, the .pdf to read and send.
        return {"docx": render_docx(letter), "pdf": render_pdf(letter, archival=True)}

    def complete(issued: OutgoingDocument, _files: dict[str, bytes]) -> None:
        if finish is not None:
            finish(issued, late)

    return outgoing_document_issue(
        doc_type=OutgoingType.CONG_VAN,
        year=day.year,
        symbol=SYMBOL,
        title=f"V/v đôn đốc thực hiện và báo cáo kết quả triển khai {_directive(campaign)}",
        render=render,
        filename=f"cong-van-don-doc-so-{{number}}-{day:%Y%m%d}.{fmt}",
        user=user,
        campaign=campaign,
        finish=complete,
    )


def reminder_letter_draft_document(
    *, letter: ReminderLetter, today: datetime.date, signer_name: str = ""
) -> PartyDocument:
    """Return a draft letter as it would be issued today (no number yet), for its preview."""
    chosen = set(letter.units.values_list("pk", flat=True))
    late = [
        item for item in late_units(campaign=letter.campaign, today=today) if item.unit.pk in chosen
    ]
    return reminder_letter_document(
        campaign=letter.campaign,
        late=late,
        number=None,
        day=today,
        signer_title="Phó Trưởng ban",
        signer_name=signer_name,
        deadline=letter.deadline,
        body=letter.body,
    )
