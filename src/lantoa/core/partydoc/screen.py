"""The same HTML the PDF is printed from, shown on screen as A4 sheets (for approving a draft)."""

from __future__ import annotations

from django.http import HttpResponse

from . import layout as L
from .model import PartyDocument
from .pdf_writer import render_html

# Browsers ignore @page: on screen the body becomes an A4 sheet with the print margins, and each
# forced page break (before an appendix) starts a new sheet.
_SCREEN_CSS = f"""
@media screen {{
  html {{ background: #d6d6d6; }}
  body {{
    box-sizing: border-box; width: {L.PAGE_WIDTH_MM}mm; min-height: {L.PAGE_HEIGHT_MM}mm;
    margin: 6mm auto; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35);
    padding: {L.MARGIN_TOP_MM}mm {L.MARGIN_RIGHT_MM}mm {L.MARGIN_BOTTOM_MM}mm {L.MARGIN_LEFT_MM}mm;
  }}
  .draft {{ float: right; }}
  div.page-break {{
    height: 8mm; background: #d6d6d6;
    margin: {L.MARGIN_BOTTOM_MM}mm -{L.MARGIN_RIGHT_MM}mm {L.MARGIN_TOP_MM}mm -{L.MARGIN_LEFT_MM}mm;
  }}
}}
"""


# The sheets are the document's own print HTML (inline styles, embedded chart images): they are
# allowed exactly that, no script, and only inside this site's own pages.
SCREEN_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox"
)


def render_screen_html(doc: PartyDocument) -> str:
    """Return the print HTML of the document with a screen style that lays it out as A4 sheets."""
    return render_html(doc).replace("</head>", f"<style>{_SCREEN_CSS}</style></head>", 1)


def screen_response(doc: PartyDocument) -> HttpResponse:
    """Return the sheets as a page with no script that only this site may frame."""
    response = HttpResponse(render_screen_html(doc))
    response["Content-Security-Policy"] = SCREEN_POLICY
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
