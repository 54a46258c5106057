"""Campaigns as Party documents: the guidance itself, and a unit's draft implementation plan."""

from __future__ import annotations

import re

from django.conf import settings

from lantoa.campaigns.channels import CHANNEL_FIGURES, FIGURE_LABELS
from lantoa.campaigns.models import Campaign, Channel, Task
from lantoa.core.partydoc import (
    Block,
    Bullet,
    Heading,
    Paragraph,
    PartyDocument,
    Signature,
    render_docx,
)
from lantoa.core.partydoc.recipients import FILED, reported_to
from lantoa.core.partydoc.signing import signature_mode
from lantoa.organization.models import Unit
from lantoa.organization.selectors import unit_place

_NUMBER = re.compile(r"^\s*(\d+)\s*-\s*(\S+)\s*$")
_DOC_DATE = "%d/%m/%Y"
# The board's own name: it issues its reports and reminder letters (numbered …/BTGDVTU in its
# register) whoever issued a campaign's guidance, and a guidance naming no issuer is its own.
BOARD_ISSUER = "Ban Tuyên giáo và Dân vận Tỉnh ủy"


def split_number(value: str, *, default_symbol: str) -> tuple[int | None, str]:
    """Split "12-HD/BTGDVTU" into (12, "HD/BTGDVTU"); an unnumbered draft keeps the symbol."""
    match = _NUMBER.match(value or "")
    if match:
        return int(match.group(1)), match.group(2)
    return None, (value.strip().lstrip("-") or default_symbol)


def signature_for(*, mode: str, title: str, name: str, body_authority: str) -> Signature | None:
    """Return the signature block: K/T above a deputy's title, T/M above the collective body."""
    if not (title or name):
        return None
    title_upper = title.upper()
    if mode == "K/T":
        authority = re.sub(r"^PHÓ\s+", "", title_upper)
    elif mode == "T/M":
        authority = body_authority
    elif mode == "TL.":
        authority = "TRƯỞNG BAN"
    else:
        authority = ""
    return Signature(mode=signature_mode(mode), authority=authority, title=title_upper, name=name)


def guidance_issuer(campaign: Campaign) -> str:
    """Return the body that issued the campaign's guidance: the board when it names none."""
    return campaign.issuer or BOARD_ISSUER


def _directive_phrase(campaign: Campaign) -> str:
    directive = campaign.directive
    phrase = (
        f"{directive.doc_type} số {directive.number}" if directive.number else directive.doc_type
    )
    if directive.date:
        phrase += f", ngày {directive.date.day}/{directive.date.month}/{directive.date.year}"
    if directive.issuer:
        phrase += f" của {directive.issuer}"
    return phrase


def _task_line(task: Task) -> str:
    text = task.text
    if task.named_unit and task.named_unit.name not in text and not task.text.startswith("Đảng"):
        text = f"{task.named_unit.name}: {text}"
    if task.due_date and task.deadline_text and task.deadline_text not in text:
        text += f" ({task.deadline_text})"
    elif task.due_date and not task.deadline_text:
        text += f" (hoàn thành trước ngày {task.due_date.strftime(_DOC_DATE)})"
    return text


def guidance_document(*, campaign: Campaign) -> PartyDocument:
    """Return the campaign written back as a guidance in the Party format."""
    province = settings.LANTOA_PROVINCE_NAME
    body: list[Block] = []
    references = [r for r in campaign.references if r.get("number")]
    intro = ""
    if references:
        ref = references[0]
        intro = f"Thực hiện {ref.get('type') or 'văn bản'} số {ref['number']}"
        if ref.get("date"):
            year, month, day = str(ref["date"]).split("-")
            intro += f" ngày {int(day)}/{int(month)}/{year}"
        if ref.get("issuer"):
            intro += f" của {ref['issuer']}"
        intro += "; "
    intro += (
        f"{guidance_issuer(campaign)} hướng dẫn nghiên cứu, "
        f"quán triệt, tuyên truyền, phổ biến và triển khai thực hiện {_directive_phrase(campaign)}"
        " như sau:"
    )
    body.append(Paragraph(intro))
    body.append(Heading("Mục đích, yêu cầu", level=1))
    body.append(Heading("Mục đích", level=2))
    body.extend(Bullet(item) for item in campaign.purposes)
    body.append(Heading("Yêu cầu", level=2))
    body.extend(Bullet(item) for item in campaign.requirements)
    body.append(
        Heading("Nội dung, hình thức nghiên cứu, quán triệt, tuyên truyền, phổ biến", level=1)
    )
    body.append(Heading("Nội dung", level=2))
    body.extend(Paragraph(item) for item in campaign.content or [_directive_phrase(campaign)])
    body.append(Heading("Hình thức, thời gian", level=2))
    if campaign.peak_start and campaign.peak_end:
        when = (
            f"Thực hiện cao điểm từ ngày {campaign.peak_start.strftime(_DOC_DATE)} đến ngày "
            f"{campaign.peak_end.strftime(_DOC_DATE)}"
        )
        when += ", đồng thời duy trì thường xuyên, liên tục." if campaign.continuous else "."
        body.append(Paragraph(when))
    labels = dict(Channel.choices)
    if campaign.channels:
        forms = "; ".join(str(labels[c]).lower() for c in campaign.channels if c in labels)
        body.append(Paragraph(f"Hình thức: {forms}."))
    if campaign.audiences:
        body.append(Paragraph("Đối tượng: " + "; ".join(campaign.audiences) + "."))
    body.append(Heading("Tổ chức thực hiện", level=1))
    heading = None
    for task in campaign.tasks.select_related("named_unit").order_by("position"):
        if task.group_heading != heading:
            heading = task.group_heading
            body.append(Heading(heading, level=2))
        body.append(Bullet(_task_line(task)))
    number, symbol = split_number(campaign.guidance_number, default_symbol="HD/BTGDVTU")
    return PartyDocument(
        parent_body=f"TỈNH ỦY {province.upper()}",
        issuing_body=(guidance_issuer(campaign)).upper().replace(" TỈNH ỦY", ""),
        number=number,
        symbol=symbol,
        place=campaign.guidance_place or province,
        date=campaign.guidance_date,
        doc_type=(campaign.guidance_type or "Hướng dẫn").upper(),
        subject=f"nghiên cứu, quán triệt, tuyên truyền, phổ biến và triển khai thực hiện "
        f"{_directive_phrase(campaign)}",
        body=body,
        recipients=list(campaign.recipients),
        signature=signature_for(
            mode=campaign.signer_mode,
            title=campaign.signer_title,
            name=campaign.signer_name,
            body_authority="BAN THƯỜNG VỤ",
        ),
        draft=not campaign.guidance_number,
    )


