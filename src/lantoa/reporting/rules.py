"""The one home of the data rules: hard rules refuse an activity, soft rules flag it for review.

DHIS2-style. Every write path (web form, Excel import, API) refuses through `hard_errors`,
called by `activity_errors`; the board's review screen reads the soft flags through
`review_flags.request_flags`, and the rules page lists `RULES` as they are applied here.

Soft flags are computed from current facts when read: "no evidence" and "above population"
depend on facts that change after the activity is written (evidence added later, a corrected
population), so they are counted in SQL on every read. The outlier rule depends only on the
unit's earlier activities on that channel, so its result is kept per activity
(ActivityOutlier) by the writers of activities, each rewriting the flags dated on or after
its change (services.outliers); judging it when read would mean reading every activity.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lantoa.core.numbers import format_vn_number as vn
from lantoa.reporting.figures import ALL_FIGURES, CHANNEL_FIGURES, FIGURE_LABELS, REACH_FIGURES

HARD = "hard"
SOFT = "soft"
KIND_LABELS = {HARD: "Từ chối, không lưu", SOFT: "Lưu, nhưng đánh dấu để Ban xem lại"}

# Larger than any real figure of a province (Điện Biên has about 650.000 people).
MAX_FIGURE = 10_000_000
# A figure over this many times the unit's own median is flagged...
OUTLIER_FACTOR = 3
# ...once the unit has reported that figure on that channel this many times before.
OUTLIER_MIN_HISTORY = 3


@dataclass(frozen=True)
class Rule:
    """One rule: a stable code, hard or soft, what it checks and the message it gives."""

    code: str
    kind: str
    title: str  # what the rule checks, as the rules page states it
    message: str  # str.format template of the message on the refused or flagged activity
    example: dict[str, Any] = field(default_factory=dict)  # values of the rules page's sample

    def says(self, **values: Any) -> str:
        """Return the rule's message with its values filled in."""
        return self.message.format(**values)

    @property
    def sample(self) -> str:
        """Return the message as a unit or the board would read it, with example values."""
        return self.says(**self.example)


# How the date rules name the date; a writer whose form names it otherwise says its own name
# (date_named), as the press item's "Ngày đăng, phát".
DATE_LABEL = "Ngày thực hiện"

