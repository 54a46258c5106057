"""Pages of study contests: the board's contest and rounds, results, exports, the public entry."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_http_methods

from lantoa.accounts.mfa import qr_data_uri
from lantoa.accounts.selectors import is_board_staff, require_board_staff
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.awareness.forms_contests import ContestForm, RoundForm
from lantoa.awareness.models import Contest, ContestRound
from lantoa.awareness.public import device_token, device_token_give, throttled
from lantoa.awareness.selectors_contests import (
    contest_for,
    contest_participation,
    contests_for,
    round_by_code,
    round_ranking,
    round_state,
)
from lantoa.awareness.services_contests import (
    DUPLICATE,
    contest_create,
    contest_enter,
    contest_round_add,
    contest_round_close,
    contest_round_open,
    contest_update,
)
from lantoa.awareness.sheets import RoundSheet, round_sheet
from lantoa.awareness.tickets import ticket_issue, ticket_read
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.errors import Refused
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.core.numbers import whole_number

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _number(text: str | None) -> int:
    return whole_number(text) or 0


@login_required
@require_http_methods(["GET", "POST"])
def contests(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """A campaign's study contests; board staff create one."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    found = contests_for(user=request.user, campaign=campaign)
    form = ContestForm(request.POST or None)
    if request.method == "POST":
        require_board_staff(user=request.user)
        contest = form_save(
            request,
            form,
            lambda data: contest_create(campaign=campaign, user=request.user, **data),
            success="Đã tạo cuộc thi; thêm vòng thi bên dưới.",
        )
        if contest is not None:
            return redirect("awareness:contest", contest.pk)
    context = {
        "campaign": campaign,
        "contests": found,
        "form": form,
        "can_write": is_board_staff(user=request.user),
    }
    return render_form(request, "awareness/contests.html", context)


def _round_action(request: HttpRequest, contest: Contest) -> None:
    action = request.POST.get("action")
    found = contest.rounds.filter(pk=_number(request.POST.get("round"))).first()
    if found is None:
        messages.error(request, "Không tìm thấy vòng thi.")
        return
    run, done = (contest_round_open, "mở") if action == "open" else (contest_round_close, "đóng")
    action_run(
        request,
        lambda: run(contest_round=found, user=request.user),
        success=f"Đã {done} vòng {found.number}.",
    )


def _rounds(request: HttpRequest, contest: Contest) -> list[dict[str, Any]]:
    rows = []
    for contest_round in contest.rounds.order_by("number"):
        link = request.build_absolute_uri(
            reverse("awareness:contest_enter", args=[contest_round.code])
        )
        rows.append(
            {
                "round": contest_round,
                "state": round_state(contest_round),
                "link": link,
                "qr": qr_data_uri(text=link),
                "entries": contest_round.entries.count(),
            }
        )
    return rows


@login_required
@require_http_methods(["GET", "POST"])
def contest(request: HttpRequest, contest_id: int) -> HttpResponse:
    """A contest: edit it, add rounds, open and close them; its rounds' links and QR codes."""
    found = contest_for(user=request.user, pk=contest_id)
    action = request.POST.get("action")
    form = ContestForm(
        request.POST if action == "update" else None,
        initial=model_to_dict(found, fields=ContestForm.base_fields),
    )
    round_form = RoundForm(request.POST if action == "round" else None)
    if request.method == "POST":
        require_board_staff(user=request.user)
        if action in ("open", "close"):
            _round_action(request, found)
            return redirect("awareness:contest", found.pk)
        saved: Contest | ContestRound | None
        if action == "update":
            saved = form_save(
                request,
                form,
                lambda data: contest_update(contest=found, user=request.user, **data),
                success="Đã lưu cuộc thi.",
            )
        else:
            saved = form_save(
                request,
                round_form,
                lambda data: contest_round_add(contest=found, user=request.user, **data),
                success=lambda added: f"Đã thêm vòng {added.number}, mã {added.code}.",
            )
        if saved is not None:
            return redirect("awareness:contest", found.pk)
    context = {
        "contest": found,
        "form": form,
        "round_form": round_form,
        "rounds": _rounds(request, found),
        "can_write": is_board_staff(user=request.user),
    }
    return render_form(request, "awareness/contest.html", context)


