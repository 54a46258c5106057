"""Draws bar and line charts with matplotlib (Agg, offline fonts) to SVG or PNG bytes."""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

# Fonts that exist on Debian and carry every Vietnamese letter; none is fetched from outside.
FONT_FAMILY = ["Liberation Sans", "DejaVu Sans"]  # DejaVu ships inside matplotlib
PALETTE = [
    "#b3141b",
    "#1f5fa8",
    "#2e8540",
    "#d98c00",
    "#6b3fa0",
    "#0f7c8c",
    "#7a5c3e",
    "#c2185b",
    "#455a64",
    "#8bc34a",
    "#ff7043",
    "#5c6bc0",
]
_PROLOG = re.compile(r"<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*")
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
# The pages' Content-Security-Policy allows no inline style: matplotlib's style="…" and
# <style> become SVG presentation attributes, which CSP does not govern.
_STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')
_STYLE_ELEMENT = re.compile(r"\s*<style[^>]*>\s*\*\{([^}]*)\}\s*</style>\s*")
_DEFS_EMPTY = re.compile(r"<defs>\s*</defs>\s*")
# matplotlib's pyplot state is not thread-safe; the web server runs several threads.
_LOCK = threading.Lock()


@dataclass
class BarChart:
    """Bars per label, one series or several stacked; horizontal suits long unit names."""

    title: str
    labels: list[str]
    series: dict[str, list[float]]
    horizontal: bool = True
    value_suffix: str = ""
    stacked: bool = True
    max_value: float | None = None


@dataclass
class LineChart:
    """One line per series over ordered x labels (weeks, dates)."""

    title: str
    labels: list[str]
    series: dict[str, list[float]] = field(default_factory=dict)


def _vn(value: float) -> str:
    text = f"{value:,.1f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _figure(chart: BarChart | LineChart, width_in: float) -> Figure:
    rows = len(chart.labels)
    if isinstance(chart, BarChart) and chart.horizontal:
        height = max(2.2, 0.28 * rows + 1.2)
    else:
        height = 3.4
    fig = plt.figure(figsize=(width_in, height), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_title(chart.title, fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    if isinstance(chart, BarChart):
        _draw_bars(ax, chart)
    else:
        for index, (name, values) in enumerate(chart.series.items()):
            ax.plot(
                chart.labels,
                values,
                marker="o",
                markersize=3,
                label=name,
                color=PALETTE[index % len(PALETTE)],
            )
        ax.tick_params(axis="x", labelrotation=45, labelsize=8)
        ax.yaxis.set_major_formatter(lambda v, _pos: _vn(v))
    if len(chart.series) > 1:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


def _draw_bars(ax: object, chart: BarChart) -> None:
    positions = list(range(len(chart.labels)))
    base = [0.0] * len(chart.labels)
    for index, (name, values) in enumerate(chart.series.items()):
        color = PALETTE[index % len(PALETTE)]
        if chart.horizontal:
            ax.barh(
                positions,
                values,
                left=base if chart.stacked else None,
                label=name,  # type: ignore[attr-defined]
                color=color,
                height=0.7,
            )
        else:
            ax.bar(
                positions,
                values,
                bottom=base if chart.stacked else None,
                label=name,  # type: ignore[attr-defined]
                color=color,
                width=0.7,
            )
        if chart.stacked:
            base = [b + v for b, v in zip(base, values, strict=True)]
    if chart.horizontal:
        ax.set_yticks(positions, chart.labels, fontsize=8)  # type: ignore[attr-defined]
        ax.invert_yaxis()  # type: ignore[attr-defined]
        ax.xaxis.set_major_formatter(lambda v, _pos: _vn(v) + chart.value_suffix)  # type: ignore[attr-defined]
        if chart.max_value is not None:
            ax.set_xlim(0, chart.max_value)  # type: ignore[attr-defined]
    else:
        ax.set_xticks(positions, chart.labels, fontsize=8, rotation=45, ha="right")  # type: ignore[attr-defined]
        ax.yaxis.set_major_formatter(lambda v, _pos: _vn(v) + chart.value_suffix)  # type: ignore[attr-defined]
        if chart.max_value is not None:
            ax.set_ylim(0, chart.max_value)  # type: ignore[attr-defined]


# Chart text is people's text (unit names, titles): "$x^{$" in a unit name must be drawn as
# typed, not parsed as mathtext (which failed the whole report with HTTP 500). Set for the
# chart code path only; nothing global changes.
_RC = {
    "font.family": FONT_FAMILY,
    "svg.fonttype": "none",
    "text.parse_math": False,
    "text.usetex": False,
}


def _render(chart: BarChart | LineChart, *, fmt: str, width_in: float, dpi: int) -> bytes:
    with _LOCK, plt.rc_context(_RC):
        fig = _figure(chart, width_in)
        try:
            buffer = io.BytesIO()
            metadata = {"Date": None} if fmt == "svg" else None
            fig.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata)
        finally:
            plt.close(fig)
    return buffer.getvalue()


def render_svg(chart: BarChart | LineChart, *, width_in: float = 8.0) -> str:
    """Return the chart as inline SVG for a page: no XML prolog, no metadata, text kept as text."""
    svg = _render(chart, fmt="svg", width_in=width_in, dpi=100).decode("utf-8")
    svg = _PROLOG.sub("", svg)
    svg = _METADATA.sub("", svg)
    return _without_inline_style(svg).strip()


def _attributes(declarations: str) -> str:
    pairs = (d.split(":", 1) for d in declarations.split(";") if ":" in d)
    return "".join(f' {k.strip()}="{v.strip()}"' for k, v in pairs)


def _without_inline_style(svg: str) -> str:
    """Turn style attributes and the root <style> rule into presentation attributes."""
    root_rule = _STYLE_ELEMENT.search(svg)
    svg = _STYLE_ELEMENT.sub("", svg, count=1)
    svg = _DEFS_EMPTY.sub("", svg)
    svg = _STYLE_ATTR.sub(lambda m: _attributes(m.group(1)), svg)
    if root_rule:
        svg = svg.replace("<svg ", f"<svg{_attributes(root_rule.group(1))} ", 1)
    return svg


def render_png(chart: BarChart | LineChart, *, width_in: float = 6.3, dpi: int = 200) -> bytes:
    """Return the chart as PNG bytes for .docx and .pdf documents."""
    return _render(chart, fmt="png", width_in=width_in, dpi=dpi)
