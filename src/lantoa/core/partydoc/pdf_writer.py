"""Render a PartyDocument to PDF bytes through escaped HTML and CSS printed by WeasyPrint."""

from __future__ import annotations

import base64
import html
import re

from . import layout as L
from .model import Block, Bullet, Figure, Heading, PageBreak, Paragraph, PartyDocument, Table
from .text import format_cell, is_numeric_cell, nfc

_SPACE_RUN = re.compile(r" {2,}")


def esc(text: str) -> str:
    """Return NFC text escaped for HTML, keeping runs of spaces (date and number blanks)."""
    escaped = html.escape(nfc(text), quote=True)
    return _SPACE_RUN.sub(lambda match: "\u00a0" * len(match.group()), escaped)


# A short word with a slash ("(b/c)", "51-KL/TW", "V/v"): the printer may break a line after a
# slash, which split "(b/" from "c);" in a «Nơi nhận» list. Longer ones (a path, a web address)
# may still break, rather than run past the margin.
_WORD = re.compile(r"[^\s<>]+")
_SLASHED_MAX = 40  # characters of the escaped word


def _kept(word: str) -> str:
    if "/" in word and len(word) <= _SLASHED_MAX:
        return f'<span class="nw">{word}</span>'
    return word


def esc_prose(text: str) -> str:
    """Return text escaped as esc does, each short word with a slash kept on one line."""
    return _WORD.sub(lambda m: _kept(m.group()), esc(text))


def _css(doc: PartyDocument) -> str:
    """Return the stylesheet: page box, margins, page numbers from page 2, fonts and blocks."""
    font = L.CSS_FONT_STACK
    draft = "@top-right { content: element(draft); vertical-align: middle; }" if doc.draft else ""
    return f"""
@page {{
  size: A4;
  margin: {L.MARGIN_TOP_MM}mm {L.MARGIN_RIGHT_MM}mm {L.MARGIN_BOTTOM_MM}mm {L.MARGIN_LEFT_MM}mm;
  @top-center {{
    content: counter(page); font-family: {font}; font-size: {L.PAGE_NUMBER_PT}pt;
  }}
  {draft}
}}
@page :first {{ @top-center {{ content: none; }} }}
html {{
  font-family: {font}; font-size: {L.BODY_PT}pt; line-height: {L.LINE_HEIGHT};
  overflow-wrap: break-word;
}}
body {{ margin: 0; color: #000; }}
p {{ margin: 0; orphans: 2; widows: 2; }}
.draft {{
  position: running(draft); font-family: {font}; font-size: {L.SMALL_PT}pt;
  font-weight: bold; border: 0.75pt solid #000; padding: 0 2pt; line-height: 1.2;
}}
table {{ border-collapse: collapse; table-layout: fixed; margin: 0 auto; }}
table.frame td {{ padding: 0; vertical-align: top; border: none; }}
table.frame tr {{ break-inside: avoid; }}
table.header {{ margin: 0 0 0 {L.HEADER_OFFSET_MM}mm; }}
table.closing {{ break-inside: avoid; margin-top: {L.PARAGRAPH_AFTER_PT}pt; }}
.keep {{ break-after: avoid; }}
.body {{
  text-align: justify; text-indent: {L.FIRST_LINE_INDENT_CM}cm;
  margin-bottom: {L.PARAGRAPH_AFTER_PT}pt;
}}
.heading {{ break-after: avoid; }}
.b {{ font-weight: bold; }}
.i {{ font-style: italic; }}
.nw {{ white-space: nowrap; }}
.u {{ display: inline-block; border-bottom: 0.75pt solid #000; line-height: 1.15; }}
.caption {{ text-align: center; font-size: {L.CAPTION_PT}pt; break-after: avoid; }}
.table-caption {{ font-weight: bold; margin: {L.PARAGRAPH_AFTER_PT}pt 0 3pt; }}
/* A figure's caption ends it: kept with the next block (as a table's caption above its table
   is) it pushed a chart off its appendix title's page whenever the next chart did not fit. */
.figure-caption {{ font-style: italic; margin-top: 3pt; margin-bottom: {L.PARAGRAPH_AFTER_PT}pt;
  break-after: auto; }}
table.data {{ margin-bottom: {L.BODY_PT * L.LINE_HEIGHT}pt; }}
table.data th, table.data td {{
  border: 0.5pt solid #000; padding: 1.5pt 1.9mm; font-size: {L.TABLE_PT}pt;
  vertical-align: top; overflow-wrap: anywhere; hyphens: manual;
}}
table.data th {{ font-weight: bold; text-align: center; vertical-align: middle; }}
table.data tr {{ break-inside: avoid; }}
td.num {{ text-align: right; }}
td.none {{ text-align: center; }}
div.figure {{ text-align: center; margin-top: {L.PARAGRAPH_AFTER_PT}pt; break-inside: avoid; }}
div.figure img {{ display: block; margin: 0 auto; }}
div.page-break {{ break-before: page; }}
"""


def _line(line: L.Line) -> str:
    """Return one fixed-part line as a styled <p>."""
    classes = [c for c, on in (("b", line.bold), ("i", line.italic)) if on]
    style = f"font-size:{line.size_pt}pt;text-align:{line.align};"
    if line.space_before_pt:
        style += f"margin-top:{line.space_before_pt}pt;"
    text = esc_prose(line.text) or "\u00a0"
    if line.underline:  # a rule below the descenders, not through the dots of "Ộ", "Ệ", "ậ"
        text = f'<span class="u">{text}</span>'
    return f'<p class="{" ".join(classes)}" style="{style}">{text}</p>'


