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


# One A4 sheet with its on-screen margins, in CSS pixels (96 per inch); a frame's own
# vertical scroll bar takes up to SCROLLBAR_PX of its width.
SHEET_PX = round((L.PAGE_WIDTH_MM + 12) / 25.4 * 96)
SCROLLBAR_PX = 16


def _fit_css() -> str:
    """Return rules that shrink the sheets to a narrow frame (a phone): whole, never cropped.

    Steps of 40 px, no script (the frame runs none): each zoom fits the narrowest frame of its
    step, so a leader on a phone sees the whole width of every page.
    """
    rules = []
    for upper in range(SHEET_PX + 40 + SCROLLBAR_PX, 199, -40):
        zoom = (upper - 40 - SCROLLBAR_PX) / SHEET_PX
        rules.append(f"@media screen and (max-width: {upper}px) {{ html {{ zoom: {zoom:.3f}; }} }}")
    return "\n".join(rules)


def render_screen_html(doc: PartyDocument) -> str:
    """Return the print HTML of the document with a screen style that lays it out as A4 sheets."""
    style = f"<style>{_SCREEN_CSS}\n{_fit_css()}</style></head>"
    return render_html(doc).replace("</head>", style, 1)


def screen_response(doc: PartyDocument) -> HttpResponse:
    """Return the sheets as a page with no script that only this site may frame."""
    response = HttpResponse(render_screen_html(doc))
    response["Content-Security-Policy"] = SCREEN_POLICY
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
