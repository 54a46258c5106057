"""Render a PartyDocument to .docx bytes with python-docx."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Mm, Pt, Twips
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree

from . import layout as L
from .model import Block, Bullet, Figure, Heading, PageBreak, Paragraph, PartyDocument, Table
from .text import format_cell, is_numeric_cell, nfc

TBL_PR_ORDER = [
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook",
]  # fmt: skip
# Paragraph and run properties by their settings, as XML made once through python-docx's setters
# (each searches the element's children again; a report's tables have thousands of cells).
_PARAGRAPH_PROPERTIES: dict[tuple[float, str, float, float, float], bytes] = {}
_RUN_PROPERTIES: dict[tuple[float, bool, bool, bool], bytes] = {}
ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _set_run_font(run: Run, *, size_pt: float) -> None:
    """Set Times New Roman (all four script slots) and the size on a run."""
    run.font.name = L.FONT_NAME
    run.font.size = Pt(size_pt)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), L.FONT_NAME)


def _add_run(
    paragraph: DocxParagraph,
    text: str,
    *,
    size_pt: float = L.BODY_PT,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> Run:
    """Append a formatted run to a paragraph."""
    run = paragraph.add_run(nfc(text))
    key = (size_pt, bold, italic, underline)
    if key in _RUN_PROPERTIES:
        run._element.insert(0, parse_xml(_RUN_PROPERTIES[key]))  # rPr comes first in a run
        return run
    _set_run_font(run, size_pt=size_pt)
    run.bold = bold
    run.italic = italic
    run.underline = underline
    _RUN_PROPERTIES[key] = etree.tostring(run._element.rPr)
    return run


def _format_paragraph(
    paragraph: DocxParagraph,
    *,
    size_pt: float,
    align: str,
    before_pt: float = 0.0,
    after_pt: float = 0.0,
    first_line_cm: float = 0.0,
) -> None:
    """Set alignment, exact line pitch, spacing and first-line indent on a paragraph."""
    key = (size_pt, align, before_pt, after_pt, first_line_cm)
    fresh = paragraph._p.pPr is None
    if fresh and key in _PARAGRAPH_PROPERTIES:
        paragraph._p.insert(0, parse_xml(_PARAGRAPH_PROPERTIES[key]))  # pPr comes first
        return
    fmt = paragraph.paragraph_format
    fmt.alignment = ALIGN[align]
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(round(size_pt * L.LINE_HEIGHT, 1))
    fmt.space_before = Pt(before_pt)
    fmt.space_after = Pt(after_pt)
    fmt.first_line_indent = Cm(first_line_cm) if first_line_cm else None
    fmt.widow_control = True
    if fresh:
        _PARAGRAPH_PROPERTIES[key] = etree.tostring(paragraph._p.pPr)


def _write_line(paragraph: DocxParagraph, line: L.Line) -> None:
    """Fill a paragraph with one fixed-part line."""
    _format_paragraph(
        paragraph, size_pt=line.size_pt, align=line.align, before_pt=line.space_before_pt
    )
    _add_run(
        paragraph,
        line.text,
        size_pt=line.size_pt,
        bold=line.bold,
        italic=line.italic,
        underline=line.underline,
    )


def _fill_cell(cell: _Cell, lines: list[L.Line]) -> None:
    """Write lines into a table cell, reusing its initial empty paragraph."""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        _write_line(paragraph, line)
        paragraph.paragraph_format.keep_with_next = True


def _sort_children(parent: BaseOxmlElement, order: list[str]) -> None:
    """Reorder an element's children into the OOXML schema sequence (Word is strict about it)."""
    children = list(parent)
    rank = {qn(f"w:{name}"): index for index, name in enumerate(order)}
    children.sort(key=lambda child: rank.get(child.tag, len(order)))
    for child in children:
        parent.remove(child)
        parent.append(child)


def _dxa(mm: float) -> str:
    """Return millimetres as a whole number of twentieths of a point, as text."""
    return str(int(round(mm / 25.4 * 1440)))


def _set_table_geometry(
    table: DocxTable, widths_mm: list[float], *, borders: bool, indent_mm: float | None = None
) -> None:
    """Fix column widths (fixed layout), add or remove all borders, optionally indent the table.

    Borderless (frame) tables get an explicit indent and zero cell margins like the PDF.
    """
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    if indent_mm is None:
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    else:
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        indent = OxmlElement("w:tblInd")
        indent.set(qn("w:w"), _dxa(indent_mm))
        indent.set(qn("w:type"), "dxa")
        tbl_pr.append(indent)
        margins = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            element = OxmlElement(f"w:{side}")
            element.set(qn("w:w"), "0")
            element.set(qn("w:type"), "dxa")
            margins.append(element)
        tbl_pr.append(margins)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), _dxa(sum(widths_mm)))
    width.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(width)
    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            element.set(qn("w:sz"), "4")
            element.set(qn("w:space"), "0")
            element.set(qn("w:color"), "000000")
        edges.append(element)
    tbl_pr.append(edges)
    _sort_children(tbl_pr, TBL_PR_ORDER)
    for column, width_mm in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width_mm)
    for row in table.rows:  # not column.cells: each reads every cell of the table again
        for cell, width_mm in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width_mm)


