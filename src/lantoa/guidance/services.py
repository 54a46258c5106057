"""Writes for guidance documents: upload and read, save the review, confirm as a campaign."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.db import transaction

from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.proposal import CampaignProposal, proposal_from_parse
from lantoa.campaigns.selectors import campaigns_same_as
from lantoa.campaigns.services import CampaignError, campaign_create
from lantoa.core.isolation import parse_in_child
from lantoa.core.pdfsign import pdf_signatures_check, trust_roots
from lantoa.guidance.models import GuidanceDocument, GuidanceStatus
from lantoa.guidance.parsing import DocumentError
from lantoa.organization.models import Unit


def _signatures_check(data: bytes, filename: str) -> list[dict[str, str]]:
    """Check a PDF guidance's signatures offline in the limited child (checked file); [] else."""
    if not filename.lower().endswith(".pdf"):
        return []
    checks = parse_in_child(pdf_signatures_check, data, roots=trust_roots())
    return [check.as_dict() for check in checks]


STAGE_WAITING = "Đang chờ đọc"
STAGE_READING = "Đang kiểm tra an toàn tệp và đọc văn bản"
STAGE_SIGNATURES = "Đang kiểm tra chữ ký số"
READER_FAULT = (
    "Lan Tỏa gặp lỗi khi đọc tệp này. Hãy thử lại, hoặc báo quản trị hệ thống kèm tên tệp."
)
logger = logging.getLogger(__name__)


def _document_store(
    document: GuidanceDocument, *, data: bytes, filename: str, op: str, user: User | None
) -> None:
    """Save a new document with its original file, and audit it (inside the caller's write)."""
    document.original.save(filename, ContentFile(data), save=False)
    document.save()
    audit_change(
        op=op,
        user=user,
        target=f"Văn bản hướng dẫn {document.pk}: {filename}",
        detail={"document": document.pk, "owner": document.owner_id},
    )


def guidance_document_upload(
    *, owner: Unit, filename: str, data: bytes, user: User | None, enqueue: bool = True
) -> GuidanceDocument:
    """Keep an uploaded guidance file and queue its reading; its review opens once it is read."""
    # The reader loads the parser, slow to import: not at start-up.
    from lantoa.guidance.reading import guidance_file_check

    # A hostile or mistyped file is refused at once and nothing is kept (checked before the
    # write lock is taken); reading the text, seconds for a long PDF, is the worker's.
    guidance_file_check(data, filename)
    with transaction.atomic():
        document = GuidanceDocument(
            owner=owner,
            filename=filename[:255],
            uploaded_by=user,
            status=GuidanceStatus.READING,
            stage=STAGE_WAITING,
        )
        _document_store(
            document, data=data, filename=filename, op="guidance_document_upload", user=user
        )
        if enqueue:
            from lantoa.guidance.tasks import guidance_read_task

            transaction.on_commit(lambda: guidance_read_task.enqueue(document.pk))
    return document


@dataclass(frozen=True)
class _Read:
    text: str
    parse: dict[str, Any]
    signatures: list[dict[str, str]]
    proposal: CampaignProposal


def _read(data: bytes, filename: str, *, stage: Callable[[str], None]) -> _Read:
    """Check and parse a file in the limited child, then its signatures; DocumentError if bad."""
    # The reader loads the parser, slow to import: not at start-up.
    from lantoa.guidance.reading import guidance_file_parse

    stage(STAGE_READING)
    # A hostile file may exhaust memory or time: check and parse it in a limited child process.
    text, parse = guidance_file_parse(data, filename)
    stage(STAGE_SIGNATURES)
    signatures = _signatures_check(data, filename)
    return _Read(text, parse, signatures, proposal_from_parse(parse))


def _keep_read(document: GuidanceDocument, read: _Read) -> None:
    document.text = read.text
    document.parse = read.parse
    document.proposal = read.proposal.to_json()
    document.signatures = read.signatures
    document.status = GuidanceStatus.DRAFT
    document.stage = ""


def guidance_document_read(*, document: GuidanceDocument) -> GuidanceDocument:
    """Read a kept upload (the worker's job); it ends read, for review, or failed with a reason."""
    if document.status != GuidanceStatus.READING:
        return document  # read already (a worker took the job twice)

    def stage(text: str) -> None:
        # Written at once, outside any transaction, so the waiting page sees the step.
        GuidanceDocument.objects.filter(pk=document.pk).update(stage=text)

    try:
        with document.original.open("rb") as kept:
            data = kept.read()
        read = _read(data, document.filename, stage=stage)
    except DocumentError as exc:
        return _read_failed(document, str(exc))
    except OSError:
        return _read_failed(document, "Không mở được tệp đã tải lên; hãy tải lên lại.")
    except Exception:
        # A fault of the reader, not of the file: the page must not wait for ever.
        logger.exception("reading guidance document %s failed", document.pk)
        return _read_failed(document, READER_FAULT)
    with transaction.atomic():
        # A second job for the same file (a worker restarted) must not undo a review begun.
        locked = GuidanceDocument.objects.select_for_update().get(pk=document.pk)
        if locked.status != GuidanceStatus.READING:
            return locked
        _keep_read(document, read)
        document.save(update_fields=["text", "parse", "proposal", "signatures", "status", "stage"])
        audit_change(
            op="guidance_document_read",
            target=f"Văn bản hướng dẫn {document.pk}: {document.filename}",
            detail={
                "document": document.pk,
                "tasks": sum(len(group.tasks) for group in read.proposal.groups),
            },
        )
    return document


