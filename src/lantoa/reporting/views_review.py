"""The board's review queue of a report request, and the photos of the units' evidence."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lantoa.accounts.selectors import (
    is_board_staff,
    is_province_wide,
    require_board_staff,
)
from lantoa.campaigns.models import Channel
from lantoa.campaigns.selectors import campaign_get
from lantoa.core.numbers import whole_number
from lantoa.core.userfiles import user_file_response
from lantoa.organization.models import Unit
from lantoa.reporting.figures import FIGURE_LABELS
from lantoa.reporting.forms import ReviewForm
from lantoa.reporting.models import Submission
from lantoa.reporting.review_flags import ReportFlags, request_flags
from lantoa.reporting.selectors import (
    evidence_get,
    photos_of,
    report_request_get,
    unit_in_campaign,
)
from lantoa.reporting.standing import (
    ACCEPTED,
    DUE_SOON,
    NOT_DUE,
    OVERDUE_MISSING,
    RETURNED,
    SUBMITTED_LATE,
    SUBMITTED_ON_TIME,
    ReportStanding,
    request_standing,
)
from lantoa.reporting.thumbnails import is_photo, thumbnail_name, thumbnail_ready
from lantoa.reporting.views_board import review_apply

WAITING = "cho_duyet"
# The queue's filters: query value -> (label, the standing states it lists; None for all).
FILTERS: dict[str, tuple[str, frozenset[str] | None]] = {
    WAITING: ("Chờ duyệt", frozenset({SUBMITTED_ON_TIME, SUBMITTED_LATE})),
    "tra_lai": ("Đã trả lại", frozenset({RETURNED})),
    "da_chap_nhan": ("Đã chấp nhận", frozenset({ACCEPTED})),
    "chua_nop": ("Chưa nộp", frozenset({NOT_DUE, DUE_SOON, OVERDUE_MISSING})),
    "tat_ca": ("Tất cả", None),
}


@dataclass(frozen=True)
class QueueRow:
    """One unit in the queue: its standing on the request."""

    unit: Unit
    report: ReportStanding

    @property
    def waiting(self) -> bool:
        return self.report.state in (SUBMITTED_ON_TIME, SUBMITTED_LATE)

    @property
    def submitted_at(self) -> datetime.datetime:
        """When a waiting report came in."""
        submission = self.report.submission
        assert submission is not None  # a report waits only once submitted
        return submission.submitted_at


def _order(rows: list[QueueRow]) -> list[QueueRow]:
    """Waiting reports first, oldest first; the rest in Vietnamese order of the unit's name."""
    waiting = sorted(
        (row for row in rows if row.waiting),
        key=lambda row: (row.submitted_at, row.unit.sort_key),
    )
    others = sorted((row for row in rows if not row.waiting), key=lambda row: row.unit.sort_key)
    return waiting + others


def _figures(submission: Submission) -> list[tuple[str, Any]]:
    """Return the figures the unit's report carried when it was submitted, labelled."""
    snapshot = submission.snapshot or {}
    lines: list[tuple[str, Any]] = [
        ("Hoạt động", snapshot.get("activities")),
        ("Nhiệm vụ đã thực hiện", f"{snapshot.get('tasks_done')}/{snapshot.get('tasks_total')}"),
        ("Đảng viên của đơn vị", snapshot.get("party_members")),
        ("Đảng viên được quán triệt", snapshot.get("briefed")),
    ]
    channels = dict(Channel.choices)
    for code, count in sorted((snapshot.get("by_channel") or {}).items()):
        lines.append((f"Hình thức: {channels.get(code, code)}", count))
    for name, value in (snapshot.get("figures") or {}).items():
        lines.append((FIGURE_LABELS.get(name, name), value))
    return [(label, value) for label, value in lines if value not in (None, "", "None/None")]


def _flags(submission: Submission) -> ReportFlags:
    """Return the soft flags of a waiting submission, counted as on the request page."""
    found = request_flags(
        campaign_id=submission.request.campaign_id, submissions=[submission], focus=submission.pk
    )
    return found.get(submission.pk, ReportFlags())


def _queue_url(request_id: int, state: str, unit_id: int | None) -> str:
    query = {"trang_thai": state, **({"don_vi": str(unit_id)} if unit_id else {})}
    return reverse("reporting:review_queue", args=[request_id]) + "?" + urlencode(query)