def _frame(rows: list[tuple[list[L.Line], list[L.Line]]], widths: list[float], cls: str) -> str:
    """Return a borderless two-column table (header or closing)."""
    cols = "".join(f'<col style="width:{w}mm">' for w in widths)
    body = "".join(
        "<tr>" + "".join("<td>" + "".join(map(_line, cell)) + "</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return f'<table class="frame {cls}" style="width:{sum(widths)}mm">{cols}{body}</table>'


def _table(block: Table) -> str:
    """Return a bordered data table whose header repeats on each page."""
    widths = L.table_widths_mm(block)
    if not widths:
        return ""
    parts = []
    if block.caption.strip():
        parts.append(f'<p class="caption table-caption">{esc(block.caption.strip())}</p>')
    cols = "".join(f'<col style="width:{w:.2f}mm">' for w in widths)
    head = "".join(f"<th>{esc(title)}</th>" for title in block.columns)
    decimals = L.column_decimals(block)
    rows = []
    for values in block.rows:
        cells = []
        for value, places in zip(L.padded_row(values, len(widths)), decimals, strict=True):
            cls = "num" if is_numeric_cell(value) else ("none" if value is None else "")
            cells.append(f'<td class="{cls}">{esc(format_cell(value, places))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    parts.append(
        f'<table class="data" style="width:{sum(widths):.2f}mm">{cols}'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return "".join(parts)


def _figure(block: Figure) -> str:
    """Return a centred embedded PNG with its caption."""
    width = min(max(block.width_mm, 10.0), L.TEXT_WIDTH_MM)
    data = base64.b64encode(block.png).decode("ascii")
    caption = (
        f'<p class="caption figure-caption">{esc(block.caption.strip())}</p>'
        if block.caption.strip()
        else ""
    )
    image = f'<img src="data:image/png;base64,{data}" style="width:{width}mm" alt="">'
    return f'<div class="figure">{image}{caption}</div>'


def _body(blocks: list[Block], *, keep_last: bool = True) -> str:
    """Return the HTML of body blocks, their headings numbered afresh."""
    numberer = L.HeadingNumberer()
    parts = []
    for index, block in enumerate(blocks):
        keep = " keep" if keep_last and index == len(blocks) - 1 else ""
        if isinstance(block, Heading):
            bold, italic = L.heading_style(block.level)
            cls = "body heading" + keep + (" b" if bold else "") + (" i" if italic else "")
            parts.append(f'<p class="{cls}">{esc_prose(numberer.label(block))}</p>')
        elif isinstance(block, Paragraph):
            cls = "body" + keep + (" b" if block.bold else "") + (" i" if block.italic else "")
            parts.append(f'<p class="{cls}">{esc_prose(block.text)}</p>')
        elif isinstance(block, Bullet):
            parts.append(f'<p class="body{keep}">{esc_prose("- " + block.text.strip())}</p>')
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, Figure):
            parts.append(_figure(block))
        elif isinstance(block, PageBreak):
            parts.append('<div class="page-break"></div>')
    return "\n".join(parts)


def render_html(doc: PartyDocument) -> str:
    """Return the complete HTML (with CSS) that render_pdf prints; all text is escaped."""
    left_top, left_bottom = L.header_left(doc)
    right_top, right_bottom = L.header_right(doc)
    parts = []
    if doc.draft:
        parts.append(f'<div class="draft">{esc(L.DRAFT_LABEL)}</div>')
    header_widths = [L.HEADER_LEFT_MM, L.HEADER_RIGHT_MM]
    header_rows = [(left_top, right_top), (left_bottom, right_bottom)]
    parts.append(_frame(header_rows, header_widths, "header"))
    parts.extend(_line(line) for line in L.title_lines(doc))
    parts.append(_line(L.Line("", align="left")))
    parts.append(_body(doc.body))
    closing_left = L.recipient_lines(doc)
    closing_right = L.signature_lines(doc)
    if closing_left or closing_right:
        closing_widths = [L.CLOSING_LEFT_MM, L.CLOSING_RIGHT_MM]
        parts.append(_frame([(closing_left, closing_right)], closing_widths, "closing"))
    for index, appendix in enumerate(doc.appendices, start=1):
        parts.append('<div class="page-break"></div>')
        parts.extend(_line(line) for line in L.appendix_title_lines(doc, index, appendix))
        parts.append(_body(appendix.blocks, keep_last=False))
    title = esc(doc.subject or doc.doc_type)
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_css(doc)}</style></head>"
        f"<body>{''.join(parts)}</body></html>"
    )


# The archival form of issued documents: PDF/A-3b (fonts embedded, sRGB OutputIntent, XMP).
PDFA_VARIANT = "pdf/a-3b"


def render_pdf(doc: PartyDocument, *, archival: bool = False) -> bytes:
    """Render the document as PDF bytes (A4, Liberation Serif/Times, Hướng dẫn 36-HD/VPTW).

    `archival` makes the PDF/A copy an issued document is filed as, with its number, date,
    issuer and trích yếu in the document's metadata.
    """
    from weasyprint import HTML  # imported lazily: WeasyPrint is slow to import

    if not archival:
        return HTML(string=render_html(doc)).write_pdf()
    rendered = HTML(string=render_html(doc)).render()
    meta = rendered.metadata
    code = f"{doc.number}-{doc.symbol}" if doc.number else doc.symbol
    kind = doc.doc_type or "Công văn"  # a công văn prints no type line; its title says so
    meta.title = f"{kind} số {code}" if code else kind
    meta.authors = [doc.issuing_body]
    meta.description = doc.subject
    meta.keywords = [f"Số {code}"] if code else []
    if doc.date:
        meta.keywords.append(f"Ngày {doc.date:%d/%m/%Y}")
        meta.created = f"{doc.date.isoformat()}T00:00:00+07:00"
    meta.lang = "vi"
    return bytes(rendered.write_pdf(pdf_variant=PDFA_VARIANT))
