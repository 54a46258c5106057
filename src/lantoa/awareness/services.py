"""Writes of awareness checks: checks, anonymous answers, paper totals (bank: bank/services)."""

from __future__ import annotations

import datetime
import hashlib
import hmac
from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, can_at
from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change

# The bank's writes live in bank/services.py; their names stay importable from here.
from lantoa.awareness.bank.services import question_approve as question_approve
from lantoa.awareness.bank.services import question_bank_import as question_bank_import
from lantoa.awareness.bank.services import question_create as question_create
from lantoa.awareness.bank.services import question_edit as question_edit
from lantoa.awareness.bank.services import question_errors as question_errors
from lantoa.awareness.codes import code_new
from lantoa.awareness.models import (
    AwarenessCheck,
    CheckPhase,
    PaperTally,
    Question,
    QuestionStatus,
    Response,
    ResponseItem,
    Survey,
)
from lantoa.awareness.scoring import answer_is_right
from lantoa.awareness.selectors import session_lock
from lantoa.campaigns.models import Channel
from lantoa.core.errors import Refused
from lantoa.core.numbers import format_vn_number
from lantoa.core.text import typed_quoted
from lantoa.reporting.models import Activity
from lantoa.reporting.rules import MAX_FIGURE

MIN_QUESTIONS, MAX_QUESTIONS = 5, 10
SESSION_CHANNELS = (Channel.CONFERENCE, Channel.CELL_MEETING)


@transaction.atomic
def check_open(
    *,
    activity: Activity,
    phase: str,
    questions: Sequence[Question],
    closes_at: datetime.datetime,
    user: AnyUser | None,
    title: str = "",
) -> AwarenessCheck:
    """Open a check of approved questions for a unit's conference or cell meeting."""
    if user is not None and not can_at(
        user=user, unit=activity.unit, can=Capability.REPORTING_WRITE
    ):
        raise Refused("Bạn không được mở kiểm tra cho đơn vị này.")
    errors: dict[str, str] = {}
    if activity.is_deleted or activity.channel not in SESSION_CHANNELS:
        errors["activity"] = "Chỉ mở kiểm tra cho hội nghị hoặc buổi sinh hoạt chi bộ."
    if phase not in CheckPhase.values:
        errors["phase"] = "Chọn kiểm tra trước hoặc sau buổi học."
    ids = {q.pk for q in questions}
    if not MIN_QUESTIONS <= len(ids) <= MAX_QUESTIONS:
        errors["questions"] = f"Chọn từ {MIN_QUESTIONS} đến {MAX_QUESTIONS} câu hỏi."
    elif Question.objects.filter(
        pk__in=ids, campaign_id=activity.campaign_id, status=QuestionStatus.APPROVED
    ).count() != len(ids):
        errors["questions"] = "Chỉ dùng câu hỏi đã duyệt của đợt tuyên truyền này."
    if closes_at <= timezone.now():
        errors["closes_at"] = "Thời điểm đóng phải sau bây giờ."
    if not errors and (locked := session_lock(activity)):
        # A new check would add answers to figures an accepted report already gave.
        errors["activity"] = locked
    if errors:
        raise Refused(errors)
    # One open check per session and phase: a double tap must not hand out two codes. The
    # session's row is locked so that two taps at once wait for each other.
    Activity.objects.select_for_update().get(pk=activity.pk)
    already = (
        AwarenessCheck.objects.filter(activity=activity, phase=phase, closes_at__gt=timezone.now())
        .values_list("code", flat=True)
        .first()
    )
    if already is not None:
        label = CheckPhase(phase).label.lower()
        raise Refused({"phase": f"Buổi này đã có lượt kiểm tra {label} đang mở (mã {already})."})
    check = AwarenessCheck.objects.create(
        campaign_id=activity.campaign_id,
        unit_id=activity.unit_id,
        activity=activity,
        phase=phase,
        title=title.strip() or f"{activity.title} ({CheckPhase(phase).label.lower()})",
        code=code_new(AwarenessCheck, Survey),  # both are typed at /kiem-tra/
        closes_at=closes_at,
        opened_by_id=user.pk if user else None,
    )
    check.questions.set(list(ids))
    audit_change(op="check_open", user=user, target=f"awareness.check:{check.pk}")
    return check


def device_key(*, check: AwarenessCheck, token: str) -> str:
    """Return the keyed hash a device's token is stored as (the token itself is never kept)."""
    message = f"{check.pk}:{token}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _answered(chosen: Sequence[int] | str | None) -> bool:
    return bool(chosen.strip()) if isinstance(chosen, str) else bool(chosen)


