"""Reads of guidance documents: only the board staff of the owning board see them."""

from __future__ import annotations

import html
import re

from django.utils.safestring import SafeString, mark_safe

from lantoa.accounts.selectors import AnyUser, board_unit_for_staff
from lantoa.campaigns.selectors import number_key
from lantoa.core.lookups import one_or_404
from lantoa.guidance.models import GuidanceDocument, GuidanceStatus


def guidance_get(*, user: AnyUser, document_id: int) -> GuidanceDocument:
    """Return a guidance document of the user's board, or raise 404."""
    board = board_unit_for_staff(user=user)
    documents = GuidanceDocument.objects.filter(pk=document_id, owner=board)
    return one_or_404(documents if board else documents.none(), "Không tìm thấy văn bản.")


def guidance_recent(*, user: AnyUser, limit: int = 20) -> list[GuidanceDocument]:
    """Return the board's latest guidance documents."""
    board = board_unit_for_staff(user=user)
    if board is None:
        return []
    return list(GuidanceDocument.objects.filter(owner=board).select_related("campaign")[:limit])


def guidance_drafts_same_as(*, user: AnyUser, document: GuidanceDocument) -> list[GuidanceDocument]:
    """Return the board's other drafts of the same text or guidance number, newest first."""
    board = board_unit_for_staff(user=user)
    if board is None or not document.text:
        return []
    wanted = number_key(str(document.proposal.get("doc_number") or ""))
    drafts = (
        GuidanceDocument.objects.filter(owner=board, status=GuidanceStatus.DRAFT)
        .exclude(pk=document.pk)
        .exclude(text="")
        .order_by("-created_at", "-pk")
    )
    # A board keeps tens of drafts: comparing each in Python keeps number_key the one rule.
    return [
        draft
        for draft in drafts
        if draft.text == document.text
        or (wanted and number_key(str(draft.proposal.get("doc_number") or "")) == wanted)
    ]


def text_with_unparsed_marked(*, text: str, unparsed: list[str]) -> SafeString:
    """Return the escaped original text with the parts the parser did not understand marked."""
    escaped = html.escape(text)
    for part in sorted({p.strip() for p in unparsed if len(p.strip()) >= 8}, key=len, reverse=True):
        needle = html.escape(part)
        escaped = re.sub(
            re.escape(needle),
            lambda m: f'<mark class="unparsed">{m.group(0)}</mark>',
            escaped,
            count=1,
        )
    return mark_safe(escaped)  # noqa: S308 - built from escaped text only
