"""Places charts in Party documents: drawn at the placed width, captioned with their one title."""

from __future__ import annotations

import dataclasses

from lantoa.core.partydoc import Figure
from lantoa.core.partydoc.layout import TEXT_WIDTH_MM

from .images import render_png
from .spec import ROW_IN, BarChart, Chart, grouped_series

# A4 text height is 247 mm; a figure keeps room for its caption and the gaps around it.
MAX_FIGURE_MM = 215.0
CONTINUED = " (tiếp theo)"


def _rows_per_figure() -> int:
    return int((MAX_FIGURE_MM / 25.4 - 1.5) / ROW_IN)


def _parts(chart: Chart) -> list[Chart]:
    """Split a horizontal bar chart too tall for a page into even parts on one value scale."""
    if not (isinstance(chart, BarChart) and chart.horizontal):
        return [chart]
    count = len(chart.labels)
    pieces = -(-count // _rows_per_figure())
    if pieces <= 1:
        return [chart]
    size = -(-count // pieces)
    series = grouped_series(chart.series)
    top = chart.max_value
    if top is None:
        totals = [sum(values) for values in zip(*series.values(), strict=True)]
        peaks = totals if chart.stacked else [max(v) for v in zip(*series.values(), strict=True)]
        top = max(peaks, default=0) * 1.05 or 1
    return [
        dataclasses.replace(
            chart,
            labels=chart.labels[start : start + size],
            series={name: values[start : start + size] for name, values in series.items()},
            intervals={
                name: values[start : start + size] for name, values in chart.intervals.items()
            },
            max_value=top,
        )
        for start in range(0, count, size)
    ]


def document_figures(
    chart: Chart, *, caption: str | None = None, width_mm: float = TEXT_WIDTH_MM
) -> list[Figure]:
    """Return the chart as document figures: the caption is its only title, type ≥ 10 pt.

    A chart of more units than a page holds is split into parts, the later ones captioned
    "(tiếp theo)", every unit kept.
    """
    title = caption if caption is not None else chart.title
    width_mm = min(width_mm, TEXT_WIDTH_MM)  # the writers never place a figure wider
    return [
        Figure(
            png=render_png(part, width_mm=width_mm),
            caption=title if index == 0 else title + CONTINUED,
            width_mm=width_mm,
        )
        for index, part in enumerate(_parts(chart))
    ]
