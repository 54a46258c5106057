"""Writes of the question bank: questions, their versions and a leader's approval, imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NotRequired, TypedDict, Unpack

from django.db import transaction
from django.utils import timezone

from lantoa.accounts.selectors import AnyUser, drafted_by, is_board_leader, own_draft_refusal
from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.awareness.models import Difficulty, Question, QuestionKind, QuestionStatus, QuestionTag
from lantoa.awareness.writers import board_staff_only
from lantoa.campaigns.models import Campaign
from lantoa.core.errors import Refused
from lantoa.core.text import fold

MAX_ACCEPTED = 10
MAX_ANSWER_LENGTH = 200


class QuestionContent(TypedDict):
    """What a question says, as every bank write (a page, an import, the demo) passes it."""

    kind: str
    text: str
    options: Sequence[str]
    correct: Sequence[int]
    tag: str
    difficulty: int
    accepted: NotRequired[Sequence[str]]


def _choice_errors(
    kind: str, options: Sequence[str], correct: Sequence[int], accepted: Sequence[str]
) -> dict[str, str]:
    errors: dict[str, str] = {}
    cleaned = [o.strip() for o in options]
    if kind == QuestionKind.SHORT:
        answers = [a.strip() for a in accepted]
        if cleaned:
            errors["options"] = (
                "Câu trả lời ngắn không có phương án; ghi các đáp án được chấp nhận."
            )
        if correct:
            errors["correct"] = "Câu trả lời ngắn không chọn phương án đúng."
        if not answers or not all(answers):
            errors["accepted"] = "Ghi ít nhất một đáp án được chấp nhận, không để trống."
        elif len(answers) > MAX_ACCEPTED or any(len(a) > MAX_ANSWER_LENGTH for a in answers):
            errors["accepted"] = (
                f"Tối đa {MAX_ACCEPTED} đáp án, mỗi đáp án không quá {MAX_ANSWER_LENGTH} ký tự."
            )
        return errors
    if any(a.strip() for a in accepted):
        errors["accepted"] = "Chỉ câu trả lời ngắn có đáp án được chấp nhận."
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


def question_errors(**content: Unpack[QuestionContent]) -> dict[str, str]:
    """Return the Vietnamese message of each field a question cannot be stored with."""
    errors: dict[str, str] = {}
    if content["kind"] not in QuestionKind.values:
        errors["kind"] = "Loại câu hỏi không hợp lệ."
    if not content["text"].strip():
        errors["text"] = "Chưa nhập nội dung câu hỏi."
    if content["tag"] not in QuestionTag.values:
        errors["tag"] = "Chưa chọn phần của văn bản mà câu hỏi kiểm tra."
    if content["difficulty"] not in Difficulty.values:
        errors["difficulty"] = "Độ khó là Dễ, Trung bình hoặc Khó."
    return errors | _choice_errors(
        content["kind"], content["options"], content["correct"], content.get("accepted", ())
    )


def _content(content: QuestionContent) -> dict[str, Any]:
    """Check a question's content and return it as stored (or raise the refusal per field)."""
    if content["kind"] == QuestionKind.TRUE_FALSE and not content["options"]:
        content = {**content, "options": ["Đúng", "Sai"]}
    errors = question_errors(**content)
    if errors:
        raise Refused(errors)
    answers: dict[str, str] = {}
    for answer in content.get("accepted", ()):
        answers.setdefault(fold(answer), answer.strip())  # one spelling per folded answer
    return {
        "kind": content["kind"],
        "text": content["text"].strip(),
        "options": [o.strip() for o in content["options"]],
        "correct": sorted(content["correct"]),
        "tag": content["tag"],
        "difficulty": content["difficulty"],
        "accepted": list(answers.values()),
    }


def _audit_question(question: Question, *, op: str, user: AnyUser | None, **detail: Any) -> None:
    """Record the change of one question of the bank (its version in `detail`)."""
    audit_change(op=op, user=user, target=f"awareness.question:{question.pk}", detail=detail)


@transaction.atomic
def question_create(
    *, campaign: Campaign, user: AnyUser | None, **content: Unpack[QuestionContent]
) -> Question:
    """Add a draft question to the campaign's bank (board staff; a leader approves it later)."""
    board_staff_only(user, "Chỉ chuyên viên Ban Tuyên giáo và Dân vận soạn câu hỏi.")
    question = Question.objects.create(
        campaign=campaign, created_by_id=user.pk if user else None, **_content(content)
    )
    _audit_question(question, op="question_create", user=user)
    return question


