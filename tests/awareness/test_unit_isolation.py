"""A unit's awareness checks and surveys are its own; the bank and contests the province's."""

import pytest

from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    UnitScoped,
    World,
    board_only_test,
    foreign_404_test,
    no_units_404_test,
    province_only_test,
    r,
    survey_of,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# route -> (own URLs that must answer 200, foreign URLs that must answer 404)
UNIT_SCOPED: UnitScoped = {
    # Awareness checks: a session's checks (open one, its code and QR, paper totals) and the
    # campaign's results, both for the units the user reads.
    "awareness:activity": lambda w: (
        [r("awareness:activity", w.own_activity)],
        [r("awareness:activity", w.foreign_activity)],
    ),
    "awareness:results": lambda w: (
        [r("awareness:results", w.shared_campaign)],
        [r("awareness:results", w.foreign_campaign)],
    ),
    # The campaign's list of checks and its surveys, for the units the user reads; a survey's
    # aggregates and their .xlsx (open answers for the board only: tests/awareness).
    "awareness:checks": lambda w: (
        [r("awareness:checks", w.shared_campaign)],
        [r("awareness:checks", w.foreign_campaign)],
    ),
    "awareness:chart": lambda w: (
        [r("awareness:chart", w.shared_campaign)],
        [r("awareness:chart", w.foreign_campaign)],
    ),
    "awareness:surveys": lambda w: (
        [r("awareness:surveys", w.shared_campaign)],
        [r("awareness:surveys", w.foreign_campaign)],
    ),
    "awareness:survey": lambda w: (
        [r("awareness:survey", survey_of(w, w.own_unit))],
        [r("awareness:survey", survey_of(w, w.foreign_unit))],
    ),
    "awareness:survey_export": lambda w: (
        [r("awareness:survey_export", survey_of(w, w.own_unit))],
        [r("awareness:survey_export", survey_of(w, w.foreign_unit))],
    ),
    # A check's printable paper answer sheet (PDF), for the units that read its session.
    "awareness:paper_sheet": lambda w: (
        [r("awareness:paper_sheet", awareness_check(w.own_activity))],
        [r("awareness:paper_sheet", awareness_check(w.foreign_activity))],
    ),
    # Its pre-filled .xlsx tally template (read like the sheet), and the upload of the filled
    # one (the unit's writers: tests/awareness/test_tally_template.py).
    "awareness:tally_template": lambda w: (
        [r("awareness:tally_template", awareness_check(w.own_activity))],
        [r("awareness:tally_template", awareness_check(w.foreign_activity))],
    ),
    "awareness:tally_upload": lambda w: (
        [r("awareness:tally_upload", awareness_check(w.own_activity))],
        [r("awareness:tally_upload", awareness_check(w.foreign_activity))],
    ),
}


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY: Routes = {
    # The question bank: board staff write, a board leader approves (tests/awareness).
    "awareness:bank": lambda w: [r("awareness:bank", w.shared_campaign)],
    "awareness:bank_xlsx": lambda w: [r("awareness:bank_xlsx", w.shared_campaign)],
    "awareness:bank_docx": lambda w: [r("awareness:bank_docx", w.shared_campaign)],
    # One question: its versions, and the edit that makes a new one (tests/awareness).
    "awareness:question": lambda w: [r("awareness:question", bank_questions(w.shared_campaign)[0])],
    # Study contests: the board's pages, results and the export with masked phones.
    "awareness:contests": lambda w: [r("awareness:contests", w.shared_campaign)],
    "awareness:contest": lambda w: [r("awareness:contest", study_contest(w))],
    "awareness:contest_results": lambda w: [r("awareness:contest_results", study_contest(w))],
    "awareness:contest_export": lambda w: [r("awareness:contest_export", study_contest(w))],
    # Correcting a survey before its first answer: board staff write, a leader reads the form.
    "awareness:survey_edit": lambda w: [r("awareness:survey_edit", survey_of(w, w.own_unit))],
}


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    # The prize committee's list with whole phone numbers: board staff only (a leader gets 403).
    "awareness:contest_prize_export": lambda w: [
        r("awareness:contest_prize_export", study_contest(w))
    ],
}


def bank_questions(campaign: object) -> list:
    """Five approved questions of a campaign's bank (made once)."""
    from lantoa.audit.context import audit_covered
    from lantoa.awareness.models import Question
    from lantoa.awareness.services import question_approve, question_create

    found = list(Question.objects.filter(campaign=campaign, status="approved")[:5])
    with audit_covered("test set-up"):
        for i in range(len(found), 5):
            question = question_create(
                campaign=campaign,  # type: ignore[arg-type]
                kind="true_false",
                text=f"Câu hỏi thử {i}?",
                options=[],
                correct=[0],
                tag="quan_diem",
                difficulty=1,
                user=None,
            )
            found.append(question_approve(question=question, user=None))
    return found


def awareness_check(activity: object) -> object:
    """An awareness check of an activity's unit (made directly: the world's are oral talks)."""
    import datetime

    from django.utils import timezone

    from lantoa.awareness.models import AwarenessCheck

    check = AwarenessCheck.objects.filter(activity=activity).first()
    if check is None:
        check = AwarenessCheck.objects.create(
            campaign_id=activity.campaign_id,  # type: ignore[attr-defined]
            unit_id=activity.unit_id,  # type: ignore[attr-defined]
            activity=activity,
            phase="before",
            title="Kiểm tra thử",
            code=f"T{activity.pk:05d}",  # type: ignore[attr-defined]
            closes_at=timezone.now() + datetime.timedelta(hours=1),
        )
        check.questions.set(bank_questions(activity.campaign))  # type: ignore[attr-defined]
    return check


def study_contest(w: World) -> object:
    """A study contest of the shared campaign with one entry (province-wide: board, leaders)."""
    import datetime

    from django.utils import timezone

    from lantoa.awareness.models import Contest, ContestEntry, ContestRound

    contest = Contest.objects.filter(campaign=w.shared_campaign).first()
    if contest is None:
        now = timezone.now()
        contest = Contest.objects.create(
            campaign=w.shared_campaign, title="Cuộc thi thử", consent="Đồng ý."
        )
        contest_round = ContestRound.objects.create(
            contest=contest,
            number=1,
            code="THU123",
            opens_at=now,
            closes_at=now + datetime.timedelta(hours=1),
        )
        ContestEntry.objects.create(
            round=contest_round,
            name="Người thi thử",
            unit=w.own_unit,
            phone="0912345678",
            person="p",
            device="d",
            score=1,
            tie_break_guess=1,
            started_at=now,
            submitted_at=now,
            duration_ms=1000,
            consent_at=now,
        )
    return contest


# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)
test_it_shows_province_pages_to_the_board_and_leaders_only = province_only_test(PROVINCE_ONLY)
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)