@login_required
def contest_results(request: HttpRequest, contest_id: int) -> HttpResponse:
    """Participation per unit, each round's ranking and its winners."""
    found = contest_for(user=request.user, pk=contest_id)
    rounds = []
    for contest_round in found.rounds.order_by("number"):
        ranked, answer = round_ranking(contest_round=contest_round, winners=found.winners)
        rounds.append({"round": contest_round, "ranked": ranked, "answer": answer})
    context = {
        "contest": found,
        "participation": contest_participation(contest=found),
        "round_numbers": list(found.rounds.order_by("number").values_list("number", flat=True)),
        "rounds": rounds,
        "can_prize": is_board_staff(user=request.user),
    }
    return render(request, "awareness/contest_results.html", context)


def _workbook(request: HttpRequest, contest: Contest, *, full_phones: bool) -> HttpResponse:
    # openpyxl is slow to import: not at start-up
    from lantoa.awareness.contestxlsx import contest_workbook

    audit_record(action=AuditAction.EXPORT, request=request, target=request.path)
    name = "giai-thuong" if full_phones else "ket-qua"
    response = HttpResponse(
        contest_workbook(contest=contest, full_phones=full_phones), content_type=XLSX
    )
    response["Content-Disposition"] = f'attachment; filename="cuoc-thi-{contest.pk}-{name}.xlsx"'
    return response


@login_required
def contest_export(request: HttpRequest, contest_id: int) -> HttpResponse:
    """The results as .xlsx with phone numbers masked (the board and leaders)."""
    return _workbook(request, contest_for(user=request.user, pk=contest_id), full_phones=False)


@login_required
def contest_prize_export(request: HttpRequest, contest_id: int) -> HttpResponse:
    """The prize committee's .xlsx with whole phone numbers (board staff only)."""
    found = contest_for(user=request.user, pk=contest_id)
    require_board_staff(user=request.user)
    return _workbook(request, found, full_phones=True)


def _chosen(request: HttpRequest) -> dict[int, list[int]]:
    """Return the options posted for each question field (q<id>); the sheet says which count."""
    return {
        question: [n for n in map(whole_number, request.POST.getlist(name)) if n is not None]
        for name in request.POST
        if name[:1] == "q" and (question := whole_number(name[1:])) is not None
    }


def _guess(text: str) -> int | None:
    text = text.strip().replace(".", "").replace(",", "")
    return whole_number(text) if len(text) < 10 else None


def _post(request: HttpRequest, found: ContestRound, context: dict[str, Any]) -> int:
    """Take the posted entry; put what the page shows back into the context; return the status."""
    ticket = request.POST.get("phieu", "")
    context["ticket"] = ticket
    context["posted"] = request.POST
    chosen = _chosen(request)
    try:
        # The service reads and checks the signed sheet; the page reads it only to show it again.
        contest_enter(
            contest_round=found,
            ticket=ticket,
            token=device_token(request),
            name=request.POST.get("ho_ten", ""),
            unit_id=_number(request.POST.get("don_vi")),
            phone=request.POST.get("dien_thoai", ""),
            consent=request.POST.get("dong_y") == "1",
            answers=chosen,
            tie_break_guess=_guess(request.POST.get("du_doan", "")),
        )
    except Refused as refusal:
        # A refusal of fields is listed field by field (_error_summary); its joined message
        # would repeat "Chưa trả lời câu hỏi này." once for each question, naming none.
        context["errors"] = refusal.fields
        context["message"] = "" if refusal.fields else refusal.message
        context["duplicate"] = refusal.message == DUPLICATE
        try:
            order = ticket_read(contest_round=found, ticket=ticket)[1]
        except Refused:
            return 400
        context["order"] = order
        context["chosen"] = {pk: chosen.get(pk, []) for pk in order}
        return 400
    context["done"] = True
    return 200


