"""Writes of study contests: the contest and its rounds, public entries, erasing entrants."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import random
import re
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, Unpack

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from lantoa.accounts.selectors import AnyUser
from lantoa.audit.services import audit_change
from lantoa.awareness.codes import code_new
from lantoa.awareness.models import (
    Contest,
    ContestEntry,
    ContestRound,
    Question,
    QuestionKind,
    QuestionStatus,
)
from lantoa.awareness.sheets import SheetQuestion, round_sheet
from lantoa.awareness.tickets import TICKET_MAX_AGE, phone_clean, ticket_read
from lantoa.awareness.writers import board_staff_only
from lantoa.campaigns.models import Campaign
from lantoa.core.errors import Refused
from lantoa.core.masking import names_person
from lantoa.core.text import fold
from lantoa.core.transactions import one_statement

MIN_QUESTIONS, MAX_QUESTIONS = 5, 30
# Contests are scored by the options ticked; other kinds of question stay for checks.
CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE)
PHONE = re.compile(r"^0\d{9}$")
DUPLICATE = "Đồng chí đã dự thi vòng này (mỗi người, mỗi thiết bị dự thi một lần mỗi vòng)."
ERASED_NAME = "(đã xóa theo thời hạn lưu trữ)"
CONTEST_STAFF = "Chỉ chuyên viên Ban Tuyên giáo và Dân vận quản lý cuộc thi."


class ContestTerms(TypedDict):
    """A contest's terms as board staff write them, at its creation and when they change it."""

    title: str
    rules: str
    consent: str
    retention_days: int
    winners: int


def contest_errors(*, title: str, consent: str, retention_days: int, winners: int) -> dict:
    """Return the Vietnamese message of each contest field that cannot be stored."""
    errors = {}
    if not title.strip():
        errors["title"] = "Chưa nhập tên cuộc thi."
    if not consent.strip():
        errors["consent"] = "Chưa nhập thông báo về việc thu thập, sử dụng dữ liệu cá nhân."
    if not 1 <= retention_days <= 3 * 365:
        errors["retention_days"] = "Thời hạn lưu trữ từ 1 đến 1095 ngày."
    if not 1 <= winners <= 100:
        errors["winners"] = "Số giải mỗi vòng từ 1 đến 100."
    return errors


def _checked_terms(user: AnyUser | None, terms: ContestTerms) -> dict[str, Any]:
    """Refuse anyone but board staff and terms that cannot be stored; return them as stored."""
    board_staff_only(user, CONTEST_STAFF)
    errors = contest_errors(
        title=terms["title"],
        consent=terms["consent"],
        retention_days=terms["retention_days"],
        winners=terms["winners"],
    )
    if errors:
        raise Refused(errors)
    texts = {name: terms[name].strip() for name in ("title", "rules", "consent")}
    return texts | {"retention_days": terms["retention_days"], "winners": terms["winners"]}


@transaction.atomic
def contest_create(
    *, campaign: Campaign, user: AnyUser | None, **terms: Unpack[ContestTerms]
) -> Contest:
    """Create a study contest of the campaign (board staff), its rounds added afterwards."""
    contest = Contest.objects.create(
        campaign=campaign, created_by_id=user.pk if user else None, **_checked_terms(user, terms)
    )
    audit_change(op="contest_create", user=user, target=f"awareness.contest:{contest.pk}")
    return contest


@transaction.atomic
def contest_update(
    *, contest: Contest, user: AnyUser | None, **terms: Unpack[ContestTerms]
) -> Contest:
    """Change a contest's title, rules, consent notice, retention period or prizes."""
    stored = _checked_terms(user, terms)
    contest = Contest.objects.select_for_update().get(pk=contest.pk)
    if contest.erased_at is not None:
        raise Refused("Cuộc thi đã hết thời hạn lưu trữ, không sửa được nữa.")
    # The prizes and the retention decide who wins and how long names are kept: the entry says
    # what they were and became (long texts: only that they changed).
    changed: dict[str, Any] = {}
    for name, value in stored.items():
        old = getattr(contest, name)
        if old != value:
            changed[name] = [old, value] if name in _SHOWN_TERMS else "đã sửa"
        setattr(contest, name, value)
    contest.save(update_fields=list(stored))
    audit_change(
        op="contest_update",
        user=user,
        target=f"awareness.contest:{contest.pk}",
        detail={"changed": changed},
    )
    return contest


_SHOWN_TERMS = ("title", "retention_days", "winners")