@transaction.atomic
def question_edit(
    *, question: Question, user: AnyUser | None, **content: Unpack[QuestionContent]
) -> Question:
    """Correct a draft in place; an approved question gets a new draft version instead.

    The approved version stays in use (and in the checks opened with it) until a leader
    approves the new one, which then supersedes it; a check never changes its questions.
    """
    board_staff_only(user, "Chỉ chuyên viên Ban Tuyên giáo và Dân vận sửa câu hỏi.")
    question = Question.objects.select_for_update().get(pk=question.pk)
    stored = _content(content)
    if question.status == QuestionStatus.SUPERSEDED:
        raise Refused("Câu hỏi này đã có phiên bản mới hơn; hãy sửa phiên bản đang dùng.")
    if all(getattr(question, name) == value for name, value in stored.items()):
        raise Refused("Nội dung câu hỏi không thay đổi.")
    if question.status == QuestionStatus.DRAFT:
        Question.objects.filter(pk=question.pk).update(**stored)
        question.refresh_from_db()
        _audit_question(
            question, op="question_edit", user=user, version=question.version, draft=True
        )
        return question
    pending = question.next_versions.filter(status=QuestionStatus.DRAFT).first()
    if pending is not None:
        raise Refused(
            f"Câu hỏi đang có phiên bản {pending.version} chờ duyệt; hãy sửa phiên bản đó."
        )
    version = Question.objects.create(
        campaign_id=question.campaign_id,
        created_by_id=user.pk if user else None,
        version=question.version + 1,
        previous=question,
        **stored,
    )
    _audit_question(
        version, op="question_edit", user=user, version=version.version, previous=question.pk
    )
    return version


@transaction.atomic
def question_approve(*, question: Question, user: AnyUser | None) -> Question:
    """Approve a draft for new checks (a board leader, or the system); it replaces its previous."""
    if user is not None and not is_board_leader(user=user):
        raise Refused("Chỉ lãnh đạo Ban duyệt câu hỏi.")
    question = Question.objects.select_for_update().get(pk=question.pk)
    if question.status != QuestionStatus.DRAFT:
        raise Refused("Câu hỏi đã được duyệt.")
    if user is not None and drafted_by(user=user, drafter_id=question.created_by_id):
        raise Refused(own_draft_refusal(noun="câu hỏi", approvers="lãnh đạo khác của Ban"))
    question.status = QuestionStatus.APPROVED
    question.approved_by_id = user.pk if user else None
    question.approved_at = timezone.now()
    question.save(update_fields=["status", "approved_by", "approved_at"])
    if question.previous_id is not None:
        # Checks opened with the earlier version keep it; new checks take this one.
        Question.objects.filter(pk=question.previous_id, status=QuestionStatus.APPROVED).update(
            status=QuestionStatus.SUPERSEDED
        )
    _audit_question(
        question,
        op="question_approve",
        user=user,
        version=question.version,
        supersedes=question.previous_id,
    )
    return question


def _row_content(row: Any) -> QuestionContent:
    """Return what a template row (bank/reader.py's BankRow) says of its question."""
    return QuestionContent(
        kind=row.kind,
        text=row.text,
        options=row.options,
        correct=row.correct,
        tag=row.tag,
        difficulty=row.difficulty,
        accepted=row.accepted,
    )


def _row_errors(row: Any) -> str:
    errors = question_errors(**_row_content(row))
    messages = ([row.problem] if row.problem else []) + list(errors.values())
    return "; ".join(m.rstrip(".") for m in messages)


@transaction.atomic
def question_bank_import(*, campaign: Campaign, rows: Sequence[Any], user: AnyUser | None) -> int:
    """Add a filled template's new questions as drafts, all or nothing; return how many."""
    board_staff_only(user, "Chỉ chuyên viên Ban Tuyên giáo và Dân vận nhập câu hỏi.")
    errors = {f"dong_{row.row}": f"{row.place}: {e}." for row in rows if (e := _row_errors(row))}
    if errors:
        # Each row's error is the Excel contract: a page shows them one a line, not joined.
        raise Refused(errors, problems=list(errors.values()))
    known = set(Question.objects.filter(campaign=campaign).values_list("text", flat=True))
    added = 0
    with audit_covered("question_bank_import"):
        for row in rows:
            if row.text.strip() in known:
                continue  # a question of the bank sent back in the template
            known.add(row.text.strip())
            question_create(campaign=campaign, user=user, **_row_content(row))
            added += 1
    audit_change(
        op="question_bank_import",
        user=user,
        target=f"campaigns.campaign:{campaign.pk}",
        detail={"added": added, "rows": len(rows)},
    )
    return added