# Where each entrant field's problem is shown, in the page's order; questions come after phone.
SUMMARY_BEFORE = (("name", "ho_ten"), ("unit", "don_vi"), ("phone", "dien_thoai"))
SUMMARY_AFTER = (("tie_break", "du_doan"), ("consent", "dong_y"))


def _numbered(sheet: RoundSheet, order: list[int]) -> list[tuple[int, int]]:
    """Return (number shown, question id) of the entry's questions in its order."""
    return list(enumerate((pk for pk in order if pk in sheet.questions), start=1))


def _error_summary(
    sheet: RoundSheet, order: list[int], errors: dict[str, str]
) -> list[tuple[str, str]]:
    """Return (link, message) of each problem, a question's naming it ("Câu 3: …")."""
    summary = [(f"#{anchor}", errors[key]) for key, anchor in SUMMARY_BEFORE if key in errors]
    for number, pk in _numbered(sheet, order):
        if error := errors.get(f"q{pk}"):
            summary.append((f"#cau-{number}", f"Câu {number}: {error}"))
    summary += [(f"#{anchor}", errors[key]) for key, anchor in SUMMARY_AFTER if key in errors]
    return summary


def _questions_html(
    sheet: RoundSheet, order: list[int], chosen: dict[int, list[int]], errors: dict[str, str]
) -> SafeString:
    """Render the questions in the entry's order, each option ticked as posted."""
    # Built here, not in the template: the template engine took a third of an entry's time.
    parts: list[str] = []
    for number, pk in _numbered(sheet, order):
        q = sheet.questions[pk]
        ticked = chosen.get(pk, [])
        parts.append(
            format_html('<fieldset id="cau-{}"><legend>Câu {}. {}</legend>', number, number, q.text)
        )
        if error := errors.get(f"q{pk}"):
            parts.append(format_html('<p class="err">{}</p>', error))
        parts.extend(label[index in ticked] for index, label in enumerate(q.labels))
        parts.append("</fieldset>\n")
    return mark_safe("".join(parts))  # noqa: S308 - each part escaped


def _selected(options: str, unit: str) -> SafeString:
    """Mark the posted unit's option selected in the round's cached options."""
    if (chosen := whole_number(unit)) is not None:
        options = options.replace(f'value="{chosen}">', f'value="{chosen}" selected>', 1)
    return mark_safe(options)  # noqa: S308 - built by format_html_join, a digit id added


@require_http_methods(["GET", "POST"])
def contest_enter_page(request: HttpRequest, code: str) -> HttpResponse:
    """Enter a contest round without an account (a name, a unit, the answers; once a round)."""
    found = round_by_code(code=code)
    state = round_state(found)
    context: dict[str, Any] = {"round": found, "contest": found.contest, "state": state}
    context["errors"] = {}
    status = 200
    if state == "open":
        if request.method == "POST":
            if throttled(request, code=f"contest-{found.code}"):
                return render(
                    request, "awareness/contest_enter.html", {**context, "busy": True}, status=429
                )
            status = _post(request, found, context)
        else:
            context["ticket"] = ticket_issue(contest_round=found)
            context["order"] = ticket_read(contest_round=found, ticket=context["ticket"])[1]
        if not context.get("done") and "order" in context:
            sheet = round_sheet(contest_round=found)
            chosen, errors = context.get("chosen", {}), context["errors"]
            context["questions_html"] = _questions_html(sheet, context["order"], chosen, errors)
            context["summary"] = _error_summary(sheet, context["order"], errors)
            context["unit_options"] = _selected(sheet.unit_options, request.POST.get("don_vi", ""))
    response = render(request, "awareness/contest_enter.html", context, status=status)
    device_token_give(request, response)
    return response