@transaction.atomic
def _read_failed(document: GuidanceDocument, reason: str) -> GuidanceDocument:
    # A file refused as unsafe or unreadable is not kept: its name and the reason are.
    document.original.delete(save=False)
    document.status = GuidanceStatus.FAILED
    document.stage = ""
    document.error = reason
    document.save(update_fields=["original", "status", "stage", "error"])
    audit_change(
        op="guidance_document_read",
        target=f"Văn bản hướng dẫn {document.pk}: {document.filename} (không đọc được)",
        detail={"document": document.pk, "error": reason},
    )
    return document


def guidance_document_create(
    *, owner: Unit, filename: str, data: bytes, user: User | None
) -> GuidanceDocument:
    """Read a guidance file at once and keep it for review (command line, demo), or refuse it."""
    read = _read(data, filename, stage=lambda _text: None)  # before the write lock is taken
    with transaction.atomic():
        document = GuidanceDocument(owner=owner, filename=filename[:255], uploaded_by=user)
        _keep_read(document, read)
        _document_store(
            document, data=data, filename=filename, op="guidance_document_create", user=user
        )
    return document


def guidance_documents_resume() -> int:
    """Queue again the readings a stopped worker left (at start-up); return how many."""
    from lantoa.guidance.tasks import guidance_read_task

    waiting = list(
        GuidanceDocument.objects.filter(status=GuidanceStatus.READING).values_list("pk", flat=True)
    )
    for pk in waiting:
        guidance_read_task.enqueue(pk)
    return len(waiting)


@transaction.atomic
def guidance_start_blank(*, owner: Unit, user: User | None) -> GuidanceDocument:
    """Start a campaign by hand: an empty proposal on the same review screen."""
    empty = CampaignProposal().to_json()
    # The person's own blank draft not yet touched is taken up again: a double click on «Lập
    # tay» (or a second visit) left one more empty draft in the list each time.
    untouched = (
        GuidanceDocument.objects.select_for_update()
        .filter(owner=owner, uploaded_by=user, status=GuidanceStatus.DRAFT, filename="", text="")
        .order_by("-pk")[:20]
    )
    for document in untouched:
        if document.proposal == empty:
            return document
    document = GuidanceDocument.objects.create(owner=owner, proposal=empty, uploaded_by=user)
    audit_change(
        op="guidance_start_blank",
        user=user,
        target=f"Văn bản hướng dẫn {document.pk} (lập tay)",
        detail={"document": document.pk, "owner": owner.pk},
    )
    return document


def _require_draft(document: GuidanceDocument) -> None:
    if document.status == GuidanceStatus.CONFIRMED:
        raise CampaignError(["Văn bản này đã được xác nhận thành đợt tuyên truyền."])
    if document.status != GuidanceStatus.DRAFT:
        raise CampaignError(["Văn bản này chưa đọc xong hoặc không đọc được; chưa thể rà soát."])


@transaction.atomic
def guidance_review_save(
    *, document: GuidanceDocument, proposal: CampaignProposal
) -> GuidanceDocument:
    """Keep the reviewer's corrections without creating the campaign yet."""
    _require_draft(document)
    document.proposal = proposal.to_json()
    document.save(update_fields=["proposal"])
    audit_change(
        op="guidance_review_save",
        target=f"Văn bản hướng dẫn {document.pk} (rà soát)",
        detail={"document": document.pk},
    )
    return document


@transaction.atomic
def guidance_confirm(
    *,
    document: GuidanceDocument,
    proposal: CampaignProposal,
    user: User | None,
    duplicate_ok: bool = False,
) -> Campaign:
    """Create the campaign from the reviewed proposal, with its assignments and notifications.

    A campaign with the same guidance number or title is refused unless `duplicate_ok` says the
    user saw it and still means a new one.
    """
    locked = GuidanceDocument.objects.select_for_update().get(pk=document.pk)
    _require_draft(locked)
    # A script (the demo) confirms with no person to warn; a person must say they mean it.
    if not duplicate_ok and user is not None:
        same = campaigns_same_as(user=user, number=proposal.doc_number, title=proposal.title)
        if same:
            raise CampaignError(
                [match.message for match in same]
                + ["Mở đợt đã có để kiểm tra, hoặc đánh dấu “Vẫn tạo đợt mới” nếu đây là đợt khác."]
            )
    campaign = campaign_create(owner=locked.owner, proposal=proposal, user=user)
    locked.proposal = proposal.to_json()
    locked.status = GuidanceStatus.CONFIRMED
    locked.campaign = campaign
    locked.save(update_fields=["proposal", "status", "campaign"])
    return campaign


__all__ = [
    "DocumentError",
    "guidance_confirm",
    "guidance_document_create",
    "guidance_document_read",
    "guidance_document_upload",
    "guidance_documents_resume",
    "guidance_review_save",
    "guidance_start_blank",
]
