"""Writes for official reports: draft from the data, edit, review, approve, issue with a number."""

from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from lantoa.accounts.selectors import drafted_by, is_board_leader, own_draft_refusal
from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign
from lantoa.core.errors import Refused, return_reason
from lantoa.core.partydoc import PartyDocument, render_docx, render_pdf
from lantoa.core.partydoc.signing import signing_mode
from lantoa.documents.models import (
    OfficialReport,
    OutgoingDocument,
    OutgoingState,
    OutgoingType,
    ReportKind,
    ReportStatus,
)
from lantoa.documents.reports.builder import (
    report_document,
    report_issuing_body,
    report_subject,
)
from lantoa.documents.reports.content import (
    SECTION_KEYS,
    ReportFacts,
    figures_of,
    narrative_basis,
    narrative_is_stale,
    report_facts,
)
from lantoa.documents.reports.drafting import default_sections
from lantoa.documents.services import (
    RegisterError,
    outgoing_document_render,
    outgoing_document_reserve,
    outgoing_stale_void,
)

MAX_SECTION_CHARS = 200_000
SYMBOL = "BC/BTGDVTU"
# Characters XML 1.0 (and so .docx) cannot hold: pasted from Word they would break the file.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class OfficialReportError(Refused):
    """A report action that cannot be done now, with a Vietnamese message."""


