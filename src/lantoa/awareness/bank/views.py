"""Pages of the question bank: the list with each question's history, one question, templates."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from lantoa.accounts.selectors import drafted_by, is_board_leader, is_board_staff
from lantoa.awareness.bank.importing import bank_read
from lantoa.awareness.bank.selectors import (
    BankEntry,
    bank_entries,
    question_for,
    question_history,
)
from lantoa.awareness.bank.services import (
    question_approve,
    question_bank_import,
    question_create,
    question_edit,
)
from lantoa.awareness.bank.word import bank_docx
from lantoa.awareness.forms import QuestionForm
from lantoa.awareness.models import Question, QuestionStatus
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.core.numbers import whole_number

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _number(text: str | None) -> int:
    return whole_number(text) or 0


def _import(request: HttpRequest, campaign: Campaign) -> HttpResponse:
    upload = request.FILES.get("tep")
    if upload is None:
        messages.error(request, "Chưa chọn tệp Excel hoặc Word.")
        return redirect("awareness:bank", campaign.pk)
    action_run(
        request,
        lambda: question_bank_import(
            campaign=campaign,
            rows=bank_read(data=upload.read(), filename=upload.name or ""),
            user=request.user,
        ),
        success=lambda added: f"Đã nhập {added} câu hỏi mới (chờ lãnh đạo duyệt).",
    )
    return redirect("awareness:bank", campaign.pk)


def _current(request: HttpRequest, campaign: Campaign) -> list[Question]:
    return [entry.question for entry in bank_entries(user=request.user, campaign=campaign)]


@login_required
def bank_xlsx(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The bank as the .xlsx template to fill in and upload again."""
    # openpyxl is slow to import: not at start-up
    from lantoa.awareness.bank.xlsx import bank_template

    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    response = HttpResponse(
        bank_template(questions=_current(request, campaign)), content_type=XLSX_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="ngan-hang-cau-hoi-{campaign.pk}.xlsx"'
    return response


@login_required
def bank_word(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The bank as the .docx template (one table per question) to fill in and upload again."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    data = bank_docx(campaign=campaign, questions=_current(request, campaign))
    response = HttpResponse(data, content_type=DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="ngan-hang-cau-hoi-{campaign.pk}.docx"'
    return response


def _approve(request: HttpRequest, question: Question | None) -> None:
    if question is None:
        messages.error(request, "Không tìm thấy câu hỏi.")
        return
    action_run(
        request,
        lambda: question_approve(question=question, user=request.user),
        success=lambda approved: (
            f"Đã duyệt câu hỏi (phiên bản {approved.version})."
            if approved.version > 1
            else "Đã duyệt câu hỏi."
        ),
    )


def _approvable(request: HttpRequest, entries: list[BankEntry]) -> set[int]:
    """Return the drafts the user may approve: a board leader's, but never their own drafts."""
    if not is_board_leader(user=request.user):
        return set()
    drafts = [entry.question for entry in entries] + [e.pending for e in entries if e.pending]
    return {
        q.pk
        for q in drafts
        if q.status == QuestionStatus.DRAFT
        and not drafted_by(user=request.user, drafter_id=q.created_by_id)
    }


@login_required
@require_http_methods(["GET", "POST"])
def bank(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The campaign's question bank: board staff write questions, a board leader approves."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    entries = bank_entries(user=request.user, campaign=campaign)
    form = QuestionForm(request.POST if request.POST.get("action") == "create" else None)
    if request.method == "POST" and request.POST.get("action") == "approve":
        wanted = _number(request.POST.get("question"))
        _approve(request, Question.objects.filter(campaign=campaign, pk=wanted).first())
        return redirect("awareness:bank", campaign.pk)
    if request.method == "POST" and request.POST.get("action") == "import":
        return _import(request, campaign)
    if form_save(
        request,
        form,
        lambda data: question_create(campaign=campaign, user=request.user, **data),
        success="Đã thêm câu hỏi (chờ lãnh đạo duyệt).",
    ):
        return redirect("awareness:bank", campaign.pk)
    context = {
        "campaign": campaign,
        "entries": entries,
        "form": form,
        "can_write": is_board_staff(user=request.user),
        "approvable": _approvable(request, entries),
    }
    return render_form(request, "awareness/bank.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def question(request: HttpRequest, question_id: int) -> HttpResponse:
    """One question: its versions, and (board staff) the edit that makes a new version."""
    found = question_for(user=request.user, pk=question_id)
    campaign_get(user=request.user, campaign_id=found.campaign_id)
    form = QuestionForm(request.POST or None, initial=QuestionForm.initial_of(found))
    if request.method == "POST" and request.POST.get("action") == "approve":
        _approve(request, found)
        return redirect("awareness:question", found.pk)
    edited = form_save(
        request,
        form,
        lambda data: question_edit(question=found, user=request.user, **data),
        success=lambda edited: (
            "Đã sửa câu hỏi (dự thảo, chờ lãnh đạo duyệt)."
            if edited.pk == found.pk
            else f"Đã tạo phiên bản {edited.version}, chờ lãnh đạo duyệt; "
            "các lượt kiểm tra đã mở vẫn giữ phiên bản cũ."
        ),
    )
    if edited is not None:
        return redirect("awareness:question", edited.pk)
    context = {
        "question": found,
        "entry": question_history(user=request.user, question=found),
        "form": form,
        "can_write": is_board_staff(user=request.user),
        "can_approve": is_board_leader(user=request.user)
        and not drafted_by(user=request.user, drafter_id=found.created_by_id),
        "draft": QuestionStatus.DRAFT,
        "superseded": QuestionStatus.SUPERSEDED,
    }
    return render_form(request, "awareness/question.html", context)
