"""What a chart shows, apart from how it is drawn: no matplotlib here, so pages load it cheaply."""

from __future__ import annotations

from dataclasses import dataclass, field

# Six colours at most, each a clear step lighter than the one before (grey luma 0,18 … 0,88),
# so a greyscale print still tells them apart; bars also get distinct hatches, lines markers.
PALETTE = ["#7a0c12", "#1f5fa8", "#3a9a4c", "#d98c00", "#9cc3e6", "#e8e2c8"]
HATCHES = ["", "///", "...", "xx", "\\\\\\", "oo"]
MARKERS = ["o", "s", "^", "D", "v", "x"]
LINESTYLES = ["-", "--", "-.", ":", "-", "--"]
MAX_SERIES = len(PALETTE)
OTHER = "Khác"
ROW_IN = 0.2  # one horizontal bar per row: 10 pt labels need about 14 pt of height


@dataclass
class BarChart:
    """Bars per label, one series or several stacked; horizontal suits long unit names.

    `counts` marks a value axis of whole things (activities, people): its ticks are integers.
    Unstacked series stand side by side; `intervals` gives a series' (low, high) per label,
    drawn as a whisker (None: no interval for that bar).
    """

    title: str
    labels: list[str]
    series: dict[str, list[float]]
    horizontal: bool = True
    value_suffix: str = ""
    stacked: bool = True
    max_value: float | None = None
    counts: bool = True
    intervals: dict[str, list[tuple[float, float] | None]] = field(default_factory=dict)


@dataclass
class LineChart:
    """One line per series over ordered x labels (weeks, dates)."""

    title: str
    labels: list[str]
    series: dict[str, list[float]] = field(default_factory=dict)
    counts: bool = True


Chart = BarChart | LineChart


def grouped_series(series: dict[str, list[float]]) -> dict[str, list[float]]:
    """Return at most six series: the largest five kept, the rest summed as "Khác"."""
    if len(series) <= MAX_SERIES:
        return dict(series)
    ranked = sorted(series, key=lambda name: (name == OTHER, -sum(series[name])))
    kept = ranked[: MAX_SERIES - 1]
    length = len(next(iter(series.values())))
    other = [0.0] * length
    for name in ranked[MAX_SERIES - 1 :]:
        other = [a + b for a, b in zip(other, series[name], strict=True)]
    return {name: series[name] for name in series if name in kept} | {OTHER: other}
