"""The demo's study contest: one KL 51 round open now with plausible entries, loaded once."""

from __future__ import annotations

import datetime
import random

from django.db import transaction
from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.awareness.demo import DEMO_MARK
from lantoa.awareness.models import Contest
from lantoa.awareness.services_contests import contest_create, contest_enter, contest_round_add
from lantoa.awareness.sheets import round_sheet
from lantoa.awareness.tickets import ticket_issue, ticket_read
from lantoa.campaigns.models import Campaign

TITLE = f"{DEMO_MARK}Cuộc thi tìm hiểu Kết luận số 51-KL/TW về công tác sở hữu trí tuệ"
RULES = (
    "Mỗi vòng thi gồm 10 câu hỏi trắc nghiệm và một câu hỏi phụ dự đoán số lượt dự thi. "
    "Xếp giải theo số câu trả lời đúng; bằng nhau thì xét dự đoán gần đúng nhất, rồi thời gian "
    "làm bài ngắn hơn. Mỗi người, mỗi thiết bị dự thi một lần mỗi vòng."
)
CONSENT = (
    "Ban Tổ chức thu thập họ tên, đơn vị và số điện thoại (nếu có) chỉ để chấm và trao giải. "
    "Họ tên, số điện thoại được xóa 90 ngày sau khi vòng thi cuối kết thúc."
)
FAMILY = ["Lò", "Quàng", "Lường", "Cà", "Nguyễn", "Trần", "Lê", "Vì", "Tòng", "Hoàng"]
GIVEN = ["Văn Hùng", "Thị Mai", "Văn Phong", "Thị Hoa", "Văn Thắng", "Thị Lan", "Văn Dũng"]
ENTRIES = 18


def contest_load_demo(campaign: Campaign) -> str:
    """Load the contest and its open round with entries, marked as demo; return a summary line."""
    if Contest.objects.filter(campaign=campaign, title__startswith=DEMO_MARK).exists():
        return "Cuộc thi tìm hiểu: đã nạp."
    rng = random.Random(5151)  # noqa: S311 - plausible demo entries, not a secret
    now = timezone.now()
    with transaction.atomic(), audit_covered("contest_load_demo"):
        contest = contest_create(
            campaign=campaign,
            title=TITLE,
            rules=RULES,
            consent=CONSENT,
            retention_days=90,
            winners=3,
            user=None,
        )
        contest_round = contest_round_add(
            contest=contest,
            opens_at=now - datetime.timedelta(days=2),
            closes_at=now + datetime.timedelta(days=12),
            draw=10,
            tie_break="Dự đoán có bao nhiêu lượt dự thi vòng này?",
            tie_break_answer=None,
            user=None,
            seed=51,
        )
        sheet = round_sheet(contest_round=contest_round)
        units = sorted(sheet.unit_ids)[:6]
        for number in range(ENTRIES):
            ticket = ticket_issue(
                contest_round=contest_round,
                now=now - datetime.timedelta(seconds=rng.randint(120, 900)),
            )
            order = ticket_read(contest_round=contest_round, ticket=ticket)[1]
            share = rng.uniform(0.5, 1.0)
            answers = {}
            for pk in order:
                q = sheet.questions[pk]
                wrong = [i for i in range(len(q.options)) if i not in q.correct] or [0]
                answers[pk] = list(q.correct) if rng.random() < share else [rng.choice(wrong)]
            contest_enter(
                contest_round=contest_round,
                ticket=ticket,
                token=f"demo-contest-{number}",
                name=f"{rng.choice(FAMILY)} {rng.choice(GIVEN)} ({number + 1})",
                unit_id=rng.choice(units),
                phone=f"0900000{number:03d}" if number % 2 else "",
                consent=True,
                answers=answers,
                tie_break_guess=rng.randint(10, 40),
                now=now,
            )
    return (
        f"Cuộc thi tìm hiểu: vòng 1 mở đến {timezone.localtime(contest_round.closes_at):%d/%m/%Y}"
        f" tại /cuoc-thi/{contest_round.code}/, {ENTRIES} bài dự thi minh họa (có ghi minh họa)."
    )
