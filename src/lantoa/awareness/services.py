"""Writes of awareness checks: questions and approval, checks, anonymous answers, paper totals."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, board_unit_for_staff, can_at, is_board_leader
from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.awareness.models import (
    AwarenessCheck,
    CheckPhase,
    Difficulty,
    PaperTally,
    Question,
    QuestionKind,
    QuestionStatus,
    QuestionTag,
    Response,
    ResponseItem,
)
from lantoa.campaigns.models import Campaign, Channel
from lantoa.core.errors import Refused
from lantoa.reporting.models import Activity

MIN_QUESTIONS, MAX_QUESTIONS = 5, 10
# Codes are typed on phones: no 0/O, 1/I/L to misread.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
SESSION_CHANNELS = (Channel.CONFERENCE, Channel.CELL_MEETING)


def question_errors(
    *,
    kind: str,
    text: str,
    options: Sequence[str],
    correct: Sequence[int],
    tag: str,
    difficulty: int,
) -> dict[str, str]:
    """Return the Vietnamese message of each field a question cannot be stored with."""
    errors: dict[str, str] = {}
    if kind not in QuestionKind.values:
        errors["kind"] = "Loại câu hỏi không hợp lệ."
    if not text.strip():
        errors["text"] = "Chưa nhập nội dung câu hỏi."
    if tag not in QuestionTag.values:
        errors["tag"] = "Chưa chọn phần của văn bản mà câu hỏi kiểm tra."
    if difficulty not in Difficulty.values:
        errors["difficulty"] = "Độ khó là Dễ, Trung bình hoặc Khó."
    cleaned = [o.strip() for o in options]
    if kind == QuestionKind.TRUE_FALSE:
        if cleaned != ["Đúng", "Sai"]:
            errors["options"] = "Câu hỏi Đúng / Sai có đúng hai phương án: Đúng, Sai."
    elif len(cleaned) < 2 or len(cleaned) > 6 or not all(cleaned):
        errors["options"] = "Cần từ 2 đến 6 phương án, không để trống phương án nào."
    elif len(set(cleaned)) != len(cleaned):
        errors["options"] = "Hai phương án trùng nhau."
    if "options" not in errors:
        if not correct or any(not 0 <= c < len(cleaned) for c in correct):
            errors["correct"] = "Chưa chọn phương án đúng."
        elif kind != QuestionKind.MULTIPLE and len(correct) != 1:
            errors["correct"] = "Câu hỏi này chỉ có một phương án đúng."
        elif len(set(correct)) != len(correct):
            errors["correct"] = "Phương án đúng bị lặp."
    return errors


@transaction.atomic
def question_create(
    *,
    campaign: Campaign,
    kind: str,
    text: str,
    options: Sequence[str],
    correct: Sequence[int],
    tag: str,
    difficulty: int,
    user: AnyUser | None,
) -> Question:
    """Add a draft question to the campaign's bank (board staff; a leader approves it later)."""
    if user is not None and board_unit_for_staff(user=user) is None:
        raise Refused("Chỉ chuyên viên Ban Tuyên giáo và Dân vận soạn câu hỏi.")
    if kind == QuestionKind.TRUE_FALSE and not options:
        options = ["Đúng", "Sai"]
    errors = question_errors(
        kind=kind, text=text, options=options, correct=correct, tag=tag, difficulty=difficulty
    )
    if errors:
        raise Refused(errors)
    question = Question.objects.create(
        campaign=campaign,
        kind=kind,
        text=text.strip(),
        options=[o.strip() for o in options],
        correct=sorted(correct),
        tag=tag,
        difficulty=difficulty,
        created_by_id=user.pk if user else None,
    )
    audit_change(op="question_create", user=user, target=f"awareness.question:{question.pk}")
    return question


@transaction.atomic
def question_approve(*, question: Question, user: AnyUser | None) -> Question:
    """Approve a draft question for use in checks (a leader of the board, or the system)."""
    if user is not None and not is_board_leader(user=user):
        raise Refused("Chỉ lãnh đạo Ban duyệt câu hỏi.")
    question = Question.objects.select_for_update().get(pk=question.pk)
    if question.status == QuestionStatus.APPROVED:
        raise Refused("Câu hỏi đã được duyệt.")
    question.status = QuestionStatus.APPROVED
    question.approved_by_id = user.pk if user else None
    question.approved_at = timezone.now()
    question.save(update_fields=["status", "approved_by", "approved_at"])
    audit_change(op="question_approve", user=user, target=f"awareness.question:{question.pk}")
    return question