@login_required
@require_http_methods(["GET", "POST"])
def review_queue(request: HttpRequest, request_id: int) -> HttpResponse:
    """List the units' reports by state, open one beside the list; board staff accept or return."""
    if not is_province_wide(user=request.user):
        raise PermissionDenied("Chỉ Ban Tuyên giáo và Dân vận xem được báo cáo của tất cả đơn vị.")
    is_staff = is_board_staff(user=request.user)
    report_request = report_request_get(user=request.user, request_id=request_id)
    state = request.GET.get("trang_thai", WAITING)
    state = state if state in FILTERS else WAITING
    standing = request_standing(request=report_request, today=timezone.localdate())
    units = report_request.expected_units.all()
    every = [QueueRow(unit, standing[unit.pk]) for unit in units if unit.pk in standing]
    states = FILTERS[state][1]
    rows = _order([row for row in every if states is None or row.report.state in states])
    chosen_id = request.GET.get("don_vi", "")
    chosen = next((row for row in every if str(row.unit.pk) == chosen_id), None)
    if chosen is None and rows and rows[0].report.submission is not None:
        chosen = rows[0]
    after = None
    if chosen is not None:
        ids = [row.unit.pk for row in rows]
        position = ids.index(chosen.unit.pk) if chosen.unit.pk in ids else -1
        after = rows[position + 1] if 0 <= position < len(rows) - 1 else None
    if request.method == "POST":
        require_board_staff(user=request.user)
        return _decide(request, report_request.pk, state, chosen, after)
    submission = chosen.report.submission if chosen else None
    context = {
        "report_request": report_request,
        "filters": [
            (key, label, sum(1 for row in every if keep is None or row.report.state in keep))
            for key, (label, keep) in FILTERS.items()
        ],
        "state": state,
        "is_staff": is_staff,
        "rows": rows,
        "chosen": chosen,
        "here_url": _queue_url(report_request.pk, state, chosen.unit.pk) if chosen else "",
        "next_url": _queue_url(report_request.pk, state, after.unit.pk) if after else "",
        "submission": submission,
        "figures": _figures(submission) if submission else [],
        "flags": _flags(submission) if submission else ReportFlags(),
        "photos": [
            (photo, thumbnail_ready(photo))
            for photo in photos_of(
                user=request.user, campaign=report_request.campaign, unit=chosen.unit
            )
        ]
        if chosen
        else [],
    }
    return render(request, "reporting/review_queue.html", context)


def _decide(
    request: HttpRequest,
    request_id: int,
    state: str,
    chosen: QueueRow | None,
    after: QueueRow | None,
) -> HttpResponse:
    """Accept or return the chosen unit's report, then open the next one of the list."""
    submission = chosen.report.submission if chosen else None
    form = ReviewForm(request.POST)
    if submission is None or not form.is_valid():
        messages.error(request, "Thao tác không hợp lệ.")
        return redirect(_queue_url(request_id, state, chosen.unit.pk if chosen else None))
    if not review_apply(request, submission=submission, decision=form.cleaned_data):
        return redirect(_queue_url(request_id, state, submission.unit_id))
    return redirect(_queue_url(request_id, state, after.unit.pk if after else None))


@login_required
@require_GET
def evidence_thumbnail(request: HttpRequest, evidence_id: int) -> FileResponse:
    """Send a photo's thumbnail (the photo itself until the worker has made it)."""
    evidence = evidence_get(user=request.user, evidence_id=evidence_id)
    if not is_photo(evidence):
        raise Http404("Minh chứng này không phải ảnh.")
    if not thumbnail_ready(evidence):
        return user_file_response(
            evidence.file, filename=evidence.original_name, content_type=evidence.content_type
        )
    response = FileResponse(
        evidence.file.storage.open(thumbnail_name(evidence), "rb"), content_type="image/jpeg"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=86400"
    return response


@login_required
@require_GET
def gallery(request: HttpRequest, campaign_id: int) -> HttpResponse:
    """Show the photos of a campaign's evidence, of every unit the user reads or of one."""
    campaign = campaign_get(user=request.user, campaign_id=campaign_id)
    unit_id = whole_number(request.GET.get("don_vi"))
    unit = (
        unit_in_campaign(user=request.user, campaign=campaign, unit_id=unit_id)
        if unit_id is not None
        else None
    )
    groups: dict[int, tuple[Unit, list[Any]]] = {}
    for photo in photos_of(user=request.user, campaign=campaign, unit=unit):
        owner = photo.activity.unit
        groups.setdefault(owner.pk, (owner, []))[1].append(photo)
    return render(
        request,
        "reporting/gallery.html",
        {"campaign": campaign, "unit": unit, "groups": list(groups.values())},
    )
