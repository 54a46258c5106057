"""Pages of surveys: a campaign's list and new survey, results and export, the public answer."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms.models import model_to_dict
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from lantoa.accounts.mfa import qr_data_uri
from lantoa.accounts.selectors import (
    is_board_staff,
    is_province_wide,
    require_board_staff,
)
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.awareness.models import SurveyItemKind, SurveyState
from lantoa.awareness.public import device_token, device_token_give, throttled
from lantoa.awareness.results import TOO_FEW, Share, percent
from lantoa.awareness.surveys.export import survey_xlsx
from lantoa.awareness.surveys.figures import decimal_vi
from lantoa.awareness.surveys.forms import SurveyForm
from lantoa.awareness.surveys.selectors import (
    groups_for,
    survey_by_code,
    survey_for,
    survey_results,
    surveys_for,
)
from lantoa.awareness.surveys.services import (
    survey_answer,
    survey_close,
    survey_create,
    survey_open,
    survey_update,
)
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.selectors import campaign_get, campaign_units
from lantoa.core.errors import Refused
from lantoa.core.exports import XLSX_TYPE, file_response
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.core.masking import masks_vi
from lantoa.core.numbers import whole_number

# The service refuses a survey without questions as "items"; the first question box shows it.
SURVEY_ALIASES = {"items": "understanding"}


# The survey page's buttons: each one's service and what the page says when it is done.
SURVEY_ACTIONS = {
    "open": (survey_open, "Đã mở khảo sát."),
    "close": (survey_close, "Đã đóng khảo sát."),
}


def _units(request: HttpRequest, campaign: Campaign) -> list:
    units = campaign_units(user=request.user, campaign=campaign)
    return units if campaign.owner in units else [campaign.owner, *units]


@login_required
@require_http_methods(["GET", "POST"])
def surveys(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """A campaign's surveys the user reads, with their progress; board staff create one."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    can_create = is_board_staff(user=request.user)
    form = None
    if can_create:
        form = SurveyForm(request.POST or None, units=_units(request, campaign))
    if request.method == "POST":
        require_board_staff(user=request.user)
        # Only board staff get here, and every one of them was given the form.
        assert form is not None
        survey = form_save(
            request,
            form,
            lambda _data: survey_create(
                campaign=campaign, user=request.user, **form.survey_fields()
            ),
            success="Đã tạo khảo sát; mở khảo sát để nhận trả lời.",
            aliases=SURVEY_ALIASES,
        )
        if survey is not None:
            return redirect("awareness:survey", survey.pk)
    rows = [
        {"row": row, "progress": percent(row.progress)}
        for row in surveys_for(user=request.user, campaign=campaign)
    ]
    groups = [
        {
            "row": group,
            "understanding": _share_text(group.understanding),
            "support": _share_text(group.support),
        }
        for group in groups_for(user=request.user, campaign=campaign)
    ]
    context = {"campaign": campaign, "rows": rows, "groups": groups, "form": form}
    return render_form(request, "awareness/surveys/list.html", context)


def _share_text(share: Share) -> str:
    """Return '72,0% (KTC 95 %: 60,1%–81,4%; 36/50)', or the refusal under five."""
    if share.answers == 0:
        return "—"  # the group's surveys ask nothing on this scale
    if share.rate is None or share.interval is None:
        return TOO_FEW
    low, high = share.interval
    return (
        f"{percent(share.rate)} (KTC 95%: {percent(low)}–{percent(high)}; "
        f"{share.correct}/{share.answers})"
    )


def _action(request: HttpRequest, survey_pk: int) -> HttpResponse:
    # A foreign survey is a 404 before a reader is told they may not write (403).
    survey = survey_for(user=request.user, pk=survey_pk)
    require_board_staff(user=request.user)
    chosen = SURVEY_ACTIONS.get(request.POST.get("action", ""))
    if chosen is None:
        messages.error(request, "Thao tác không hợp lệ.")
    else:
        run, success = chosen
        action_run(request, lambda: run(survey=survey, user=request.user), success=success)
    return redirect("awareness:survey", survey.pk)


