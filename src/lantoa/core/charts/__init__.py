"""Server-side charts: one code path draws the SVG for pages and the PNG for .docx/.pdf."""

from .document import document_figures
from .images import render_png, render_svg
from .spec import BarChart, LineChart

__all__ = ["BarChart", "LineChart", "document_figures", "render_png", "render_svg"]
