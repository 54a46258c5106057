"""Writes for guidance documents: upload and read, save the review, confirm as a campaign."""

from __future__ import annotations

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


def guidance_document_create(
    *, owner: Unit, filename: str, data: bytes, user: User | None
) -> GuidanceDocument:
    """Extract and parse an uploaded file, store it with its proposal; a bad file stores nothing."""
    # The reader loads the parser, slow to import: not at start-up.
    from lantoa.guidance.reading import guidance_file_parse

    # A hostile file may exhaust memory or time: check and parse it in a limited child process.
    text, parse = guidance_file_parse(data, filename)
    signatures = _signatures_check(data, filename)
    proposal = proposal_from_parse(parse)
    with transaction.atomic():
        document = GuidanceDocument(
            owner=owner,
            filename=filename[:255],
            text=text,
            parse=parse,
            proposal=proposal.to_json(),
            uploaded_by=user,
            signatures=signatures,
        )
        document.original.save(filename, ContentFile(data), save=False)
        document.save()
        audit_change(
            op="guidance_document_create",
            user=user,
            target=f"Văn bản hướng dẫn {document.pk}: {filename}",
            detail={"document": document.pk, "owner": owner.pk},
        )
    return document


@transaction.atomic
def guidance_start_blank(*, owner: Unit, user: User | None) -> GuidanceDocument:
    """Start a campaign by hand: an empty proposal on the same review screen."""
    document = GuidanceDocument.objects.create(
        owner=owner, proposal=CampaignProposal().to_json(), uploaded_by=user
    )
    audit_change(
        op="guidance_start_blank",
        user=user,
        target=f"Văn bản hướng dẫn {document.pk} (lập tay)",
        detail={"document": document.pk, "owner": owner.pk},
    )
    return document


def _require_draft(document: GuidanceDocument) -> None:
    if document.status != GuidanceStatus.DRAFT:
        raise CampaignError(["Văn bản này đã được xác nhận thành đợt tuyên truyền."])


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
    "guidance_review_save",
    "guidance_start_blank",
]