def document_safe_text(text: str) -> str:
    """Return pasted text safe for documents: NFC, no control characters, bounded length."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _XML_ILLEGAL.sub("", text).replace("\u00a0", " ")
    return text[:MAX_SECTION_CHARS]


@transaction.atomic
def official_report_create(
    *,
    campaign: Campaign,
    kind: str,
    user: User | None,
    as_of: datetime.date | None = None,
) -> OfficialReport:
    """Draft a report whose narrative is pre-filled from the indicators and the units' words.

    The same user's untouched draft of the same kind, day and figures is returned, not doubled.
    """
    if kind not in ReportKind.values:
        raise OfficialReportError("Loại báo cáo không hợp lệ.")
    as_of = as_of or timezone.localdate()
    # The campaign's row serialises drafting: the form posted twice (a double click) lands on
    # the draft the first post made, never a second identical one.
    Campaign.objects.select_for_update().get(pk=campaign.pk)
    facts = report_facts(campaign=campaign, as_of=as_of)
    sections = default_sections(facts)
    drafted = narrative_basis(figures_of(facts))
    if user is not None:
        for same in OfficialReport.objects.filter(
            campaign=campaign, kind=kind, as_of=as_of, status=ReportStatus.DRAFT, created_by=user
        ):
            if same.sections == sections and same.drafted_figures == drafted:
                return same
    report = OfficialReport.objects.create(
        campaign=campaign,
        kind=kind,
        as_of=as_of,
        sections=sections,
        drafted_figures=drafted,
        signer_name=campaign.signer_name,
        signer_title=campaign.signer_title or "Phó Trưởng ban",
        signer_mode=campaign.signer_mode or "K/T",
        created_by=user,
    )
    _audit(report, op="official_report_create", user=user, as_of=as_of.isoformat())
    return report


def _locked(report: OfficialReport) -> OfficialReport:
    return OfficialReport.objects.select_for_update().get(pk=report.pk)


def _audit(report: OfficialReport, *, op: str, user: User | None = None, **detail: str) -> None:
    """Record the one entry of a report write (the actor is the request's when not given)."""
    audit_change(
        op=op,
        user=user,
        target=f"Báo cáo {report.pk} của đợt {report.campaign_id}",
        detail={"report": report.pk, "kind": report.kind, "status": report.status, **detail},
    )


@transaction.atomic
def official_report_redraft(*, report: OfficialReport) -> OfficialReport:
    """Draft the narrative again from today's data and the board's marks (edits are lost).

    An approved report whose figures moved since it was drafted goes back to draft: the leader
    approves the new text again before it is issued.
    """
    locked = _locked(report)
    facts = report_facts(campaign=locked.campaign, as_of=locked.as_of)
    figures = figures_of(facts)
    stale_approved = locked.status == ReportStatus.APPROVED and narrative_is_stale(
        drafted=locked.drafted_figures, figures=figures
    )
    if locked.status != ReportStatus.DRAFT and not stale_approved:
        raise OfficialReportError("Chỉ soạn lại được báo cáo ở trạng thái dự thảo.")
    locked.sections = default_sections(facts)
    locked.drafted_figures = narrative_basis(figures)
    if stale_approved:
        locked.status = ReportStatus.DRAFT
        locked.approved_by = None
        locked.approved_at = None
    locked.save()
    _audit(locked, op="official_report_redraft")
    return locked


STALE_MESSAGE = (
    "Số liệu đã thay đổi từ khi soạn các phần nhận định; ban hành bây giờ thì phần nhận định "
    "sẽ không khớp với số liệu và phụ lục. Bấm “Soạn lại nhận định từ số liệu”, kiểm tra lại "
    "rồi gửi lãnh đạo duyệt lại."
)


@transaction.atomic
def official_report_update(
    *,
    report: OfficialReport,
    sections: dict[str, str],
    signer_name: str,
    signer_title: str,
    signer_mode: str,
) -> OfficialReport:
    """Save edits to a draft's narrative and signature."""
    locked = _locked(report)
    if locked.status != ReportStatus.DRAFT:
        raise OfficialReportError("Chỉ sửa được báo cáo ở trạng thái dự thảo.")
    locked.sections = {key: document_safe_text(sections.get(key, "")) for key in SECTION_KEYS}
    locked.signer_name = document_safe_text(signer_name)[:120]
    locked.signer_title = document_safe_text(signer_title)[:120]
    locked.signer_mode = signing_mode(signer_mode)
    locked.save()
    _audit(locked, op="official_report_update")
    return locked


def _move(report: OfficialReport, *, source: str, target: str, message: str) -> OfficialReport:
    locked = _locked(report)
    if locked.status != source:
        raise OfficialReportError(message)
    locked.status = target
    return locked


@transaction.atomic
def official_report_submit(*, report: OfficialReport) -> OfficialReport:
    """Send a draft to the leaders for approval."""
    locked = _move(
        report,
        source=ReportStatus.DRAFT,
        target=ReportStatus.REVIEW,
        message="Chỉ gửi duyệt được báo cáo dự thảo.",
    )
    locked.return_reason = ""
    locked.save()
    _audit(locked, op="official_report_submit")
    return locked


@transaction.atomic
def official_report_approve(*, report: OfficialReport, user: User) -> OfficialReport:
    """A leader approves a report under review."""
    if not is_board_leader(user=user):
        raise OfficialReportError("Chỉ lãnh đạo Ban được phê duyệt báo cáo.")
    if drafted_by(user=user, drafter_id=report.created_by_id):
        raise OfficialReportError(
            own_draft_refusal(noun="báo cáo", approvers="lãnh đạo khác của Ban")
        )
    locked = _move(
        report,
        source=ReportStatus.REVIEW,
        target=ReportStatus.APPROVED,
        message="Chỉ phê duyệt được báo cáo đang chờ duyệt.",
    )
    locked.approved_by = user
    locked.approved_at = timezone.now()
    locked.save()
    _audit(locked, op="official_report_approve", user=user)
    return locked


@transaction.atomic
def official_report_return(*, report: OfficialReport, user: User, reason: str) -> OfficialReport:
    """A leader returns a report to draft with a reason."""
    if not is_board_leader(user=user):
        raise OfficialReportError("Chỉ lãnh đạo Ban được trả lại báo cáo.")
    kept = return_reason(reason, refusal=OfficialReportError)
    locked = _move(
        report,
        source=ReportStatus.REVIEW,
        target=ReportStatus.DRAFT,
        message="Chỉ trả lại được báo cáo đang chờ duyệt.",
    )
    locked.return_reason = document_safe_text(kept)
    locked.save()
    _audit(locked, op="official_report_return", user=user, reason=locked.return_reason)
    return locked


def official_report_document(
    *,
    report: OfficialReport,
    number: int | None = None,
    issued_on: datetime.date | None = None,
    facts: ReportFacts | None = None,
) -> PartyDocument:
    """Return the report as a Party document (a draft without number until issued)."""
    facts = facts or report_facts(campaign=report.campaign, as_of=report.as_of)
    issuer = report_issuing_body()
    return report_document(
        facts=facts,
        kind=report.kind,
        sections=report.sections,
        number=number,
        issued_on=issued_on,
        signer_name=report.signer_name,
        signer_title=report.signer_title,
        signer_mode=report.signer_mode,
        issuing_body=issuer,
        symbol=SYMBOL,
    )


def official_report_issue(
    *, report: OfficialReport, user: User | None, today: datetime.date | None = None
) -> OfficialReport:
    """Number an approved report, render its .docx and .pdf outside any transaction, freeze them.

    A failed render voids the number (see documents.services) and the report stays approved.
    """
    today = today or timezone.localdate()
    outgoing_stale_void()
    with transaction.atomic():
        locked = _locked(report)
        if locked.status != ReportStatus.APPROVED:
            raise OfficialReportError("Chỉ ban hành được báo cáo đã được lãnh đạo duyệt.")
        if locked.outgoing is not None and locked.outgoing.state == OutgoingState.RENDERING:
            raise OfficialReportError("Báo cáo đang được tạo tệp để ban hành; xin chờ giây lát.")
        current = figures_of(report_facts(campaign=locked.campaign, as_of=locked.as_of))
        if narrative_is_stale(drafted=locked.drafted_figures, figures=current):
            raise OfficialReportError(STALE_MESSAGE)
        # The link is the claim: a second "Ban hành" now sees the entry being rendered.
        locked.outgoing = outgoing_document_reserve(
            doc_type=OutgoingType.BAO_CAO,
            year=today.year,
            symbol=SYMBOL,
            title=report_subject(campaign=locked.campaign, kind=locked.kind),
            filename=f"bao-cao-{{number}}-{today.year}.docx",
            user=user,
            campaign=locked.campaign,
        )
        locked.save(update_fields=["outgoing"])
    outgoing = locked.outgoing

    frozen: dict[str, object] = {}

    def render(number: int) -> dict[str, bytes]:
        # One reading of the data for the file and for the figures the screens show as issued.
        facts = report_facts(campaign=locked.campaign, as_of=locked.as_of)
        frozen.update(figures_of(facts))
        document = official_report_document(
            report=locked, number=number, issued_on=today, facts=facts
        )
        return {"docx": render_docx(document), "pdf": render_pdf(document, archival=True)}

    def finish(issued: OutgoingDocument, files: dict[str, bytes]) -> None:
        final = _locked(locked)
        final.pdf_file.name = issued.sibling_name("pdf")
        final.pdf_sha256 = hashlib.sha256(files["pdf"]).hexdigest()
        final.status = ReportStatus.ISSUED
        final.issued_figures = frozen
        final.save(update_fields=["pdf_file", "pdf_sha256", "status", "issued_figures"])

    try:
        outgoing_document_render(document=outgoing, render=render, finish=finish)
    except RegisterError as exc:
        OfficialReport.objects.filter(pk=locked.pk, outgoing=outgoing).update(outgoing=None)
        raise OfficialReportError(str(exc)) from exc
    return OfficialReport.objects.select_related("outgoing").get(pk=locked.pk)
