"""Reads of the outgoing register, for board staff and leaders only."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.db.models import QuerySet
from django.http import Http404

from lantoa.accounts.selectors import AnyUser, is_board_leader, is_province_wide, not_drafted_by
from lantoa.core.lookups import one_or_404
from lantoa.documents.models import (
    OfficialReport,
    OutgoingCounter,
    OutgoingDocument,
    OutgoingReservation,
    OutgoingState,
    OutgoingType,
    ReportStatus,
)
from lantoa.documents.numbering import number_after_reserved


def outgoing_documents(*, user: AnyUser, year: int | None = None) -> QuerySet[OutgoingDocument]:
    """Return the register (newest first); unit staff get a 404, the board's register is its own."""
    if not is_province_wide(user=user):
        raise Http404("Không tìm thấy trang.")
    documents = OutgoingDocument.objects.select_related("campaign", "issued_by")
    if year:
        documents = documents.filter(year=year)
    return documents.order_by("-issued_at", "-pk")


def outgoing_document_get(*, user: AnyUser, document_id: int) -> OutgoingDocument:
    """Return one registered document, or raise 404."""
    return one_or_404(
        outgoing_documents(user=user).filter(pk=document_id), "Không tìm thấy văn bản."
    )


FILE_FORMATS = ("docx", "pdf", "ky.pdf")  # ky.pdf: the copy a leader signed (signing.py)


def outgoing_file_formats(*, document: OutgoingDocument) -> list[str]:
    """Return the formats stored for an issued entry (its main file, and .pdf/.docx beside it)."""
    if document.state != OutgoingState.ISSUED:
        return []
    return [
        suffix for suffix in FILE_FORMATS if default_storage.exists(document.sibling_name(suffix))
    ]


def outgoing_file_formats_shown(*, user: AnyUser, document: OutgoingDocument) -> list[str]:
    """Return the formats to link for the user: those of the register, for who may read it."""
    # outgoing_file answers through outgoing_documents: the same rule, so no link is a 404.
    if not is_province_wide(user=user):
        return []
    return outgoing_file_formats(document=document)


def outgoing_next_numbers(*, user: AnyUser, year: int) -> list[tuple[str, str, int]]:
    """Return (type, name, next number) of every document type in a year, past reserved ranges."""
    if not is_province_wide(user=user):
        raise Http404("Không tìm thấy trang.")
    last = dict(OutgoingCounter.objects.filter(year=year).values_list("doc_type", "last_number"))
    return [
        (
            value,
            label,
            number_after_reserved(doc_type=value, year=year, number=last.get(value, 0) + 1),
        )
        for value, label in OutgoingType.choices
    ]


def outgoing_reservations(*, user: AnyUser, year: int) -> QuerySet[OutgoingReservation]:
    """Return the ranges kept for paper documents in a year, by type and first number."""
    if not is_province_wide(user=user):
        raise Http404("Không tìm thấy trang.")
    return OutgoingReservation.objects.filter(year=year).select_related("reserved_by")


def reports_awaiting_approval(*, user: AnyUser) -> QuerySet[OfficialReport]:
    """Return the official reports sent for approval, for a board leader (none for anyone else)."""
    if not is_board_leader(user=user):
        return OfficialReport.objects.none()
    waiting = OfficialReport.objects.filter(status=ReportStatus.REVIEW)
    mine_left_out = not_drafted_by(waiting, user=user)
    return mine_left_out.select_related("campaign").order_by("created_at", "pk")
