"""What a guidance's draft still lacks: each check stated once, for the parse and the review screen.

The parser reports them on the text as read; the review screen asks them again of the draft as
it stands, so a flag goes once the reviewer has given what it asks for.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

# Each check names the field it asks for (the screen's flag leads to it), what it says, and
# reads the draft's fields by their names on the review screen (CampaignProposal's).
FieldCheck = tuple[str, str, Callable[[Mapping[str, Any]], bool]]

FIELD_CHECKS: tuple[FieldCheck, ...] = (
    (
        "doc_type",
        "Chưa xác định được loại văn bản (Hướng dẫn, Kế hoạch, Công văn…).",
        lambda v: not v["doc_type"],
    ),
    (
        "doc_number",
        'Chưa xác định được số, ký hiệu của văn bản (không có dòng "Số …" ở phần đầu).',
        lambda v: not v["doc_number"],
    ),
    ("issuer", "Chưa xác định được cơ quan ban hành.", lambda v: not v["issuer"]),
    ("doc_date", "Chưa xác định được ngày ban hành.", lambda v: not v["doc_date"]),
    ("doc_place", "Chưa xác định được địa danh ban hành.", lambda v: not v["doc_place"]),
    (
        "subject_number",
        "Chưa xác định được văn bản chỉ đạo được tuyên truyền (trích yếu).",
        lambda v: not v["subject_number"],
    ),
    # Asked only of a directive that has a number: without one the line above says it all.
    (
        "subject_date",
        "Chưa rõ ngày của văn bản chỉ đạo.",
        lambda v: bool(v["subject_number"]) and not v["subject_date"],
    ),
    (
        "subject_issuer",
        "Chưa rõ cơ quan ban hành văn bản chỉ đạo.",
        lambda v: bool(v["subject_number"]) and not v["subject_issuer"],
    ),
    (
        "channels",
        "Chưa xác định được hình thức tuyên truyền (kênh).",
        lambda v: not v["channels"],
    ),
    (
        "peak_start",
        "Chưa xác định được thời gian thực hiện / cao điểm.",
        lambda v: not (v["peak_start"] or v["peak_end"] or v["continuous"]),
    ),
    ("recipients", 'Không tìm thấy mục "Nơi nhận".', lambda v: not v["recipients"]),
    ("signer_name", "Chưa xác định được người ký.", lambda v: not v["signer_name"]),
    ("signer_title", "Chưa xác định được chức vụ người ký.", lambda v: not v["signer_title"]),
)
FIELD_MESSAGES = frozenset(message for _field, message, _missing in FIELD_CHECKS)


def fields_missing(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Return the field and message of each field check the values fail, in the checks' order."""
    return [(field, message) for field, message, missing in FIELD_CHECKS if missing(values)]


# The parser's word on a text whose groups it could not read; the draft answers it with groups.
NO_PART_FLAG = 'Không tìm thấy phần "Tổ chức thực hiện": chưa tách được nhóm đơn vị và nhiệm vụ.'
UNNUMBERED_PART_FLAG = (
    'Phần "Tổ chức thực hiện" không có các mục đánh số theo đơn vị; cần phân nhóm thủ công.'
)
NO_GROUP_FLAGS = frozenset({NO_PART_FLAG, UNNUMBERED_PART_FLAG})
_GROUP_KIND_START = "Chưa xác định được loại đơn vị của nhóm"
_UNDATED_TASK_MARK = "chưa quy ra được ngày"


def group_kind_flag(*, heading: str, ref: str) -> str:
    """Return the parser's flag on a group it found no kind of unit for."""
    return f'{_GROUP_KIND_START} "{heading}" ({ref}).'


def undated_within_days(*, kind: str, due: datetime.date | None) -> bool:
    """Say whether a deadline counted in days from an unknown start has no due date yet."""
    return kind == "within_days" and due is None


def undated_task_flag(*, name: str, deadline_text: str) -> str:
    """Return the flag on a task whose deadline in days gives no due date."""
    return (
        f'{name}: thời hạn "{deadline_text}" {_UNDATED_TASK_MARK} (không rõ ngày bắt đầu '
        "tính); cần đặt hạn hoàn thành."
    )


def asked_of_the_draft(flag: str) -> bool:
    """Say whether a stored flag is one the draft is asked again (else a note on the reading)."""
    return (
        flag in FIELD_MESSAGES
        or flag in NO_GROUP_FLAGS
        or flag.startswith(_GROUP_KIND_START)
        or _UNDATED_TASK_MARK in flag
    )