def _two_column_table(
    doc: DocxDocument,
    rows: list[tuple[list[L.Line], list[L.Line]]],
    widths_mm: list[float],
    *,
    indent_mm: float = 0.0,
) -> None:
    """Add a borderless two-column table whose rows do not split across pages."""
    table = doc.add_table(rows=len(rows), cols=2)
    _set_table_geometry(table, widths_mm, borders=False, indent_mm=indent_mm)
    for row, (left, right) in zip(table.rows, rows, strict=True):
        _fill_cell(row.cells[0], left)
        _fill_cell(row.cells[1], right)
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))


def _page_field(paragraph: DocxParagraph) -> None:
    """Append a PAGE field (page number) to a paragraph."""
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "2")):
        run = paragraph.add_run()
        _set_run_font(run, size_pt=L.PAGE_NUMBER_PT)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._element.append(instr)
        elif kind == "text":
            run.text = text or ""
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._element.append(char)
    end = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end._element.append(char)


def _setup_page(doc: DocxDocument, party: PartyDocument) -> None:
    """Set A4, the margins, and headers: page number from page 2, draft label on every page."""
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width = Twips(L.PAGE_WIDTH_TWIPS)
    section.page_height = Twips(L.PAGE_HEIGHT_TWIPS)
    section.top_margin = Mm(L.MARGIN_TOP_MM)
    section.bottom_margin = Mm(L.MARGIN_BOTTOM_MM)
    section.left_margin = Mm(L.MARGIN_LEFT_MM)
    section.right_margin = Mm(L.MARGIN_RIGHT_MM)
    section.header_distance = Mm(L.HEADER_DISTANCE_MM)
    section.footer_distance = Mm(L.HEADER_DISTANCE_MM)
    section.different_first_page_header_footer = True
    for header, numbered in ((section.header, True), (section.first_page_header, False)):
        paragraph = header.paragraphs[0]
        _format_paragraph(paragraph, size_pt=L.PAGE_NUMBER_PT, align="left")
        stops = paragraph.paragraph_format.tab_stops
        for inherited in (4680, 9360):  # the template's Letter-size Header style stops
            stops.add_tab_stop(Twips(inherited), WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Mm(L.TEXT_WIDTH_MM / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(Mm(L.TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
        _add_run(paragraph, "\t", size_pt=L.PAGE_NUMBER_PT)
        if numbered:
            _page_field(paragraph)
        if party.draft:
            _add_run(paragraph, "\t", size_pt=L.PAGE_NUMBER_PT)
            label = _add_run(paragraph, L.DRAFT_LABEL, size_pt=L.SMALL_PT, bold=True)
            border = OxmlElement("w:bdr")
            for attr, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1")):
                border.set(qn(attr), value)
            label._element.get_or_add_rPr().append(border)


def _setup_styles(doc: DocxDocument) -> None:
    """Make Normal Times New Roman 14 pt with Vietnamese language tags."""
    style = doc.styles["Normal"]
    style.font.name = L.FONT_NAME
    style.font.size = Pt(L.BODY_PT)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), L.FONT_NAME)
    lang = OxmlElement("w:lang")
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), "vi-VN")
    rpr.append(lang)


def _body_paragraph(doc: DocxDocument, *, first_line: bool = True) -> DocxParagraph:
    """Add an empty justified body paragraph with the standard spacing and indent."""
    paragraph = doc.add_paragraph()
    _format_paragraph(
        paragraph,
        size_pt=L.BODY_PT,
        align="justify",
        after_pt=L.PARAGRAPH_AFTER_PT,
        first_line_cm=L.FIRST_LINE_INDENT_CM if first_line else 0.0,
    )
    return paragraph


def _add_table(doc: DocxDocument, block: Table) -> None:
    """Add a bordered data table with a repeating bold header row."""
    widths = L.table_widths_mm(block)
    if not widths:
        return
    if block.caption.strip():
        caption = doc.add_paragraph()
        _write_line(caption, L.Line(block.caption.strip(), size_pt=L.CAPTION_PT, bold=True))
        caption.paragraph_format.space_before = Pt(L.PARAGRAPH_AFTER_PT)
        caption.paragraph_format.space_after = Pt(L.PARAGRAPH_AFTER_PT / 2)
        caption.paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1 + len(block.rows), cols=len(widths))
    _set_table_geometry(table, widths, borders=True)
    for index, title in enumerate(block.columns):
        cell = table.rows[0].cells[index]
        _write_cell(cell, title, align="center", bold=True)
    header_pr = table.rows[0]._tr.get_or_add_trPr()
    header_pr.append(OxmlElement("w:tblHeader"))
    decimals = L.column_decimals(block)
    for row, values in zip(table.rows[1:], block.rows, strict=True):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        cells = zip(row.cells, L.padded_row(values, len(widths)), decimals, strict=True)
        for cell, value, places in cells:
            align = "right" if is_numeric_cell(value) else ("center" if value is None else "left")
            _write_cell(cell, format_cell(value, places), align=align)
    spacer = doc.add_paragraph()
    _format_paragraph(spacer, size_pt=L.SMALL_PT, align="left", after_pt=0)


