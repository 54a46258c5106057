"""Pages of awareness checks: the bank, a session's checks, results, and the anonymous answer."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from lantoa.accounts.mfa import qr_data_uri
from lantoa.awareness.bank.services import MAX_ANSWER_LENGTH
from lantoa.awareness.forms import CheckOpenForm, TallyForm
from lantoa.awareness.models import QuestionKind, QuestionStatus
from lantoa.awareness.paper import paper_sheet_pdf
from lantoa.awareness.public import device_token, device_token_give, throttled
from lantoa.awareness.results import TOO_FEW, percent
from lantoa.awareness.selectors import (
    check_by_code,
    check_for,
    check_share,
    checks_for,
    paper_totals,
    results_for,
)
from lantoa.awareness.services import (
    check_answer,
    check_open,
    check_tally_enter,
)
from lantoa.awareness.surveys.selectors import survey_by_code
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.errors import Refused
from lantoa.core.forms import form_save, render_form
from lantoa.core.lookups import one_or_404
from lantoa.core.numbers import whole_number
from lantoa.reporting.models import Activity
from lantoa.reporting.selectors import activity_get, can_write_for, require_write_for


def _number(text: str | None) -> int:
    return whole_number(text) or 0


def _open(request: HttpRequest, activity: Activity, form: CheckOpenForm) -> HttpResponse | None:
    check = form_save(
        request,
        form,
        lambda data: check_open(
            activity=activity,
            phase=data["phase"],
            questions=list(data["questions"]),
            closes_at=timezone.now() + datetime.timedelta(minutes=data["minutes"]),
            user=request.user,
        ),
        success=lambda check: f"Đã mở kiểm tra, mã {check.code}.",
    )
    return None if check is None else redirect("awareness:activity", check.activity_id)


def _tally(request: HttpRequest, session: Activity) -> HttpResponse | tuple[int, TallyForm]:
    """Store a paper sheet's totals and redirect, or return the refused form to show again."""
    check = one_or_404(
        checks_for(user=request.user).filter(
            activity=session, pk=_number(request.POST.get("check"))
        )
    )
    questions = list(check.questions.order_by("pk"))
    form = TallyForm(request.POST, questions=questions)
    entered = form_save(
        request,
        form,
        lambda data: check_tally_enter(
            check=check,
            totals={q.pk: (data[f"a{q.pk}"], data[f"c{q.pk}"]) for q in questions},
            user=request.user,
        ),
        success="Đã lưu tổng hợp phiếu giấy.",
        # The service names a question's row; its message goes under the right answers.
        aliases={f"q{q.pk}": f"c{q.pk}" for q in questions},
    )
    if entered is not None:
        return redirect("awareness:activity", session.pk)
    return check.pk, form


@login_required
@require_http_methods(["GET", "POST"])
def activity(request: HttpRequest, activity_id: int) -> HttpResponse:
    """A session's checks: open one, show its code and QR, enter a paper sheet's totals."""
    session = activity_get(user=request.user, activity_id=activity_id)
    approved = session.campaign.questions.filter(status=QuestionStatus.APPROVED)
    posted = request.POST if request.POST.get("action") == "open" else None
    form = CheckOpenForm(posted, questions=approved)
    refused_tally: tuple[int, TallyForm] | None = None
    if request.method == "POST":
        require_write_for(user=request.user, unit=session.unit)
        if request.POST.get("action") == "tally":
            tallied = _tally(request, session)
            if isinstance(tallied, HttpResponse):
                return tallied
            refused_tally = tallied
        else:
            done = _open(request, session, form)
            if done is not None:
                return done
    checks = []
    for check in checks_for(user=request.user).filter(activity=session):
        link = request.build_absolute_uri(reverse("awareness:answer", args=[check.code]))
        share = check_share(user=request.user, check=check)
        if refused_tally is not None and refused_tally[0] == check.pk:
            # The refused sheet comes back with what was typed and each row's message.
            tally = refused_tally[1]
        else:
            # The totals already entered, so that one can be corrected without retyping all.
            tally = TallyForm(
                questions=list(check.questions.order_by("pk")),
                initial=paper_totals(user=request.user, check=check),
            )
        checks.append(
            {
                "check": check,
                "link": link,
                "qr": qr_data_uri(text=link),
                "is_open": timezone.now() < check.closes_at,
                "people": share.people,
                "rate": percent(share.rate),
                "tally": tally,
            }
        )
    context = {
        "activity": session,
        "checks": checks,
        "form": form,
        "can_write": can_write_for(user=request.user, unit=session.unit),
    }
    return render_form(request, "awareness/activity.html", context)


