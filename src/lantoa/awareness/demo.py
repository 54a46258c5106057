"""Demo awareness checks of the KL 51 campaign: an approved bank and two sessions' checks."""

from __future__ import annotations

import datetime
import random

from django.db import transaction
from django.utils import timezone

from lantoa.audit.context import audit_covered
from lantoa.awareness.models import AwarenessCheck, Question
from lantoa.awareness.selectors import session_lock
from lantoa.awareness.services import (
    check_answer,
    check_close,
    check_open,
    question_approve,
    question_create,
)
from lantoa.campaigns.models import Campaign, Channel
from lantoa.reporting.models import Activity

DEMO_MARK = "[Minh họa] "
TF = ["Đúng", "Sai"]
# (kind, tag, difficulty, text, options, right options)
QUESTIONS = [
    (
        "single",
        "quan_diem",
        1,
        "Kết luận số 51-KL/TW của Bộ Chính trị bàn về nội dung nào?",
        [
            "Đẩy mạnh công tác sở hữu trí tuệ phục vụ phát triển kinh tế - xã hội",
            "Công tác tuyển sinh đại học",
            "Quy hoạch giao thông nông thôn",
        ],
        [0],
    ),
    (
        "true_false",
        "quan_diem",
        1,
        "Sở hữu trí tuệ góp phần thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
        TF,
        [0],
    ),
    (
        "single",
        "muc_tieu",
        2,
        "Mục đích của việc quán triệt Kết luận số 51-KL/TW trong tỉnh là gì?",
        [
            "Nhận thức đầy đủ, sâu sắc quan điểm, mục tiêu, nhiệm vụ, giải pháp của Kết luận",
            "Chỉ phổ biến cho doanh nghiệp lớn",
            "Thay thế Luật Sở hữu trí tuệ",
        ],
        [0],
    ),
    (
        "true_false",
        "muc_tieu",
        2,
        "Việc tuyên truyền Kết luận số 51-KL/TW chỉ cần làm một lần trong tháng cao điểm.",
        TF,
        [1],
    ),
    (
        "single",
        "nhiem_vu",
        2,
        "Chỉ dẫn địa lý dùng để chỉ điều gì?",
        [
            "Sản phẩm có nguồn gốc từ một vùng, có chất lượng, danh tiếng do vùng đó quyết định",
            "Địa chỉ trụ sở của doanh nghiệp",
            "Bản đồ hành chính của tỉnh",
        ],
        [0],
    ),
    (
        "true_false",
        "nhiem_vu",
        2,
        "Gạo trồng ngoài vùng được bảo hộ vẫn được ghi chỉ dẫn địa lý gạo Điện Biên.",
        TF,
        [1],
    ),
    (
        "single",
        "giai_phap",
        1,
        "Chương trình OCOP là chương trình gì?",
        ["Mỗi xã một sản phẩm", "Mỗi nhà một cây xanh", "Mỗi bản một nhà văn hóa"],
        [0],
    ),
    (
        "multiple",
        "giai_phap",
        3,
        "Những việc nào giúp bảo vệ thương hiệu sản phẩm của địa phương?",
        [
            "Đăng ký bảo hộ nhãn hiệu",
            "Ghi nhật ký sản xuất, truy xuất nguồn gốc",
            "Cho cơ sở khác dùng tên sản phẩm tùy ý",
            "Dán tem, nhãn đúng quy định",
        ],
        [0, 1, 3],
    ),
    (
        "true_false",
        "giai_phap",
        2,
        "Làm giả nhãn hiệu đã được bảo hộ là hành vi vi phạm pháp luật.",
        TF,
        [0],
    ),
    (
        "single",
        "huong_dan",
        2,
        "Theo Hướng dẫn, cơ quan nào phối hợp phát hiện, xử lý hành vi phát tán thông tin xuyên "
        "tạc Kết luận số 51-KL/TW trên không gian mạng?",
        ["Đảng bộ Công an tỉnh", "Hội Nông dân xã", "Trường trung học phổ thông"],
        [0],
    ),
    (
        "single",
        "huong_dan",
        3,
        "Báo chí trong tỉnh được giao tăng cường giới thiệu nội dung nào?",
        [
            "Mô hình, sản phẩm, doanh nghiệp tiêu biểu trong bảo hộ sở hữu trí tuệ",
            "Quảng cáo sản phẩm nhập khẩu",
            "Tin giải trí",
        ],
        [0],
    ),
    (
        "true_false",
        "huong_dan",
        1,
        "Cấp ủy cơ sở gắn tuyên truyền Kết luận với phát triển sản phẩm chủ lực, sản phẩm OCOP.",
        TF,
        [0],
    ),
]
# (phase, share of questions right on average): plausible before and after a session.
PHASES = [("before", 0.55), ("after", 0.8)]
PEOPLE = 24
WHEN = {"before": "trước buổi học", "after": "sau buổi học"}


def _bank(campaign: Campaign) -> list[Question]:
    bank = []
    for kind, tag, difficulty, text, options, right in QUESTIONS:
        question = question_create(
            campaign=campaign,
            kind=kind,
            text=text,
            options=options,
            correct=right,
            tag=tag,
            difficulty=difficulty,
            user=None,
        )
        bank.append(question_approve(question=question, user=None))
    return bank


def _answers(rng: random.Random, questions: list[Question], share: float) -> dict[int, list[int]]:
    answers = {}
    for q in questions:
        wrong = [i for i in range(len(q.options)) if i not in q.correct] or [0]
        answers[q.pk] = list(q.correct) if rng.random() < share else [rng.choice(wrong)]
    return answers


def awareness_load_demo(campaign: Campaign) -> str:
    """Load the bank and the checks once, marked as demo; return a line for the summary."""
    if (
        AwarenessCheck.objects.filter(campaign=campaign, title__startswith=DEMO_MARK).exists()
        or Question.objects.filter(campaign=campaign, text=QUESTIONS[0][3]).exists()
    ):
        return "Kiểm tra nhận thức: đã nạp."
    conferences = Activity.objects.filter(
        campaign=campaign, channel=Channel.CONFERENCE, is_deleted=False
    ).order_by("date", "pk")
    # Sessions an accepted report has locked take no new check (check_open refuses them).
    sessions = [s for s in conferences if session_lock(s) is None][:2]
    rng = random.Random(51)  # noqa: S311 - plausible demo answers, not a secret
    with transaction.atomic(), audit_covered("awareness_load_demo"):
        bank = _bank(campaign)
        for number, session in enumerate(sessions):
            chosen = bank[number * 4 : number * 4 + 8]
            for phase, share in PHASES:
                check = check_open(
                    activity=session,
                    phase=phase,
                    questions=chosen,
                    user=None,
                    closes_at=timezone.now() + datetime.timedelta(minutes=5),
                    title=f"{DEMO_MARK}{session.title[:200]} ({WHEN[phase]})",
                )
                for person in range(PEOPLE):
                    answers = _answers(rng, chosen, share)
                    check_answer(check=check, token=f"demo-{check.pk}-{person}", answers=answers)
                check_close(check=check, user=None)
    return (
        f"Kiểm tra nhận thức: {len(bank)} câu hỏi đã duyệt, {2 * len(sessions)} lượt kiểm tra "
        f"tại {len(sessions)} hội nghị minh họa, mỗi lượt {PEOPLE} bài trả lời (có ghi minh họa)."
    )
