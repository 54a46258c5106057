"""Tests of the .docx writer on a sample progress report."""

import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from lantoa.core.partydoc import render_docx
from lantoa.core.partydoc.sample import sample_document


@pytest.fixture(scope="module")
def docx():
    return Document(io.BytesIO(render_docx(sample_document())))


def _all_text(document):
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_it_writes_the_header_texts_and_number(docx):
    text = _all_text(docx)
    for expected in (
        "TỈNH ỦY ĐIỆN BIÊN",
        "BAN TUYÊN GIÁO VÀ DÂN VẬN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 12-BC/BTGDVTU",
        "Điện Biên, ngày 26 tháng 11 năm 2026",
        "BÁO CÁO",
        "Tiến độ học tập, quán triệt và tuyên truyền Nghị quyết",
        "I- TÌNH HÌNH TRIỂN KHAI",
        "- Ban hành 03 văn bản hướng dẫn",
        "Nơi nhận:",
        "- Thường trực Tỉnh ủy (b/c);",
        "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "Trần Thị Lan Hương",
    ):
        assert expected in text


def test_it_styles_the_party_title(docx):
    cell = docx.tables[0].rows[0].cells[1]
    run = cell.paragraphs[0].runs[0]
    assert run.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert run.bold and run.underline and run.font.size.pt == 15


def test_it_writes_all_table_rows_with_vietnamese_numbers(docx):
    data = docx.tables[1]
    assert len(data.rows) == 46  # header + 45 rows
    assert data.rows[0].cells[1].text == "Đơn vị"
    assert data.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    first = [cell.text for cell in data.rows[1].cells]
    assert first[:5] == ["1", "Đảng bộ phường Điện Biên Phủ (1)", "1.200", "1.200", "100,0"]
    assert data.rows[45].cells[0].text == "45"
    assert data.rows[1].cells[5].text == "—"
    assert data.rows[1].cells[2].paragraphs[0].alignment == 2  # right


def test_it_uses_a4_and_the_party_margins(docx):
    section = docx.sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.05)
    assert section.page_height.mm == pytest.approx(297, abs=0.05)
    assert section.top_margin.mm == pytest.approx(25, abs=0.05)
    assert section.bottom_margin.mm == pytest.approx(25, abs=0.05)
    assert section.left_margin.mm == pytest.approx(35, abs=0.05)
    assert section.right_margin.mm == pytest.approx(15, abs=0.05)


def test_it_sets_times_new_roman_14pt_on_body_runs(docx):
    body = [p for p in docx.paragraphs if p.text.startswith("Thực hiện Kế hoạch")]
    assert body
    for paragraph in body:
        assert paragraph.paragraph_format.first_line_indent.cm == pytest.approx(1.27, abs=0.01)
        assert paragraph.alignment == 3  # justify
        for run in paragraph.runs:
            assert run.font.name == "Times New Roman"
            assert run.font.size.pt == 14
            fonts = run._element.rPr.rFonts
            assert fonts.get(qn("w:eastAsia")) == "Times New Roman"
            assert fonts.get(qn("w:cs")) == "Times New Roman"
    assert docx.styles["Normal"].font.name == "Times New Roman"


def test_it_numbers_pages_from_the_second_page(docx):
    section = docx.sections[0]
    assert section.different_first_page_header_footer
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and 'w:fldCharType="begin"' in header_xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_it_embeds_the_figure(docx):
    assert any(rel.reltype.endswith("/image") for rel in docx.part.rels.values())


def test_it_marks_a_draft_and_leaves_number_and_date_blank():
    draft = Document(io.BytesIO(render_docx(sample_document(draft=True))))
    text = _all_text(draft)
    assert "Số    -BC/BTGDVTU" in text
    assert "ngày    tháng    năm 20.." in text
    section = draft.sections[0]
    assert "DỰ THẢO" in section.header._element.xml
    assert "DỰ THẢO" in section.first_page_header._element.xml


def test_it_keeps_hostile_text_literal():
    doc = sample_document()
    doc.subject = "<script>&"
    text = _all_text(Document(io.BytesIO(render_docx(doc))))
    assert "<script>&" in text


def test_it_leaves_no_english_in_the_files_properties(docx):
    """File > Properties of a signed Party document: Vietnamese or empty, never the library's."""
    props = docx.core_properties
    fields = {
        "comments": props.comments,
        "keywords": props.keywords,
        "category": props.category,
        "subject": props.subject,
        "last_modified_by": props.last_modified_by,
        "content_status": props.content_status,
    }
    assert not any("python-docx" in value for value in fields.values()), fields
    assert props.title and props.author  # the trích yếu and the issuing body
