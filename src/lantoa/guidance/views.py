"""Upload a guidance, review what Lan Tỏa read, and confirm it as a campaign."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh

from lantoa.accounts.selectors import require_board_staff, signed_in_user
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.proposal import CampaignProposal, group_gives_no_unit, group_reach
from lantoa.campaigns.selectors import campaigns_same_as
from lantoa.core.forms import form_save, render_form
from lantoa.core.userfiles import user_file_response
from lantoa.guidance.flags import draft_flags, reading_notes
from lantoa.guidance.forms import (
    groups_from_forms,
    proposal_from_forms,
    review_errors,
    review_forms,
    review_places,
    tasks_onto,
)
from lantoa.guidance.models import GuidanceDocument, GuidanceStatus
from lantoa.guidance.parsing import DocumentError
from lantoa.guidance.parsing.locate import origin_notes
from lantoa.guidance.selectors import (
    guidance_drafts_same_as,
    guidance_get,
    guidance_recent,
    text_with_unparsed_marked,
)
from lantoa.guidance.services import (
    STAGE_WAITING,
    guidance_confirm,
    guidance_document_upload,
    guidance_review_save,
    guidance_start_blank,
)

CONFIRMED = "Đã tạo đợt tuyên truyền và giao nhiệm vụ cho các đơn vị."
INVALID = "Có trường chưa hợp lệ, vui lòng xem các ô được đánh dấu."


@login_required
@require_http_methods(["GET", "POST"])
def guidance_upload(request: HttpRequest) -> HttpResponse:
    """Take a guidance file (.txt, .docx, .pdf, .html); the worker reads it while a page waits."""
    # The reader loads the parser, slow to import: not at start-up.
    from lantoa.guidance.reading import guidance_size_check

    board = require_board_staff(user=request.user)
    error = ""
    if request.method == "POST":
        upload = request.FILES.get("tep")
        if upload is None:
            error = "Chưa chọn tệp văn bản."
        else:
            try:
                # The table's cap, before the file is read into memory.
                guidance_size_check(upload.size or 0)
                document = guidance_document_upload(
                    owner=board,
                    filename=upload.name or "van-ban",
                    data=upload.read(),
                    user=signed_in_user(request),
                )
            except DocumentError as exc:
                error = str(exc)
            else:
                return redirect("guidance:review", document_id=document.pk)
    return render_form(
        request,
        "guidance/upload.html",
        {"error": error, "recent": guidance_recent(user=request.user)},
    )


# The waiting page's element, which asks again every 2 s while the worker reads.
READING_ELEMENT = "guidance-reading"


# Longer than any wait for a free worker: past it, no worker is running.
READING_OVERDUE = datetime.timedelta(minutes=2)


def _reading_page(request: HttpRequest, document: GuidanceDocument) -> HttpResponse | None:
    """Answer the waiting page, or its poll; None when the document is ready for review."""
    context = {
        "document": document,
        # Still waiting for a worker to take it up, long after it was queued.
        "overdue": document.stage == STAGE_WAITING
        and timezone.now() - document.created_at > READING_OVERDUE,
    }
    htmx = getattr(request, "htmx", None)  # set by django_htmx's middleware
    if htmx and htmx.target == READING_ELEMENT:
        if document.status != GuidanceStatus.READING:
            # Read (or failed) while the page waited: open it whole.
            return HttpResponseClientRefresh()
        return render(request, "guidance/_reading.html", context)
    if document.status in (GuidanceStatus.READING, GuidanceStatus.FAILED):
        return render(request, "guidance/reading.html", context)
    return None


@login_required
@require_POST
def guidance_new_blank(request: HttpRequest) -> HttpResponse:
    """Start a campaign by hand on the same review screen."""
    board = require_board_staff(user=request.user)
    document = guidance_start_blank(owner=board, user=signed_in_user(request))
    return redirect("guidance:review", document_id=document.pk)


@login_required
@require_http_methods(["GET", "POST"])
def guidance_review(request: HttpRequest, document_id: int) -> HttpResponse:
    """Show the parse beside the original; save corrections or confirm the campaign."""
    require_board_staff(user=request.user)
    document = guidance_get(user=request.user, document_id=document_id)
    if document.status == GuidanceStatus.CONFIRMED and document.campaign_id:
        return redirect("campaigns:detail", campaign_id=document.campaign_id)
    waiting = _reading_page(request, document)
    if waiting is not None:
        return waiting
    previous = CampaignProposal.from_json(document.proposal)
    groups_valid = False
    if request.method == "POST":
        campaign_form, groups, tasks = review_forms(proposal=previous, data=request.POST)
        confirm = request.POST.get("action") == "confirm"

        def save(_data: dict[str, Any]) -> Campaign | GuidanceDocument:
            proposal = proposal_from_forms(
                campaign_form=campaign_form, groups=groups, tasks=tasks, previous=previous
            )
            if confirm:
                return guidance_confirm(
                    document=document,
                    proposal=proposal,
                    user=signed_in_user(request),
                    duplicate_ok=request.POST.get("duplicate_ok") == "1",
                )
            return guidance_review_save(document=document, proposal=proposal)

        # The campaign's form saves the whole proposal, so its groups and tasks must be valid too.
        groups_valid = groups.is_valid()
        valid = groups_valid and tasks.is_valid() and campaign_form.is_valid()
        saved = None
        if valid:
            saved = form_save(
                request,
                campaign_form,
                save,
                success=CONFIRMED if confirm else "Đã lưu các chỉnh sửa.",
                # A refusal of a group's or a task's field goes on that group's or task's form.
                places=review_places(groups=groups, tasks=tasks),
            )
        if isinstance(saved, Campaign):
            return redirect("campaigns:detail", campaign_id=saved.pk)
        if saved is not None:
            return redirect("guidance:review", document_id=document.pk)
        if not valid:
            campaign_form.add_error(None, INVALID)
    else:
        campaign_form, groups, tasks = review_forms(proposal=previous)
    # Counted as shown: a form back with an error shows the units as the user ticked them.
    shown = tasks_onto(groups_from_forms(groups), tasks=tasks) if groups_valid else previous.groups
    reach = group_reach(groups=shown)
    # The flags are the saved draft's: a form refused is not saved, so it changes none of them.
    saved_reach = reach if shown is previous.groups else group_reach(groups=previous.groups)
    return render_form(
        request,
        "guidance/review.html",
        {
            "document": document,
            "proposal": previous,
            "form": campaign_form,
            "groups": groups,
            "errors": review_errors(campaign_form=campaign_form, groups=groups, tasks=tasks)
            if request.method == "POST"
            else [],
            "group_reach": reach,
            # Ticked before a refusal: still ticked when the form comes back.
            "duplicate_ok": request.POST.get("duplicate_ok") == "1",
            "group_counts": [group.count for group in reach],
            "unreached": [
                group_gives_no_unit(group=group, reaches=count.count > 0)
                for group, count in zip(shown, reach, strict=True)
            ],
            "reading_notes": reading_notes(proposal=previous),
            "review_flags": draft_flags(
                proposal=previous,
                reach_counts=[count.count for count in saved_reach],
                today=timezone.localdate(),
            ),
            "tasks": tasks,
            "undated_periods": sum(
                1 for task in tasks.forms if task["text"].value() and task.period_undated()
            ),
            "original": text_with_unparsed_marked(text=document.text, unparsed=previous.unparsed),
            "origins": origin_notes(previous.origins),
            "same_drafts": guidance_drafts_same_as(user=request.user, document=document),
            "same_campaigns": campaigns_same_as(
                user=request.user, number=previous.doc_number, title=previous.title
            ),
        },
    )


@login_required
def guidance_original(request: HttpRequest, document_id: int) -> FileResponse:
    """Download the file as it was uploaded."""
    require_board_staff(user=request.user)
    document = guidance_get(user=request.user, document_id=document_id)
    if not document.original:
        raise Http404("Văn bản này được nhập tay, không có tệp gốc.")
    audit_record(action=AuditAction.DOWNLOAD, request=request, target=request.path)
    # A download never typed from its name: the browser must not open an .html original as a page.
    return user_file_response(
        document.original, filename=document.filename or "van-ban", content_type=""
    )
