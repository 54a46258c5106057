"""Server-side charts: one code path draws the SVG for pages and the PNG for .docx/.pdf."""

from .document import document_figures
from .render import BarChart, LineChart, render_png, render_svg

__all__ = ["BarChart", "LineChart", "document_figures", "render_png", "render_svg"]
