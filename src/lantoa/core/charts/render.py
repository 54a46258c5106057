"""Draws bar and line charts with matplotlib (Agg, offline fonts) to SVG or PNG bytes."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager, ft2font  # noqa: E402
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402
from matplotlib.typing import RcKeyType  # noqa: E402

from lantoa.core.numbers import format_vn_number  # noqa: E402

from .spec import (  # noqa: E402
    HATCHES,
    LINESTYLES,
    MARKERS,
    PALETTE,
    ROW_IN,
    BarChart,
    Chart,
    LineChart,
    grouped_series,
)

# Installed fonts that carry every Vietnamese letter, found by family name, never fetched.
# Documents use the serif of their body text; pages keep the sans of the screen. DejaVu ships
# inside matplotlib, so a machine without Liberation still draws every letter.
SERIF = ("Liberation Serif", "DejaVu Serif")
SANS = ("Liberation Sans", "DejaVu Sans")
# Smallest type on a chart, in points at the size it is shown (the body text is 14 pt).
TEXT_PT = 10.0
CHAR_IN = 0.06  # a 10 pt serif letter is about this wide, to fit legend columns
# matplotlib's pyplot state is not thread-safe; the web server runs several threads.
_LOCK = threading.Lock()


def vn_number(value: float, *, decimals: int = 1) -> str:
    """Return a scale's number as every number is written (format_vn_number), "12" for "12,0"."""
    text = format_vn_number(value, decimals=decimals)
    return text.rstrip("0").rstrip(",") if "," in text else text


def _known(family: str) -> bool:
    try:
        font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    except ValueError:
        return False
    return True


@cache
def _system_fonts_added() -> None:
    """Teach matplotlib the machine's installed fonts, read from disk, never fetched.

    matplotlib's font list is cached on first use and misses a font package installed later
    (Liberation then silently became DejaVu).
    """
    for path in font_manager.findSystemFonts():
        try:
            font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError, ValueError):
            continue


# Letters a chart font must carry: Liberation 1.x (Debian's fonts-liberation, installed beside
# fonts-liberation2 on many machines) has the same family name but lacks ơ, ư, ả, ế and most
# others, and matplotlib picked its files: the document charts printed boxes for them.
VIETNAMESE = "ĐđĂăÂâÊêÔôƠơƯưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


def covers_vietnamese(path: str) -> bool:
    """Return whether the font file at path has a glyph for every Vietnamese letter."""
    try:
        charmap = ft2font.FT2Font(path).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(letter) in charmap for letter in VIETNAMESE + VIETNAMESE.upper())


def _vietnamese_files_only(family: str) -> None:
    """Forget the files of a family that lack Vietnamese letters, so findfont never picks them."""
    manager = font_manager.fontManager
    entries = [entry for entry in manager.ttflist if entry.name == family]
    lacking = [entry for entry in entries if not covers_vietnamese(entry.fname)]
    if lacking:
        manager.ttflist = [entry for entry in manager.ttflist if entry not in lacking]
        # The lookup cache may hold a lacking file; addfont clears it the same way.
        manager._findfont_cached.cache_clear()  # type: ignore[attr-defined]  # private, no stub


@cache
def font_family(*, document: bool) -> str:
    """Return the first installed family of the document's serif or the page's sans."""
    families = SERIF if document else SANS
    if not _known(families[0]):
        _system_fonts_added()
    for family in families:
        _vietnamese_files_only(family)
        if _known(family):
            return family
    return "serif" if document else "sans-serif"