@transaction.atomic
def check_answer(
    *,
    check: AwarenessCheck,
    token: str,
    answers: Mapping[int, Sequence[int] | str],
    now: datetime.datetime | None = None,
) -> Response:
    """Store one device's anonymous answers while the check is open, once per device."""
    now = now or timezone.now()
    if now >= check.closes_at:
        raise Refused("Lượt kiểm tra đã đóng.")
    if not token:
        raise Refused("Thiết bị chưa nhận được mã trả lời; vui lòng tải lại trang.")
    # Numbered as the answer page and the paper sheet number them (by question id).
    questions = list(check.questions.order_by("pk"))
    missing = [(n, q) for n, q in enumerate(questions, 1) if not _answered(answers.get(q.pk))]
    if missing:
        numbers = ", ".join(str(n) for n, _ in missing)
        raise Refused(
            f"Còn {len(missing)} câu chưa trả lời: câu {numbers}.",
            fields={f"q{q.pk}": "Chưa trả lời câu hỏi này." for _, q in missing},
        )
    device = device_key(check=check, token=token)
    if Response.objects.filter(check_ref=check, device=device).exists():
        raise Refused("Thiết bị này đã trả lời lượt kiểm tra này.")
    rights = {q.pk: answer_is_right(q, answers[q.pk]) for q in questions}
    try:
        with transaction.atomic():
            response = Response.objects.create(
                check_ref=check, device=device, score=sum(rights.values())
            )
    except IntegrityError as exc:
        raise Refused("Thiết bị này đã trả lời lượt kiểm tra này.") from exc
    ResponseItem.objects.bulk_create(
        ResponseItem(response=response, question_id=pk, correct=ok) for pk, ok in rights.items()
    )
    # Not audited: an entry would carry the client's address beside the sheet's time.
    return response


def _require_tally_writer(user: AnyUser | None, check: AwarenessCheck) -> None:
    """Refuse a user who does not record for the check's unit (the system, None, may).

    A session whose figures are locked (its unit's report accepted, or the board's lock) keeps
    its totals, as its activity does, for everyone.
    """
    if user is not None and not can_at(user=user, unit=check.unit, can=Capability.REPORTING_WRITE):
        raise Refused("Bạn không được nhập kết quả cho đơn vị này.")
    if locked := session_lock(check.activity):
        raise Refused(locked)


@transaction.atomic
def check_tally_enter(
    *,
    check: AwarenessCheck,
    totals: Mapping[int, tuple[int, int]],
    user: AnyUser | None,
) -> list[PaperTally]:
    """Store a paper sheet's totals per question (answering, correct), replacing earlier ones."""
    _require_tally_writer(user, check)
    errors: dict[str, str] = {}
    questions = list(check.questions.all())
    for q in questions:
        answered, correct = totals.get(q.pk, (0, 0))
        if answered < 0 or correct < 0:
            errors[f"q{q.pk}"] = "Số người không được âm."
        elif answered > MAX_FIGURE:
            errors[f"q{q.pk}"] = f"Số người {_TOO_MANY}."
        elif correct > answered:
            errors[f"q{q.pk}"] = "Số trả lời đúng không được lớn hơn số người trả lời."
    if errors:
        raise Refused(errors)
    PaperTally.objects.filter(check_ref=check).delete()
    tallies = PaperTally.objects.bulk_create(
        PaperTally(check_ref=check, question=q, answered=totals[q.pk][0], correct=totals[q.pk][1])
        for q in questions
        if q.pk in totals
    )
    audit_change(op="check_tally_enter", user=user, target=f"awareness.check:{check.pk}")
    return tallies


@transaction.atomic
def check_close(*, check: AwarenessCheck, user: AnyUser | None) -> AwarenessCheck:
    """Close an open check now (before its closing time), for the unit's writers."""
    if user is not None and not can_at(user=user, unit=check.unit, can=Capability.REPORTING_WRITE):
        raise Refused("Bạn không được đóng kiểm tra của đơn vị này.")
    now = timezone.now()
    if check.closes_at <= now:
        raise Refused("Lượt kiểm tra đã đóng.")
    check.closes_at = now
    check.save(update_fields=["closes_at"])
    audit_change(op="check_close", user=user, target=f"awareness.check:{check.pk}")
    return check


# The data rules' bound on any unit's figure (a larger count also fails to store: 500).
_TOO_MANY = f"quá lớn (tối đa {format_vn_number(MAX_FIGURE)})"


def _code_shown(code: str) -> str:
    # A check's code has a few characters (codes.py); a cell may hold thousands.
    return typed_quoted(code, most=20)


def _tally_row_error(row: Any, check: AwarenessCheck | None, size: int) -> str:
    if not row.code:
        return "chưa ghi mã kiểm tra"
    if check is None:
        return f"không có lượt kiểm tra mã {_code_shown(row.code)}"
    if row.number is None or not 1 <= row.number <= size:
        return f"số câu phải từ 1 đến {size}"
    if row.answered is None or row.correct is None or row.answered < 0 or row.correct < 0:
        return "số người phải là số nguyên không âm"
    if row.answered > MAX_FIGURE:
        return f"số người {_TOO_MANY}"
    if row.correct > row.answered:
        return "số trả lời đúng lớn hơn số người trả lời"
    return ""


