"""The demo survey of the KL 51 campaign: cadres of the board's area, answered and closed."""

from __future__ import annotations

import random

from django.db import transaction

from lantoa.audit.context import audit_covered
from lantoa.awareness.models import Survey, SurveyItemKind
from lantoa.awareness.surveys.services import (
    survey_answer,
    survey_close,
    survey_create,
    survey_open,
)
from lantoa.campaigns.models import Campaign

DEMO_TITLE = "[Minh họa] Khảo sát nhận thức và sự đồng tình về Kết luận số 51-KL/TW"
ITEMS = [
    (
        SurveyItemKind.UNDERSTANDING,
        "Đồng chí hiểu các quan điểm của Kết luận số 51-KL/TW ở mức nào?",
    ),
    (
        SurveyItemKind.UNDERSTANDING,
        "Đồng chí hiểu thế nào là chỉ dẫn địa lý, nhãn hiệu chứng nhận của sản phẩm địa phương?",
    ),
    (
        SurveyItemKind.UNDERSTANDING,
        "Đồng chí nắm được trách nhiệm thực thi quyền sở hữu trí tuệ của cơ quan, đơn vị mình?",
    ),
    (
        SurveyItemKind.SUPPORT,
        "Đồng chí đồng tình với việc xây dựng, bảo hộ nhãn hiệu cho sản phẩm OCOP của tỉnh?",
    ),
    (
        SurveyItemKind.SUPPORT,
        "Đồng chí ủng hộ việc xử lý nghiêm hành vi xâm phạm quyền sở hữu trí tuệ?",
    ),
    (SurveyItemKind.OPEN, "Đồng chí đề xuất gì để việc tuyên truyền Kết luận hiệu quả hơn?"),
]
# Plausible weights of the points 1–5 for understanding and for support.
WEIGHTS: dict[str, list[int]] = {
    SurveyItemKind.UNDERSTANDING: [2, 6, 22, 45, 25],
    SurveyItemKind.SUPPORT: [1, 3, 10, 40, 46],
}
SUGGESTIONS = [
    "Nên có thêm tài liệu hỏi đáp ngắn về chỉ dẫn địa lý gạo Điện Biên.",
    "Đề nghị tổ chức tọa đàm với doanh nghiệp, hợp tác xã có sản phẩm OCOP.",
    "Cần phát trên loa truyền thanh cơ sở bằng tiếng dân tộc.",
    "Mong có ví dụ cụ thể về xử lý vi phạm nhãn hiệu tại địa phương.",
    "Lồng ghép vào sinh hoạt chi bộ hằng tháng.",
    "",
    "",
]
ANSWERS = 36
TARGET = 60


def survey_load_demo(campaign: Campaign) -> str:
    """Load one closed, answered survey of cadres once, marked as demo; return a summary line."""
    if Survey.objects.filter(campaign=campaign, title=DEMO_TITLE).exists():
        return "Phiếu khảo sát: đã nạp."
    rng = random.Random(5151)  # noqa: S311 - plausible demo answers, not a secret
    with transaction.atomic(), audit_covered("survey_load_demo"):
        survey = survey_create(
            campaign=campaign,
            unit=campaign.owner,
            audience="can_bo_dang_vien",
            title=DEMO_TITLE,
            intro="Phiếu không ghi tên, chỉ dùng để tổng hợp. Xin cảm ơn đồng chí.",
            target_size=TARGET,
            items=[(str(kind), text) for kind, text in ITEMS],
            user=None,
        )
        survey = survey_open(survey=survey, user=None)
        items = list(survey.items.all())
        for person in range(ANSWERS):
            survey_answer(
                survey=survey,
                token=f"demo-survey-{person}",
                values={
                    item.pk: rng.choices([1, 2, 3, 4, 5], weights=WEIGHTS[item.kind])[0]
                    for item in items
                    if item.is_likert
                },
                texts={item.pk: rng.choice(SUGGESTIONS) for item in items if not item.is_likert},
            )
        survey_close(survey=survey, user=None)
    return (
        f"Phiếu khảo sát: 1 phiếu khảo sát cán bộ đã đóng, {ANSWERS} phiếu trả lời ẩn danh "
        f"(chỉ tiêu {TARGET}, có ghi minh họa)."
    )
