"""Figures of awareness checks as pure functions: Wilson interval, before/after test, items."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lantoa.core.numbers import format_vn_number, format_vn_percent

# No figure for a group smaller than this: a share of four people is too easy to trace back.
MIN_GROUP = 5
TOO_FEW = "chưa đủ 5 lượt trả lời"
Z95 = 1.959963984540054


def wilson(correct: int, total: int, z: float = Z95) -> tuple[float, float]:
    """Return the Wilson score interval (95 % by default) of correct out of total."""
    if total <= 0:
        return 0.0, 1.0
    p = correct / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    # At 0 or total the bound is exactly 0 or 1; rounding would leave a trace like 5e-17.
    low = 0.0 if correct == 0 else max(0.0, centre - half)
    high = 1.0 if correct == total else min(1.0, centre + half)
    return low, high


def two_proportion_z(k1: int, n1: int, k2: int, n2: int) -> tuple[float, float]:
    """Return the pooled two-proportion z statistic of k2/n2 against k1/n1 and its two-sided p."""
    if n1 <= 0 or n2 <= 0:
        return 0.0, 1.0
    pooled = (k1 + k2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 0.0, 1.0
    z = (k2 / n2 - k1 / n1) / se
    return z, math.erfc(abs(z) / math.sqrt(2))


@dataclass(frozen=True)
class Share:
    """Correct answers out of answers given by `people` respondents, with its interval."""

    people: int
    correct: int
    answers: int

    @property
    def shown(self) -> bool:
        """Tell whether the group is large enough for any figure to be shown."""
        return self.people >= MIN_GROUP and self.answers > 0

    @property
    def rate(self) -> float | None:
        return self.correct / self.answers if self.shown else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.correct, self.answers) if self.shown else None


@dataclass(frozen=True)
class Change:
    """The change from before to after a session, tested at the 5 % level."""

    before: Share
    after: Share

    @property
    def shown(self) -> bool:
        return self.before.shown and self.after.shown

    @property
    def change(self) -> float | None:
        if not self.shown:
            return None
        return self.after.correct / self.after.answers - self.before.correct / self.before.answers

    @property
    def p_value(self) -> float | None:
        if not self.shown:
            return None
        b, a = self.before, self.after
        return two_proportion_z(b.correct, b.answers, a.correct, a.answers)[1]

    @property
    def significant(self) -> bool | None:
        p = self.p_value
        return None if p is None else p < 0.05


@dataclass(frozen=True)
class ItemFigures:
    """One question's difficulty (share correct) and discrimination (upper minus lower 27 %)."""

    question_id: int
    answers: int
    difficulty: float | None
    discrimination: float | None
    flags: tuple[str, ...]


def item_analysis(sheets: Sequence[dict[int, bool]]) -> list[ItemFigures]:
    """Return each question's figures from anonymous sheets (question id -> right or wrong).

    Discrimination is the upper–lower 27 % index on total scores; a question is flagged when
    almost nobody or almost everybody gets it right, or when it fails to tell strong from weak.
    """
    ids = sorted({qid for sheet in sheets for qid in sheet})
    ranked = sorted(sheets, key=lambda s: sum(s.values()))
    group = max(1, round(0.27 * len(ranked)))
    lower, upper = ranked[:group], ranked[-group:]
    figures = []
    for qid in ids:
        answered = [s[qid] for s in sheets if qid in s]
        if len(answered) < MIN_GROUP:
            figures.append(ItemFigures(qid, len(answered), None, None, ()))
            continue
        p = sum(answered) / len(answered)
        d = (
            sum(s.get(qid, False) for s in upper) / group
            - sum(s.get(qid, False) for s in lower) / group
        )
        flags = []
        if p < 0.2:
            flags.append("quá khó")
        if p > 0.95:
            flags.append("quá dễ")
        if d < 0:
            flags.append("phân biệt ngược")
        elif d < 0.2 and p <= 0.95:
            flags.append("phân biệt kém")
        figures.append(ItemFigures(qid, len(answered), p, d, tuple(flags)))
    return figures


def percent(value: float | None) -> str:
    """Return a share as a Vietnamese percentage with one decimal ('62,5%'), or the refusal."""
    if value is None:
        return TOO_FEW
    return format_vn_percent(value * 100)


def _count(value: int) -> str:
    return format_vn_number(value)


def share_of(share: Share) -> str:
    """Return what a shown rate is out of ('20/50 câu trả lời'), or "" under five answers."""
    if not share.shown:
        return ""
    return f"{_count(share.correct)}/{_count(share.answers)} câu trả lời"


def change_sentence(*, checks: int, change: Change) -> str:
    """Return the report's sentence on the checks ('Qua … lượt kiểm tra nhận thức, …'), or ""."""
    if not checks:
        return ""
    b, a = change.before, change.after
    head = (
        f"Qua {_count(checks)} lượt kiểm tra nhận thức ({_count(b.people + a.people)} lượt trả lời)"
    )
    if not change.shown or change.change is None:
        return f"{head}, {TOO_FEW} ở cả trước và sau buổi học để nêu tỷ lệ."
    verb, word = ("tăng", "lên") if change.change >= 0 else ("giảm", "xuống")
    interval = a.interval or (0.0, 1.0)
    tested = "có ý nghĩa thống kê" if change.significant else "chưa có ý nghĩa thống kê"
    return (
        f"{head}, tỷ lệ trả lời đúng {verb} từ {percent(b.rate)} "
        f"({share_of(b)}) trước buổi học {word} "
        f"{percent(a.rate)} ({share_of(a)}) sau buổi học "
        f"(khoảng tin cậy 95%: {percent(interval[0])}–{percent(interval[1])}; "
        f"thay đổi {tested} ở mức 5%)."
    )
