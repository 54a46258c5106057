"""The chart as SVG for a page or PNG for a document; matplotlib is imported at the first one."""

from __future__ import annotations

import re

from lantoa.core.partydoc.layout import TEXT_WIDTH_MM

from .spec import Chart

_PROLOG = re.compile(r"<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*")
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
# The pages' Content-Security-Policy allows no inline style: matplotlib's style="…" and
# <style> become SVG presentation attributes, which CSP does not govern.
_STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')
_STYLE_ELEMENT = re.compile(r"\s*<style[^>]*>\s*\*\{([^}]*)\}\s*</style>\s*")
_DEFS_EMPTY = re.compile(r"<defs>\s*</defs>\s*")


def render_svg(chart: Chart, *, width_in: float = 8.0) -> str:
    """Return the chart as inline SVG for a page: no XML prolog, no metadata, text kept as text."""
    from .render import chart_bytes  # matplotlib is slow to import: not at start-up

    svg = chart_bytes(chart, fmt="svg", document=False, width_in=width_in, dpi=100).decode("utf-8")
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


def render_png(chart: Chart, *, width_mm: float = TEXT_WIDTH_MM, dpi: int = 200) -> bytes:
    """Return the chart as a document PNG, untitled, drawn at the width it will be placed."""
    from .render import chart_bytes  # matplotlib is slow to import: not at start-up

    return chart_bytes(chart, fmt="png", document=True, width_in=width_mm / 25.4, dpi=dpi)