def unit_plan_document(*, campaign: Campaign, unit: Unit, tasks: list[Task]) -> PartyDocument:
    """Return a draft implementation plan (Kế hoạch) for one unit, pre-filled with its tasks."""
    province = settings.LANTOA_PROVINCE_NAME
    body: list[Block] = [
        Paragraph(
            f"Thực hiện {campaign.guidance_type or 'Hướng dẫn'}"
            + (f" số {campaign.guidance_number}" if campaign.guidance_number else "")
            + (
                f" ngày {campaign.guidance_date.strftime(_DOC_DATE)}"
                if campaign.guidance_date
                else ""
            )
            + f" của {guidance_issuer(campaign)} về nghiên cứu, "
            f"quán triệt, tuyên truyền, phổ biến và triển khai thực hiện "
            f"{_directive_phrase(campaign)}, {unit.name} xây dựng kế hoạch thực hiện như sau:"
        ),
        Heading("Mục đích, yêu cầu", level=1),
    ]
    body.extend(Bullet(item) for item in campaign.purposes + campaign.requirements)
    body.append(Heading("Nội dung, hình thức, thời gian", level=1))
    labels = dict(Channel.choices)
    for code in campaign.channels:
        # Each channel's own figures, as its activities will report them, then when.
        asked = [FIGURE_LABELS[name].lower() for name in CHANNEL_FIGURES.get(code, [])]
        body.append(Bullet(f"{labels.get(code, code)}: … ({'; '.join([*asked, 'thời gian'])})"))
    if campaign.peak_start and campaign.peak_end:
        body.append(
            Paragraph(
                f"Thời gian cao điểm: từ ngày {campaign.peak_start.strftime(_DOC_DATE)} "
                f"đến ngày {campaign.peak_end.strftime(_DOC_DATE)}."
            )
        )
    body.append(Heading("Nhiệm vụ được giao và tổ chức thực hiện", level=1))
    for task in tasks:
        body.append(Bullet(_task_line(task)))
        body.append(Paragraph("Phân công thực hiện: …; thời gian hoàn thành: …", italic=True))
    body.append(
        Paragraph(f"Chế độ báo cáo: báo cáo kết quả về {guidance_issuer(campaign)} theo yêu cầu.")
    )
    return PartyDocument(
        parent_body=f"ĐẢNG BỘ TỈNH {province.upper()}",
        issuing_body=unit.name.upper(),
        number=None,
        symbol="KH/ĐU",
        place=unit_place(unit),
        date=None,
        doc_type="KẾ HOẠCH",
        subject=f"thực hiện {_directive_phrase(campaign)}",
        body=body,
        recipients=[reported_to(guidance_issuer(campaign)), "Các chi bộ trực thuộc", FILED],
        signature=Signature(mode="T/M", authority="ĐẢNG ỦY", title="BÍ THƯ", name=""),
        draft=True,
    )


def guidance_docx(*, campaign: Campaign) -> bytes:
    """Return the guidance as .docx bytes."""
    return render_docx(guidance_document(campaign=campaign))


def unit_plan_docx(*, campaign: Campaign, unit: Unit, tasks: list[Task]) -> bytes:
    """Return a unit's draft plan as .docx bytes."""
    return render_docx(unit_plan_document(campaign=campaign, unit=unit, tasks=tasks))