@login_required
def paper_sheet(request: HttpRequest, check_id: int) -> HttpResponse:
    """The check's printable paper answer sheet (A4 PDF) with the unit's tally table."""
    check = check_for(user=request.user, pk=check_id)
    response = HttpResponse(paper_sheet_pdf(check), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="phieu-giay-{check.code}.pdf"'
    return response


@login_required
def campaign_results(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """The campaign's results per unit the user reads: before, after, change and its test."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    found = results_for(user=request.user, campaign=campaign)
    return render(
        request,
        "awareness/results.html",
        {"campaign": campaign, "results": found, "too_few": TOO_FEW},
    )


def answer_home(request: HttpRequest) -> HttpResponse:
    """Type a check's or a survey's code (no sign-in)."""
    code = request.GET.get("ma", "").strip()
    if not code:
        return render(request, "awareness/answer_home.html")
    if not (code.isascii() and code.isalnum()):
        # A code is letters and digits; a typed date or address names no page to go to.
        error = "Mã chỉ gồm chữ cái và chữ số, như in trên phiếu."
        context = {"code": code[:12], "error": error}
        return render(request, "awareness/answer_home.html", context, status=400)
    if survey_by_code(code=code) is not None:
        return redirect("awareness:survey_answer", code.upper())
    return redirect("awareness:answer", code.upper())


def _chosen(request: HttpRequest, questions: list) -> dict[int, list[int] | str]:
    chosen: dict[int, list[int] | str] = {}
    for q in questions:
        if q.kind == QuestionKind.SHORT:
            chosen[q.pk] = request.POST.get(f"q{q.pk}", "")[:MAX_ANSWER_LENGTH]
            continue
        values = map(whole_number, request.POST.getlist(f"q{q.pk}"))
        chosen[q.pk] = [value for value in values if value is not None]
    return chosen


def _rows(
    questions: list, chosen: dict[int, list[int] | str], errors: dict[str, str]
) -> list[dict[str, object]]:
    """Each question with its options, what was ticked or typed, and its own message."""
    rows = []
    for q in questions:
        picked = chosen.get(q.pk, [])
        rows.append(
            {
                "q": q,
                "options": [(n, o, n in picked) for n, o in enumerate(q.options)],
                "text": picked if isinstance(picked, str) else "",
                "error": errors.get(f"q{q.pk}", ""),
            }
        )
    return rows


@require_http_methods(["GET", "POST"])
def answer(request: HttpRequest, code: str) -> HttpResponse:
    """Answer a check anonymously, once per device (no sign-in; nothing but the questions)."""
    check = check_by_code(code=code)
    questions = list(check.questions.order_by("pk"))
    context: dict[str, object] = {"check": check, "questions": questions, "errors": {}}
    chosen: dict[int, list[int] | str] = {}
    errors: dict[str, str] = {}
    status = 200
    if timezone.now() >= check.closes_at:
        context["closed"] = True
    elif request.method == "POST":
        if throttled(request, code=check.code):
            return render(request, "awareness/answer.html", {**context, "busy": True}, status=429)
        chosen = _chosen(request, questions)
        context["chosen"] = chosen
        try:
            check_answer(check=check, token=device_token(request), answers=chosen)
            context["done"] = True
        except Refused as refusal:
            errors = refusal.fields
            context["errors"], context["message"] = errors, refusal.message
            status = 400
    # A refused sheet comes back as it was filled, each unanswered question marked.
    context["rows"] = _rows(questions, {} if context.get("done") else chosen, errors)
    response = render(request, "awareness/answer.html", context, status=status)
    device_token_give(request, response)
    return response