@transaction.atomic
def contest_round_add(
    *,
    contest: Contest,
    opens_at: datetime.datetime,
    closes_at: datetime.datetime,
    draw: int,
    tie_break: str,
    tie_break_answer: int | None,
    user: AnyUser | None,
    seed: int | None = None,
) -> ContestRound:
    """Add a round whose `draw` questions are drawn at random from the approved bank."""
    board_staff_only(user, CONTEST_STAFF)
    errors = {}
    if closes_at <= opens_at:
        errors["closes_at"] = "Thời điểm đóng phải sau thời điểm mở."
    elif closes_at <= timezone.now():
        errors["closes_at"] = "Thời điểm đóng phải sau bây giờ."
    if not tie_break.strip():
        errors["tie_break"] = "Chưa nhập câu hỏi phụ (dự đoán) để phân định khi bằng điểm."
    bank = list(
        Question.objects.filter(
            campaign_id=contest.campaign_id, status=QuestionStatus.APPROVED, kind__in=CHOICE_KINDS
        ).values_list("pk", flat=True)
    )
    if not MIN_QUESTIONS <= draw <= MAX_QUESTIONS:
        errors["draw"] = f"Mỗi vòng thi có từ {MIN_QUESTIONS} đến {MAX_QUESTIONS} câu hỏi."
    elif draw > len(bank):
        errors["draw"] = f"Ngân hàng chỉ có {len(bank)} câu hỏi trắc nghiệm đã duyệt."
    if errors:
        raise Refused(errors)
    contest = Contest.objects.select_for_update().get(pk=contest.pk)
    number = (contest.rounds.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    contest_round = ContestRound.objects.create(
        contest=contest,
        number=number,
        code=code_new(ContestRound),
        opens_at=opens_at,
        closes_at=closes_at,
        tie_break=tie_break.strip(),
        tie_break_answer=tie_break_answer,
    )
    contest_round.questions.set(random.Random(seed).sample(bank, draw))  # noqa: S311 - not a secret
    audit_change(op="contest_round_add", user=user, target=f"awareness.round:{contest_round.pk}")
    return contest_round


def _round_moved_to_now(
    contest_round: ContestRound, user: AnyUser | None, *, opening: bool
) -> ContestRound:
    """Open (or close) a round now: board staff, a round not yet closed, audited as such."""
    board_staff_only(user, CONTEST_STAFF)
    contest_round = ContestRound.objects.select_for_update().get(pk=contest_round.pk)
    now = timezone.now()
    if contest_round.closes_at <= now:
        raise Refused("Vòng thi đã đóng.")
    if opening and contest_round.opens_at <= now:
        raise Refused("Vòng thi đang mở.")
    if opening:
        contest_round.opens_at = now
    else:
        contest_round.closes_at = max(now, contest_round.opens_at)
    contest_round.save(update_fields=["opens_at" if opening else "closes_at"])
    op = "contest_round_open" if opening else "contest_round_close"
    audit_change(op=op, user=user, target=f"awareness.round:{contest_round.pk}")
    return contest_round


@transaction.atomic
def contest_round_open(*, contest_round: ContestRound, user: AnyUser | None) -> ContestRound:
    """Open a round now that was to open later (its closing time stays)."""
    return _round_moved_to_now(contest_round, user, opening=True)


@transaction.atomic
def contest_round_close(*, contest_round: ContestRound, user: AnyUser | None) -> ContestRound:
    """Close a round now, before its closing time."""
    return _round_moved_to_now(contest_round, user, opening=False)


def _key(*parts: object) -> str:
    message = ":".join(str(p) for p in parts).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _entry_errors(
    *,
    name: str,
    unit_id: int,
    phone: str,
    consent: bool,
    tie_break_guess: int | None,
    order: Sequence[int],
    answers: Mapping[int, Sequence[int]],
    questions: Mapping[int, SheetQuestion],
    unit_ok: bool,
) -> dict[str, str]:
    errors = {}
    if not 2 <= len(name.strip()) <= 120:
        errors["name"] = "Ghi họ và tên (từ 2 đến 120 ký tự)."
    elif names_person(name):
        # The name is shown on the results page and in exports; a phone typed into it is not
        # masked there as the phone field is.
        errors["name"] = (
            "Ô họ và tên không ghi số điện thoại, số định danh, thư điện tử hay tài khoản mạng "
            "xã hội; số điện thoại ghi ở ô riêng."
        )
    if not unit_ok:
        errors["unit"] = "Chọn đơn vị trong danh sách."
    if phone and not PHONE.match(phone):
        errors["phone"] = "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (có thể để trống)."
    if not consent:
        errors["consent"] = "Cần đồng ý với thông báo về dữ liệu cá nhân để dự thi."
    if tie_break_guess is None or tie_break_guess < 0:
        errors["tie_break"] = "Ghi số dự đoán (số nguyên, không âm)."
    for pk in order:
        chosen, question = answers.get(pk), questions.get(pk)
        if not chosen:
            errors[f"q{pk}"] = "Chưa trả lời câu hỏi này."
        elif question is not None and not _options_exist(question, chosen):
            # Only a forged post gets here: the page offers the question's options only.
            errors[f"q{pk}"] = "Chọn một phương án trong câu hỏi."
    return errors


def _options_exist(question: SheetQuestion, chosen: Sequence[int]) -> bool:
    """Tell whether the ticked options are the question's (one only, unless it takes several)."""
    if any(not 0 <= index < len(question.options) for index in chosen):
        return False
    return question.kind == QuestionKind.MULTIPLE or len(set(chosen)) == 1


def contest_enter(
    *,
    contest_round: ContestRound,
    ticket: str,
    token: str,
    name: str,
    unit_id: int,
    phone: str,
    consent: bool,
    answers: Mapping[int, Sequence[int]],
    tie_break_guess: int | None,
    now: datetime.datetime | None = None,
) -> ContestEntry:
    """Store one entrant's answers to an open round, once per person and once per device."""
    now = now or timezone.now()
    if not contest_round.opens_at <= now < contest_round.closes_at:
        raise Refused("Vòng thi chưa mở hoặc đã đóng.")
    if not token:
        raise Refused("Thiết bị chưa nhận được mã dự thi; vui lòng tải lại trang.")
    started, order = ticket_read(contest_round=contest_round, ticket=ticket)
    sheet = round_sheet(contest_round=contest_round)
    questions = sheet.questions
    if sorted(order) != sorted(questions) or now - started > TICKET_MAX_AGE or started > now:
        raise Refused("Phiếu dự thi không hợp lệ hoặc đã quá hạn; vui lòng tải lại trang.")
    phone = phone_clean(phone)
    errors = _entry_errors(
        name=name,
        unit_id=unit_id,
        phone=phone,
        consent=consent,
        tie_break_guess=tie_break_guess,
        order=order,
        answers=answers,
        questions=questions,
        unit_ok=unit_id in sheet.unit_ids,
    )
    if errors or tie_break_guess is None:
        raise Refused(errors)
    name = " ".join(name.split())
    person = _key("person", contest_round.pk, fold(name), unit_id, phone)
    device = _key("device", contest_round.pk, token)
    chosen = {pk: sorted(set(answers[pk])) for pk in order}
    score = sum(chosen[pk] == list(q.correct) for pk, q in questions.items())
    try:
        # Only the insert holds the write lock; a second entry of the same person or device in
        # the round (a double tap, two tabs, a second phone) meets the unique constraints.
        with one_statement():
            entry = ContestEntry.objects.create(
                round=contest_round,
                name=name,
                unit_id=unit_id,
                phone=phone,
                person=person,
                device=device,
                answers={str(pk): value for pk, value in chosen.items()},
                order=order,
                score=score,
                tie_break_guess=tie_break_guess,
                started_at=started,
                submitted_at=now,
                duration_ms=int((now - started).total_seconds() * 1000),
                consent_at=now,
            )
    except IntegrityError as exc:
        raise Refused(DUPLICATE) from exc
    # Not audited: the entry row is the record; see tests/audit/test_audited_services.py.
    return entry


@transaction.atomic
def contest_entries_erase(*, now: datetime.datetime | None = None) -> int:
    """Erase names and phones of contests whose last round closed over their retention ago."""
    now = now or timezone.now()
    erased = 0
    for contest in Contest.objects.select_for_update().filter(erased_at__isnull=True):
        last = contest.rounds.order_by("-closes_at").values_list("closes_at", flat=True).first()
        if last is None or last + datetime.timedelta(days=contest.retention_days) > now:
            continue
        # The person key hashes the name and phone: replaced too, so nothing can be matched.
        erased += ContestEntry.objects.filter(round__contest=contest, erased=False).update(
            name=ERASED_NAME,
            phone="",
            person=Concat(Value("erased:"), Cast("pk", CharField())),
            erased=True,
        )
        contest.erased_at = now
        contest.save(update_fields=["erased_at"])
        audit_change(
            op="contest_entries_erase",
            user=None,
            target=f"awareness.contest:{contest.pk}",
            detail={"retention_days": contest.retention_days},
        )
    return erased