DATE_BEFORE_START = Rule(
    "date_before_start",
    HARD,
    "Ngày thực hiện trước ngày bắt đầu đợt tuyên truyền (ngày ban hành chỉ thị, văn bản "
    "hướng dẫn hoặc ngày bắt đầu cao điểm, lấy ngày sớm nhất).",
    f"{DATE_LABEL} trước khi bắt đầu đợt tuyên truyền ({{start}}).",
    {"start": "15/05/2026"},
)
DATE_AFTER_END = Rule(
    "date_after_end",
    HARD,
    "Ngày thực hiện sau ngày kết thúc cao điểm của đợt (trừ đợt duy trì thường xuyên).",
    f"{DATE_LABEL} sau khi kết thúc đợt ({{end}}).",
    {"end": "31/12/2026"},
)
DATE_IN_FUTURE = Rule(
    "date_in_future",
    HARD,
    "Ngày thực hiện sau ngày hôm nay.",
    f"{DATE_LABEL} không được sau ngày hôm nay.",
)
DATE_AFTER_UNIT_END = Rule(
    "date_after_unit_end",
    HARD,
    "Ngày thực hiện sau ngày đơn vị thôi hoạt động (đã sáp nhập vào đơn vị khác hoặc hết hiệu "
    "lực): việc làm từ ngày đó do đơn vị tiếp nhận ghi nhận.",
    "Đơn vị đã thôi hoạt động sau ngày {end}; hoạt động từ ngày đó do đơn vị tiếp nhận ghi nhận.",
    {"end": "30/06/2026"},
)
DATE_BEFORE_UNIT_START = Rule(
    "date_before_unit_start",
    HARD,
    "Ngày thực hiện trước ngày đơn vị được thành lập (như các xã, phường từ 01/07/2025): việc "
    "làm trước ngày đó do đơn vị tiền thân ghi nhận.",
    "Đơn vị được thành lập từ ngày {start}; hoạt động trước ngày đó do đơn vị tiền thân ghi nhận.",
    {"start": "01/07/2025"},
)
FIGURE_NEGATIVE = Rule(
    "figure_negative",
    HARD,
    "Một số liệu (số buổi, số người tham dự, số bản…) là số âm.",
    "{label} không được âm.",
    {"label": "Số buổi"},
)
FIGURE_ABSURD = Rule(
    "figure_absurd",
    HARD,
    f"Một số liệu lớn hơn {vn(MAX_FIGURE)} (không thể có ở một đơn vị).",
    "{label} quá lớn (tối đa {max}).",
    {"label": "Số lượt xem", "max": vn(MAX_FIGURE)},
)
PRESENT_OVER_MEMBERS = Rule(
    "present_over_members",
    HARD,
    "Số đảng viên tham dự lớn hơn số đảng viên của đơn vị (số liệu đang áp dụng vào ngày "
    "thực hiện).",
    "Số đảng viên tham dự ({present}) lớn hơn số đảng viên của đơn vị ({members}).",
    {"present": 350, "members": 320},
)
OUTLIER = Rule(
    "outlier",
    SOFT,
    f"Một số liệu gấp hơn {OUTLIER_FACTOR} lần trung vị của chính số liệu đó trong các hoạt "
    f"động trước của đơn vị cùng hình thức trong đợt (khi đã có ít nhất "
    f"{OUTLIER_MIN_HISTORY} hoạt động trước và trung vị lớn hơn 0).",
    "{label} ({value}) gấp hơn {factor} lần trung vị của đơn vị ({median}, qua {count} "
    "hoạt động trước).",
    {
        "label": "Số người nghe",
        "value": vn(2400),
        "factor": OUTLIER_FACTOR,
        "median": vn(150),
        "count": 6,
    },
)
ABOVE_POPULATION = Rule(
    "above_population",
    SOFT,
    "Số người được tiếp cận trực tiếp của một hoạt động (đảng viên và người khác tham dự, "
    "người nghe) lớn hơn dân số của đơn vị.",
    "Số người được tiếp cận ({people}) lớn hơn dân số của đơn vị ({population}).",
    {"people": vn(12000), "population": vn(8450)},
)
NO_EVIDENCE = Rule(
    "no_evidence",
    SOFT,
    "Hoạt động chưa có minh chứng (ảnh, tệp PDF, đường dẫn minh chứng hoặc đường dẫn bài đăng).",
    "Hoạt động chưa có minh chứng.",
)

RULES: tuple[Rule, ...] = (
    DATE_BEFORE_START,
    DATE_AFTER_END,
    DATE_IN_FUTURE,
    DATE_AFTER_UNIT_END,
    DATE_BEFORE_UNIT_START,
    FIGURE_NEGATIVE,
    FIGURE_ABSURD,
    PRESENT_OVER_MEMBERS,
    OUTLIER,
    ABOVE_POPULATION,
    NO_EVIDENCE,
)


def date_named(message: str, label: str) -> str:
    """Return a date rule's message with the date called `label`, as the writer's form calls it."""
    if message.startswith(DATE_LABEL):
        return label + message[len(DATE_LABEL) :]
    return message


def hard_errors(
    *,
    date: datetime.date | None,
    figures: dict[str, int | None],
    start: datetime.date | None,
    end: datetime.date | None,
    today: datetime.date,
    members: Callable[[], int | None],
    unit_end: datetime.date | None = None,
    unit_start: datetime.date | None = None,
) -> dict[str, str]:
    """Return the hard rules an activity breaks, keyed by field; `members` is read lazily."""
    errors: dict[str, str] = {}
    if date is not None:
        if start and date < start:
            errors["date"] = DATE_BEFORE_START.says(start=f"{start:%d/%m/%Y}")
        elif date > today:
            errors["date"] = DATE_IN_FUTURE.says()
        elif end and date > end:
            errors["date"] = DATE_AFTER_END.says(end=f"{end:%d/%m/%Y}")
        elif unit_end and date > unit_end:
            errors["date"] = DATE_AFTER_UNIT_END.says(end=f"{unit_end:%d/%m/%Y}")
        elif unit_start and date < unit_start:
            errors["date"] = DATE_BEFORE_UNIT_START.says(start=f"{unit_start:%d/%m/%Y}")
    for name, value in figures.items():
        if value is None or name not in FIGURE_LABELS:
            continue
        if value < 0:
            errors[name] = FIGURE_NEGATIVE.says(label=FIGURE_LABELS[name])
        elif value > MAX_FIGURE:
            errors[name] = FIGURE_ABSURD.says(label=FIGURE_LABELS[name], max=vn(MAX_FIGURE))
    present = figures.get("party_members_present")
    if present is not None and "party_members_present" not in errors:
        count = members()
        if count is not None and present > count:
            errors["party_members_present"] = PRESENT_OVER_MEMBERS.says(
                present=vn(present), members=vn(count)
            )
    return errors