def _new_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if not AwarenessCheck.objects.filter(code=code).exists():
            return code


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
    if errors:
        raise Refused(errors)
    check = AwarenessCheck.objects.create(
        campaign_id=activity.campaign_id,
        unit_id=activity.unit_id,
        activity=activity,
        phase=phase,
        title=title.strip() or f"{activity.title} ({CheckPhase(phase).label.lower()})",
        code=_new_code(),
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


def _is_right(question: Question, chosen: Sequence[int]) -> bool:
    return sorted(set(chosen)) == sorted(question.correct)


@transaction.atomic
def check_answer(
    *,
    check: AwarenessCheck,
    token: str,
    answers: Mapping[int, Sequence[int]],
    now: datetime.datetime | None = None,
) -> Response:
    """Store one device's anonymous answers while the check is open, once per device."""
    now = now or timezone.now()
    if now >= check.closes_at:
        raise Refused("Lượt kiểm tra đã đóng.")
    if not token:
        raise Refused("Thiết bị chưa nhận được mã trả lời; vui lòng tải lại trang.")
    questions = list(check.questions.all())
    missing = [q for q in questions if not answers.get(q.pk)]
    if missing:
        raise Refused({f"q{q.pk}": "Chưa trả lời câu hỏi này." for q in missing})
    device = device_key(check=check, token=token)
    if Response.objects.filter(check_ref=check, device=device).exists():
        raise Refused("Thiết bị này đã trả lời lượt kiểm tra này.")
    rights = {q.pk: _is_right(q, answers[q.pk]) for q in questions}
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


@transaction.atomic
def check_tally_enter(
    *,
    check: AwarenessCheck,
    totals: Mapping[int, tuple[int, int]],
    user: AnyUser | None,
) -> list[PaperTally]:
    """Store a paper sheet's totals per question (answering, correct), replacing earlier ones."""
    if user is not None and not can_at(user=user, unit=check.unit, can=Capability.REPORTING_WRITE):
        raise Refused("Bạn không được nhập kết quả cho đơn vị này.")
    errors: dict[str, str] = {}
    questions = list(check.questions.all())
    for q in questions:
        answered, correct = totals.get(q.pk, (0, 0))
        if answered < 0 or correct < 0:
            errors[f"q{q.pk}"] = "Số người không được âm."
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


def _row_errors(row: Any) -> str:
    errors = question_errors(
        kind=row.kind,
        text=row.text,
        options=row.options,
        correct=row.correct,
        tag=row.tag,
        difficulty=row.difficulty,
    )
    messages = ([row.problem] if row.problem else []) + list(errors.values())
    return "; ".join(m.rstrip(".") for m in messages)


@transaction.atomic
def question_bank_import(*, campaign: Campaign, rows: Sequence[Any], user: AnyUser | None) -> int:
    """Add a filled template's new questions as drafts, all or nothing; return how many."""
    if user is not None and board_unit_for_staff(user=user) is None:
        raise Refused("Chỉ chuyên viên Ban Tuyên giáo và Dân vận nhập câu hỏi.")
    errors = {f"dong_{row.row}": f"Dòng {row.row}: {e}." for row in rows if (e := _row_errors(row))}
    if errors:
        raise Refused(errors)
    known = set(Question.objects.filter(campaign=campaign).values_list("text", flat=True))
    added = 0
    with audit_covered("question_bank_import"):
        for row in rows:
            if row.text.strip() in known:
                continue  # a question of the bank sent back in the template
            known.add(row.text.strip())
            question_create(
                campaign=campaign,
                kind=row.kind,
                text=row.text,
                options=row.options,
                correct=row.correct,
                tag=row.tag,
                difficulty=row.difficulty,
                user=user,
            )
            added += 1
    audit_change(
        op="question_bank_import",
        user=user,
        target=f"campaigns.campaign:{campaign.pk}",
        detail={"added": added, "rows": len(rows)},
    )
    return added