def _tally_totals(
    rows: Sequence[Any], checks: Mapping[str, AwarenessCheck]
) -> tuple[dict[str, dict[int, tuple[int, int]]], dict[str, str]]:
    """Return each check's totals by question from sheet rows, and each bad row's message."""
    ordered = {
        code: list(check.questions.order_by("pk").values_list("pk", flat=True))
        for code, check in checks.items()
    }
    errors: dict[str, str] = {}
    seen: set[tuple[str, int]] = set()
    totals: dict[str, dict[int, tuple[int, int]]] = {}
    named: dict[str, set[int]] = {}  # the question numbers each check's rows name
    for row in rows:
        check = checks.get(row.code)
        if check is not None and row.number is not None:
            named.setdefault(row.code, set()).add(row.number)
        problem = _tally_row_error(row, check, len(ordered.get(row.code, [])))
        if not problem and (row.code, row.number) in seen:
            problem = f"câu {row.number} của mã {row.code} bị nhập hai lần"
        if problem:
            errors[f"dong_{row.row}"] = f"Dòng {row.row}: {problem}."
            continue
        seen.add((row.code, row.number))
        question = ordered[row.code][row.number - 1]
        totals.setdefault(row.code, {})[question] = (row.answered, row.correct)
    # A sheet replaces the check's totals: a question left out would lose its stored one.
    for code, numbers in named.items():
        missing = [str(n) for n in range(1, len(ordered[code]) + 1) if n not in numbers]
        if missing:
            errors[f"thieu_{code}"] = (
                f"Mã {code}: thiếu câu {', '.join(missing)} (mỗi câu một dòng; ghi 0 nếu không "
                "có ai trả lời)."
            )
    if not rows:
        errors[""] = "Tệp không có dòng số liệu nào."
    return totals, errors


@transaction.atomic
def check_tallies_import(*, rows: Sequence[Any], user: AnyUser | None) -> dict[str, int]:
    """Store paper totals of several checks from a workbook, all or nothing; return counts.

    Each row names a check by its code and a question by its number on the printed sheet;
    a check's earlier totals are replaced. Every bad row is named in Vietnamese.
    """
    codes = {row.code for row in rows if row.code}
    checks = {c.code: c for c in AwarenessCheck.objects.filter(code__in=codes)}
    totals, errors = _tally_totals(rows, checks)
    if errors:
        raise Refused(errors)
    with audit_covered("check_tallies_import"):
        for code, by_question in totals.items():
            check_tally_enter(check=checks[code], totals=by_question, user=user)
    audit_change(
        op="check_tallies_import",
        user=user,
        target="awareness.check:" + ",".join(str(checks[c].pk) for c in sorted(totals)),
        detail={"checks": len(totals), "rows": len(rows)},
    )
    return {"checks": len(totals), "rows": len(rows)}


@transaction.atomic
def check_tally_upload(
    *,
    check: AwarenessCheck,
    rows: Sequence[Any],
    cell_errors: Mapping[str, str],
    user: AnyUser | None,
) -> dict[str, int]:
    """Store one check's paper totals from its filled .xlsx template, all or nothing.

    `cell_errors` are the reader's (a word where a number goes), named by row like the rest;
    a row of another check's code is refused, so a template cannot fill someone else's check.
    """
    _require_tally_writer(user, check)
    errors = dict(cell_errors)
    foreign = [row for row in rows if row.code and row.code != check.code]
    for row in foreign:
        errors.setdefault(
            f"dong_{row.row}",
            f"Dòng {row.row}: mã {_code_shown(row.code)} không phải mã của lượt kiểm tra này "
            f"({check.code}).",
        )
    own = [row for row in rows if not row.code or row.code == check.code]
    totals, problems = _tally_totals(own, {check.code: check})
    if not own and (foreign or errors):
        problems.pop("", None)
    for key, message in problems.items():
        errors.setdefault(key, message)
    if errors:
        raise Refused(dict(sorted(errors.items(), key=lambda pair: _row_order(pair[0]))))
    with audit_covered("check_tally_upload"):
        check_tally_enter(check=check, totals=totals.get(check.code, {}), user=user)
    audit_change(
        op="check_tally_upload",
        user=user,
        target=f"awareness.check:{check.pk}",
        detail={"rows": len(rows)},
    )
    return {"rows": len(rows), "questions": len(totals.get(check.code, {}))}


def _row_order(key: str) -> int:
    """Return the row number of an error key ("dong_12"), 0 for the whole file."""
    number = key.removeprefix("dong_")
    return int(number) if number.isdigit() else 0