@login_required
@require_http_methods(["GET", "POST"])
def survey(request: HttpRequest, pk: int) -> HttpResponse:
    """A survey's aggregates: progress, each scale item; open answers for the board only."""
    if request.method == "POST":
        return _action(request, pk)
    results = survey_results(user=request.user, pk=pk)
    found = results.survey
    link = request.build_absolute_uri(reverse("awareness:survey_answer", args=[found.code]))
    items = [
        {
            "number": number,
            "result": result,
            "mean": decimal_vi(result.figures.mean),
            "mean_interval": _pair(result.figures.mean_interval, decimal_vi),
            "agree": percent(result.figures.agree_share),
            "agree_interval": _pair(result.figures.agree_interval, percent),
        }
        for number, result in enumerate(results.items, start=1)
    ]
    open_answers = None
    if results.open_answers is not None:
        open_answers = [
            (item, [masks_vi(text) for text in results.open_answers[item.pk]])
            for item in results.open_items
        ]
    context = {
        "survey": found,
        "results": results,
        "items": items,
        "open_answers": open_answers,
        "progress": percent(results.progress),
        "too_few": TOO_FEW,
        "link": link,
        "qr": qr_data_uri(text=link) if found.state == SurveyState.OPEN else "",
        "can_manage": is_board_staff(user=request.user),
    }
    return render(request, "awareness/surveys/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def survey_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Correct a survey and its questions (board staff) until the first answer comes in."""
    found = survey_for(user=request.user, pk=pk)
    if not is_province_wide(user=request.user):
        raise Http404
    units = _units(request, found.campaign)
    items = list(found.items.all())
    initial = {
        **model_to_dict(found, fields=SurveyForm.base_fields),
        **{kind: [i.text for i in items if i.kind == kind] for kind in SurveyItemKind.values},
    }
    form = SurveyForm(request.POST or None, initial=initial, units=units)
    if request.method == "POST":
        require_board_staff(user=request.user)
        if form_save(
            request,
            form,
            lambda _data: survey_update(survey=found, user=request.user, **form.survey_fields()),
            success="Đã lưu khảo sát.",
            aliases=SURVEY_ALIASES,
        ):
            return redirect("awareness:survey", found.pk)
    answered = found.responses.exists()
    context = {"survey": found, "form": form, "answered": answered}
    return render_form(request, "awareness/surveys/edit.html", context)


def _pair(pair: tuple[float, float] | None, show: Callable[[float], str]) -> str:
    if pair is None:
        return ""
    return f"{show(pair[0])}–{show(pair[1])}"


@login_required
@require_GET
def survey_export(request: HttpRequest, pk: int) -> HttpResponse:
    """The survey's aggregates as .xlsx (never an answer or an open text); audited."""
    results = survey_results(user=request.user, pk=pk)
    found = results.survey
    data = survey_xlsx(results)
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target=request.get_full_path(),
        detail={"survey": found.pk, "format": "xlsx", "responses": results.responses},
    )
    return file_response(data, content_type=XLSX_TYPE, filename=f"khao-sat-{found.pk}.xlsx")


def _posted(request: HttpRequest, items: list) -> tuple[dict[int, int], dict[int, str]]:
    values: dict[int, int] = {}
    texts: dict[int, str] = {}
    for item in items:
        raw = request.POST.get(f"i{item.pk}", "")
        if item.is_likert:
            if (value := whole_number(raw)) is not None:
                values[item.pk] = value
        else:
            texts[item.pk] = raw
    return values, texts


# What each point of the scale means, by what the item asks.
SCALES = {
    SurveyItemKind.UNDERSTANDING: [
        "1 – Chưa hiểu",
        "2 – Hiểu ít",
        "3 – Hiểu một phần",
        "4 – Hiểu khá rõ",
        "5 – Hiểu rất rõ",
    ],
    SurveyItemKind.SUPPORT: [
        "1 – Hoàn toàn không đồng tình",
        "2 – Không đồng tình",
        "3 – Phân vân",
        "4 – Đồng tình",
        "5 – Hoàn toàn đồng tình, ủng hộ",
    ],
}


def _rows(
    items: list, values: dict[int, int], texts: dict[int, str], errors: dict[str, str]
) -> list[dict[str, object]]:
    return [
        {
            "item": item,
            "name": f"i{item.pk}",
            "scale": [(n, label) for n, label in enumerate(SCALES.get(item.kind, []), start=1)],
            "value": values.get(item.pk),
            "text": texts.get(item.pk, ""),
            "error": errors.get(f"i{item.pk}", ""),
        }
        for item in items
    ]


@require_http_methods(["GET", "POST"])
def survey_answer_page(request: HttpRequest, code: str) -> HttpResponse:
    """Answer a survey anonymously, once per device (no sign-in; nothing but the questions)."""
    found = survey_by_code(code=code)
    if found is None:
        raise Http404("Không có khảo sát với mã này.")
    items = list(found.items.all())
    values: dict[int, int] = {}
    texts: dict[int, str] = {}
    errors: dict[str, str] = {}
    context: dict[str, object] = {"survey": found}
    status = 200
    if found.state != SurveyState.OPEN:
        context["closed"] = True
    elif request.method == "POST":
        if throttled(request, code=found.code):
            return render(
                request, "awareness/surveys/answer.html", {**context, "busy": True}, status=429
            )
        values, texts = _posted(request, items)
        try:
            survey_answer(survey=found, token=device_token(request), values=values, texts=texts)
            context["done"] = True
        except Refused as refusal:
            errors, context["message"] = refusal.fields, refusal.message
            status = 400
    context["rows"] = _rows(items, values, texts, errors)
    response = render(request, "awareness/surveys/answer.html", context, status=status)
    device_token_give(request, response)
    return response
