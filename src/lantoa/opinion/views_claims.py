"""Claim registry and topic list pages: board staff edit, board staff and leaders approve."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from lantoa.accounts.selectors import drafted_by, is_board_staff, require_board_staff
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.core.lookups import one_or_404
from lantoa.core.numbers import whole_number
from lantoa.opinion import selectors
from lantoa.opinion.forms import ClaimForm, TopicForm
from lantoa.opinion.models import Topic
from lantoa.opinion.services_claims import claim_approve, claim_save, topic_save


@login_required
@require_http_methods(["GET", "POST"])
def claims(request: HttpRequest) -> HttpResponse:
    """The registry of false or distorted statements; board staff add claims."""
    claims_qs = selectors.claims_list(user=request.user)
    form = ClaimForm(request.POST or None)
    if request.method == "POST":
        require_board_staff(user=request.user)
        claim = form_save(
            request,
            form,
            lambda data: claim_save(claim=None, user=request.user, **data),
            success="Đã thêm luận điệu; nội dung phản bác chờ duyệt.",
        )
        if claim is not None:
            return redirect("opinion:claim", claim_id=claim.pk)
    return render_form(
        request,
        "opinion/claims.html",
        {
            "claims": claims_qs,
            "form": form,
            "can_edit": selectors.can_read_opinion(user=request.user)
            and is_board_staff(user=request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def claim_detail(request: HttpRequest, claim_id: int) -> HttpResponse:
    """One claim: edit (board staff) or approve its rebuttal (board staff or leader)."""
    claim = selectors.claim_get(user=request.user, claim_id=claim_id)
    action = request.POST.get("action") if request.method == "POST" else None
    form = ClaimForm(
        request.POST if action == "save" else None,
        initial=model_to_dict(claim, fields=ClaimForm.base_fields),
    )
    if action == "approve":
        # Board staff and leaders approve; selectors.claim_get already required one.
        if action_run(
            request,
            lambda: claim_approve(claim=claim, user=request.user),
            success="Đã duyệt nội dung phản bác.",
        ):
            return redirect("opinion:claim", claim_id=claim.pk)
    elif action == "save":
        require_board_staff(user=request.user)
        if form_save(
            request,
            form,
            lambda data: claim_save(claim=claim, user=request.user, **data),
            success="Đã lưu luận điệu.",
        ):
            return redirect("opinion:claim", claim_id=claim.pk)
    elif request.method == "POST":
        # A post that is neither button of the page has no form to carry its refusal either.
        messages.error(request, "Thao tác không hợp lệ.")
    return render_form(
        request,
        "opinion/claim.html",
        {
            "claim": claim,
            "form": form,
            "can_edit": is_board_staff(user=request.user),
            # Approval is a second reading: its writer is offered none (as claim_approve refuses).
            "own": drafted_by(user=request.user, drafter_id=claim.rebuttal_by_id),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def topics(request: HttpRequest) -> HttpResponse:
    """The board-editable topic list (board staff)."""
    require_board_staff(user=request.user)
    form = TopicForm(request.POST or None)
    if request.method == "POST":
        topic = None
        if request.POST.get("topic_id", "").strip():
            # A topic to edit that is not there is refused, never saved as a new topic.
            topic_id = whole_number(request.POST.get("topic_id"))
            topic = one_or_404(
                Topic.objects.filter(pk=topic_id if topic_id is not None else -1),
                "Không tìm thấy chủ đề cần sửa.",
            )
        if form_save(
            request, form, lambda data: topic_save(topic=topic, **data), success="Đã lưu chủ đề."
        ):
            return redirect("opinion:topics")
    return render_form(
        request,
        "opinion/topics.html",
        {"topics": Topic.objects.all(), "form": form},
    )
