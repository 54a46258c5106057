"""Figures of survey answers as pure functions: a Likert item's spread, mean and agreement."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from lantoa.awareness.results import MIN_GROUP, Z95, wilson

SCALE = (1, 2, 3, 4, 5)
AGREE_FROM = 4  # "4 – khá" and "5 – rất": the share that understands, or supports
# Two-sided 95 % quantiles of Student's t for 1–30 degrees of freedom.
_T95 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def t95(df: int) -> float:
    """Return the two-sided 95 % quantile of Student's t (Cornish–Fisher beyond 30 df)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    if df <= len(_T95):
        return _T95[df - 1]
    z = Z95
    return (
        z
        + (z**3 + z) / (4 * df)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
    )


@dataclass(frozen=True)
class LikertFigures:
    """One Likert item's answers: spread over 1–5, mean with its 95 % interval, share agreeing.

    Every figure is None for fewer than five answers.
    """

    answers: int
    counts: tuple[int, ...] | None
    mean: float | None
    mean_interval: tuple[float, float] | None
    agree: int | None
    agree_share: float | None
    agree_interval: tuple[float, float] | None

    @property
    def shown(self) -> bool:
        return self.counts is not None


def likert(values: Sequence[int]) -> LikertFigures:
    """Return a Likert item's figures from its answers (each 1–5)."""
    n = len(values)
    if n < MIN_GROUP:
        return LikertFigures(n, None, None, None, None, None, None)
    if any(v not in SCALE for v in values):
        raise ValueError("a Likert answer is 1 to 5")
    mean = statistics.fmean(values)
    half = t95(n - 1) * statistics.stdev(values) / math.sqrt(n)
    agree = sum(1 for v in values if v >= AGREE_FROM)
    return LikertFigures(
        answers=n,
        counts=tuple(sum(1 for v in values if v == point) for point in SCALE),
        mean=mean,
        mean_interval=(max(1.0, mean - half), min(5.0, mean + half)),
        agree=agree,
        agree_share=agree / n,
        agree_interval=wilson(agree, n),
    )


def progress(*, responses: int, target: int) -> float:
    """Return the responses as a share of the target sample size (may pass 1)."""
    return responses / target if target > 0 else 0.0


def decimal_vi(value: float | None, *, digits: int = 2) -> str:
    """Return a mean the Vietnamese way ('3,85'), or a dash for no figure."""
    if value is None:
        return "—"
    return f"{value:.{digits}f}".replace(".", ",")