@dataclass(frozen=True)
class Flag:
    """A soft rule one activity trips: which rule, on which activity, and what it says."""

    rule: Rule
    activity_id: int
    date: datetime.date
    title: str
    message: str


# The columns the soft rules read; a whole request's activities are read as plain rows.
COLUMNS = ("pk", "unit_id", "channel", "date", "title", "url", *ALL_FIGURES)


def people_reached(row: dict[str, Any]) -> int | None:
    """Return the people an activity reached in person, None when it reports none of them."""
    values = [row[name] for name in REACH_FIGURES if row[name] is not None]
    return sum(values) if values else None


def _median(ordered: list[int]) -> float:
    """Return the median of a sorted list (statistics.median would sort it again)."""
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


class OutlierHistory:
    """Each unit's earlier values per channel and figure, fed in date order, judging the next.

    The one statement of the outlier rule: soft_flags and the stored flags
    (services.outliers) both feed rows through it, oldest first.
    """

    def __init__(self) -> None:
        # (unit, channel, figure) -> the values reported before, kept sorted for the median
        self._before: dict[tuple[int, str, str], list[int]] = {}

    def judge(self, row: dict[str, Any]) -> list[tuple[str, int, float, int]]:
        """Return (figure, value, median, count) of the row's outliers, then remember it."""
        found = []
        for name in CHANNEL_FIGURES.get(row["channel"], ()):
            value = row[name]
            if value is None:
                continue
            before = self._before.setdefault((row["unit_id"], row["channel"], name), [])
            if len(before) >= OUTLIER_MIN_HISTORY:
                median = _median(before)
                if median > 0 and value > OUTLIER_FACTOR * median:
                    found.append((name, value, median, len(before)))
            bisect.insort(before, value)
        return found


def outlier_says(*, figure: str, value: int, median: float, count: int) -> str:
    """Return the outlier rule's message about one figure."""
    return OUTLIER.says(
        label=FIGURE_LABELS[figure],
        value=vn(value),
        factor=OUTLIER_FACTOR,
        median=vn(median),
        count=count,
    )


def soft_flags(
    rows: Iterable[dict[str, Any]],
    *,
    population: Callable[[int, datetime.date], int | None],
) -> list[Flag]:
    """Return the soft flags of activity rows (`COLUMNS` plus has_evidence), oldest first.

    Rows are the units' whole history up to some day: the outlier rule compares each activity
    with the activities of its unit before it. The review page reads the same flags through
    `request_flags` (reporting.review_flags), counted in SQL.
    """
    flags: list[Flag] = []
    history = OutlierHistory()
    for row in sorted(rows, key=lambda row: (row["date"], row["pk"])):
        found: list[tuple[Rule, str]] = [
            (OUTLIER, outlier_says(figure=name, value=value, median=median, count=count))
            for name, value, median, count in history.judge(row)
        ]
        people = people_reached(row)
        count = population(row["unit_id"], row["date"]) if people is not None else None
        if people is not None and count is not None and people > count:
            found.append(
                (ABOVE_POPULATION, ABOVE_POPULATION.says(people=vn(people), population=vn(count)))
            )
        if not row["has_evidence"] and not row["url"]:
            found.append((NO_EVIDENCE, NO_EVIDENCE.says()))
        flags.extend(
            Flag(rule, row["pk"], row["date"], row["title"], message) for rule, message in found
        )
    return flags
