"""Document engine for Party documents (Hướng dẫn 36-HD/VPTW): one model, .docx and .pdf output."""

from .model import (
    Appendix,
    Block,
    Bullet,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    PartyDocument,
    Signature,
    Table,
)
from .pdf_writer import render_html, render_pdf
from .text import document_code, format_vn_number, vn_date_line

__all__ = [
    "Appendix",
    "Block",
    "Bullet",
    "Figure",
    "Heading",
    "PageBreak",
    "Paragraph",
    "PartyDocument",
    "Signature",
    "Table",
    "document_code",
    "format_vn_number",
    "render_docx",
    "render_html",
    "render_pdf",
    "vn_date_line",
]


def render_docx(doc: PartyDocument) -> bytes:
    """Render the document as .docx bytes; python-docx is imported at the first document."""
    from .docx_writer import render_docx as write_docx  # slow to import: not at start-up

    return write_docx(doc)