def _write_cell(cell: _Cell, text: str, *, align: str, bold: bool = False) -> None:
    """Write one table cell in the table type size."""
    paragraph = cell.paragraphs[0]
    _format_paragraph(paragraph, size_pt=L.TABLE_PT, align=align, before_pt=1.5, after_pt=1.5)
    _add_run(paragraph, text, size_pt=L.TABLE_PT, bold=bold)


def _add_figure(doc: DocxDocument, block: Figure) -> None:
    """Add a centred PNG image with its caption below."""
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(L.PARAGRAPH_AFTER_PT)
    paragraph.paragraph_format.keep_with_next = bool(block.caption.strip())
    width = min(max(block.width_mm, 10.0), L.TEXT_WIDTH_MM)
    paragraph.add_run().add_picture(io.BytesIO(block.png), width=Mm(width))
    if block.caption.strip():
        caption = doc.add_paragraph()
        _write_line(caption, L.Line(block.caption.strip(), size_pt=L.CAPTION_PT, italic=True))
        caption.paragraph_format.space_before = Pt(3)
        caption.paragraph_format.space_after = Pt(L.PARAGRAPH_AFTER_PT)


def _add_body(doc: DocxDocument, blocks: list[Block]) -> None:
    """Add body blocks in order, their headings numbered afresh."""
    numberer = L.HeadingNumberer()
    for block in blocks:
        if isinstance(block, Heading):
            bold, italic = L.heading_style(block.level)
            paragraph = _body_paragraph(doc)
            paragraph.paragraph_format.keep_with_next = True
            _add_run(paragraph, numberer.label(block), bold=bold, italic=italic)
        elif isinstance(block, Paragraph):
            paragraph = _body_paragraph(doc)
            _add_run(paragraph, block.text, bold=block.bold, italic=block.italic)
        elif isinstance(block, Bullet):
            _add_run(_body_paragraph(doc), "- " + nfc(block.text.strip()))
        elif isinstance(block, Table):
            _add_table(doc, block)
        elif isinstance(block, Figure):
            _add_figure(doc, block)
        elif isinstance(block, PageBreak):
            doc.add_page_break()


def render_docx(doc: PartyDocument) -> bytes:
    """Render the document as .docx bytes (A4, Times New Roman, Hướng dẫn 36-HD/VPTW layout)."""
    out = Document()
    _setup_styles(out)
    _setup_page(out, doc)
    out.core_properties.title = nfc(doc.subject or doc.doc_type)
    out.core_properties.author = nfc(doc.issuing_body)
    out.core_properties.language = "vi-VN"
    # The library's blank template says "generated by python-docx" under File > Properties.
    out.core_properties.comments = ""
    # The fresh document starts with no paragraphs; the header table comes first.
    left_top, left_bottom = L.header_left(doc)
    right_top, right_bottom = L.header_right(doc)
    widths = [L.HEADER_LEFT_MM, L.HEADER_RIGHT_MM]
    header_rows = [(left_top, right_top), (left_bottom, right_bottom)]
    _two_column_table(out, header_rows, widths, indent_mm=L.HEADER_OFFSET_MM)
    for line in L.title_lines(doc):
        paragraph = out.add_paragraph()
        _write_line(paragraph, line)
        paragraph.paragraph_format.keep_with_next = True
    gap = out.add_paragraph()
    _format_paragraph(gap, size_pt=L.BODY_PT, align="left", after_pt=0)
    _add_body(out, doc.body)
    if doc.body and isinstance(doc.body[-1], Heading | Paragraph | Bullet):
        out.paragraphs[-1].paragraph_format.keep_with_next = True
    closing_left = L.recipient_lines(doc)
    closing_right = L.signature_lines(doc)
    if closing_left or closing_right:
        widths = [L.CLOSING_LEFT_MM, L.CLOSING_RIGHT_MM]
        _two_column_table(out, [(closing_left or [L.Line("")], closing_right)], widths)
    for index, appendix in enumerate(doc.appendices, start=1):
        out.add_page_break()
        for line in L.appendix_title_lines(doc, index, appendix):
            paragraph = out.add_paragraph()
            _write_line(paragraph, line)
            paragraph.paragraph_format.keep_with_next = True
        _add_body(out, appendix.blocks)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()