def _legend_columns(chart: Chart, width_in: float) -> int:
    """Return as many legend columns (up to three) as the longest name lets fit the width."""
    longest = max((len(name) for name in grouped_series(chart.series)), default=0)
    return max(1, min(3, int(width_in // (CHAR_IN * longest + 0.7))))


def _height(chart: Chart, *, document: bool, width_in: float) -> float:
    series = grouped_series(chart.series)
    rows = -(-len(series) // _legend_columns(chart, width_in))
    legend = 0.0 if len(series) <= 1 else 0.22 * rows + 0.1
    title = 0.0 if document else 0.4
    if isinstance(chart, BarChart) and chart.horizontal:
        return ROW_IN * len(chart.labels) + 0.6 + legend + title
    return 3.2 + legend + title


def _value_formatter(chart: Chart) -> FuncFormatter:
    suffix = chart.value_suffix if isinstance(chart, BarChart) else ""
    decimals = 0 if chart.counts else 1
    return FuncFormatter(lambda v, _pos: vn_number(v, decimals=decimals) + suffix)


@contextmanager
def drawn(chart: Chart, *, document: bool, width_in: float) -> Iterator[Figure]:
    """Yield the chart drawn on a matplotlib Figure, closed afterwards.

    A document chart carries no title (its caption is the one title) and is drawn at the
    width it is placed, so its type sizes are true points on the page.
    """
    with _LOCK, plt.rc_context(_rc(document=document)):
        height = _height(chart, document=document, width_in=width_in)
        fig = plt.figure(figsize=(width_in, height), dpi=100, layout="constrained")
        try:
            ax = fig.add_subplot(1, 1, 1)
            if not document:
                ax.set_title(chart.title, fontsize=TEXT_PT + 1, loc="left")
            ax.spines[["top", "right"]].set_visible(False)
            if isinstance(chart, BarChart):
                _draw_bars(ax, chart)
            else:
                _draw_lines(ax, chart)
            ax.tick_params(labelsize=TEXT_PT)
            handles, names = ax.get_legend_handles_labels()
            if len(handles) > 1:
                # Below the chart, across the whole width: long channel names are never cut.
                fig.legend(
                    handles,
                    names,
                    loc="outside lower center",
                    ncol=_legend_columns(chart, width_in),
                    fontsize=TEXT_PT,
                    frameon=False,
                )
            family = font_family(document=document)
            for text in fig.findobj(Text):
                text.set_fontfamily(family)
            yield fig
        finally:
            plt.close(fig)


def _category_ticks(ax: Axes, labels: list[str]) -> None:
    positions = list(range(len(labels)))
    if len(labels) > 8:
        ax.set_xticks(positions, labels, rotation=45, ha="right")
    else:
        ax.set_xticks(positions, labels)


def _value_locator(chart: Chart) -> MaxNLocator:
    """Return round ticks (1, 2, 5, 10 × a power of ten), whole on counts.

    Fixed at five intervals, so the parts of a split chart share one scale whatever the
    width their labels leave.
    """
    return MaxNLocator(nbins=5, steps=[1, 2, 5, 10], integer=chart.counts)


def _draw_lines(ax: Axes, chart: LineChart) -> None:
    positions = list(range(len(chart.labels)))
    for index, (name, values) in enumerate(grouped_series(chart.series).items()):
        ax.plot(
            positions,
            values,
            marker=MARKERS[index],
            linestyle=LINESTYLES[index],
            markersize=4,
            label=name,
            color=PALETTE[index],
        )
    # Labels placed by position: "01/06" must stay a label, not be guessed as a number or date.
    _category_ticks(ax, chart.labels)
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(_value_locator(chart))
    ax.yaxis.set_major_formatter(_value_formatter(chart))


def _draw_bars(ax: Axes, chart: BarChart) -> None:
    positions = list(range(len(chart.labels)))
    base = [0.0] * len(chart.labels)
    series = grouped_series(chart.series)
    # Unstacked series stand side by side within the label's 0.7 band.
    side = 1 if chart.stacked else len(series)
    thickness = 0.7 / side
    for index, (name, values) in enumerate(series.items()):
        style: dict[str, Any] = {
            "label": name,
            "color": PALETTE[index],
            "hatch": HATCHES[index],
            "edgecolor": "#333333",
            "linewidth": 0.4,
        }
        shift = 0.0 if chart.stacked else (index - (side - 1) / 2) * thickness
        at = [p + shift for p in positions]
        if chart.horizontal:
            ax.barh(at, values, left=base if chart.stacked else None, height=thickness, **style)
        else:
            ax.bar(at, values, bottom=base if chart.stacked else None, width=thickness, **style)
        _whiskers(ax, chart, at, values, chart.intervals.get(name))
        if chart.stacked:
            base = [b + v for b, v in zip(base, values, strict=True)]
    value_axis = ax.xaxis if chart.horizontal else ax.yaxis
    value_axis.set_major_locator(_value_locator(chart))
    value_axis.set_major_formatter(_value_formatter(chart))
    if chart.horizontal:
        ax.set_yticks(positions, chart.labels)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        if chart.max_value is not None:
            ax.set_xlim(0, chart.max_value)
    else:
        _category_ticks(ax, chart.labels)
        if chart.max_value is not None:
            ax.set_ylim(0, chart.max_value)


def _whiskers(
    ax: Axes,
    chart: BarChart,
    at: list[float],
    values: list[float],
    intervals: list[tuple[float, float] | None] | None,
) -> None:
    """Draw each bar's interval as a black whisker (a confidence interval, say)."""
    drawn_at = [(p, v, i) for p, v, i in zip(at, values, intervals or [], strict=False) if i]
    if not drawn_at:
        return
    spots = [p for p, _, _ in drawn_at]
    middles = [v for _, v, _ in drawn_at]
    # Below and above the bar's end; clipped at 0 so a rounding slip never draws backwards.
    errors = [
        [max(0.0, v - i[0]) for _, v, i in drawn_at],
        [max(0.0, i[1] - v) for _, v, i in drawn_at],
    ]
    style: dict[str, Any] = {
        "fmt": "none",
        "ecolor": "#000000",
        "elinewidth": 0.8,
        "capsize": 2,
        "label": "_nolegend_",
    }
    if chart.horizontal:
        ax.errorbar(middles, spots, xerr=errors, **style)
    else:
        ax.errorbar(spots, middles, yerr=errors, **style)


def _rc(*, document: bool) -> dict[RcKeyType, Any]:
    # Chart text is people's text (unit names, titles): "$x^{$" in a unit name must be drawn
    # as typed, not parsed as mathtext (which failed the whole report with HTTP 500). Set for
    # the chart code path only; nothing global changes.
    return {
        "font.family": font_family(document=document),
        "svg.fonttype": "none",
        "text.parse_math": False,
        "text.usetex": False,
        "hatch.linewidth": 0.6,
    }


def chart_bytes(chart: Chart, *, fmt: str, document: bool, width_in: float, dpi: int) -> bytes:
    """Return the chart drawn as a matplotlib file of the format ("svg", "png")."""
    buffer = io.BytesIO()
    with drawn(chart, document=document, width_in=width_in) as fig:
        metadata = {"Date": None} if fmt == "svg" else None
        fig.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata)
    return buffer.getvalue()
