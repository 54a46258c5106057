"""Server-side charts: one code path draws the SVG for pages and the PNG for .docx/.pdf."""

from .render import BarChart, LineChart, render_png, render_svg

__all__ = ["BarChart", "LineChart", "render_png", "render_svg"]
