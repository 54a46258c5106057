"""Tests of the PDF writer (HTML + CSS printed by WeasyPrint) on a sample progress report."""

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from lantoa.core.partydoc import Paragraph, render_html, render_pdf
from lantoa.core.partydoc.sample import sample_document


def _has_liberation_serif() -> bool:
    if shutil.which("fc-list") is None:
        return False
    listing = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return "Liberation Serif" in listing


needs_font = pytest.mark.skipif(not _has_liberation_serif(), reason="Liberation Serif missing")

TOP_MARGIN_PT = 25 / 25.4 * 72


@pytest.fixture(scope="module")
def pdf():
    return PdfReader(io.BytesIO(render_pdf(sample_document())))


def _text_in_top_margin(page) -> str:
    found = []
    height = float(page.mediabox.height)

    def visit(text, cm, tm, font, size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > height - TOP_MARGIN_PT:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return " ".join(found)


def test_it_keeps_vietnamese_text_intact(pdf):
    text = "\n".join(page.extract_text() for page in pdf.pages)
    for expected in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 12-BC/BTGDVTU",
        "Điện Biên, ngày 26 tháng 11 năm 2026",
        "Trần Thị Lan Hương",
        "quán triệt",
        "K/T TRƯỞNG BAN",
        "1.234 đại biểu",
    ):
        assert expected in text


def test_it_prints_a4_pages(pdf):
    assert len(pdf.pages) > 1
    for page in pdf.pages:
        assert float(page.mediabox.width) == pytest.approx(595, abs=1)
        assert float(page.mediabox.height) == pytest.approx(842, abs=1)


def test_it_numbers_pages_from_the_second_page(pdf):
    assert _text_in_top_margin(pdf.pages[0]) == ""
    assert _text_in_top_margin(pdf.pages[1]) == "2"


def test_it_repeats_the_table_header_on_the_next_page(pdf):
    assert "Đơn vị" in pdf.pages[1].extract_text()


@needs_font
def test_it_embeds_liberation_serif_only(pdf):
    names = set()
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor  # embedded
    assert names
    assert all(name.replace("-", "").startswith("LiberationSerif") for name in names), names


def test_it_escapes_html_in_all_text():
    doc = sample_document()
    doc.subject = "<script>&"
    doc.recipients = ["<b>Lưu</b>"]
    html = render_html(doc)
    assert "<script>" not in html and "&lt;script&gt;&amp;" in html
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(doc))).pages)
    assert "<script>&" in text
    assert "- <b>Lưu</b>" in text


def test_it_marks_a_draft_on_every_page():
    reader = PdfReader(io.BytesIO(render_pdf(sample_document(draft=True))))
    assert "DỰ THẢO" in _text_in_top_margin(reader.pages[0])
    assert _text_in_top_margin(reader.pages[1]) == "2 DỰ THẢO"
    first = reader.pages[0].extract_text().replace("\xa0", " ")
    assert "Số    -BC/BTGDVTU" in first
    assert "ngày    tháng    năm 20.." in first


def test_it_writes_a_cong_van_without_type_title():
    doc = sample_document()
    doc.doc_type = ""
    doc.subject = "đôn đốc báo cáo"
    text = PdfReader(io.BytesIO(render_pdf(doc))).pages[0].extract_text()
    assert "V/v đôn đốc báo cáo" in text
    assert "BÁO CÁO\n" not in text


@needs_font
def test_it_never_breaks_a_line_inside_a_short_word_with_a_slash():
    doc = sample_document()
    # Seen on an issued report: "- Ban Tuyên giáo và Dân vận Trung ương (b/" then "c);".
    doc.recipients = ["Thường trực Tỉnh ủy (b/c)", "Ban Tuyên giáo và Dân vận Trung ương (b/c)"]
    filler = "Thực hiện Kết luận số 51-KL/TW của Bộ Chính trị về sở hữu trí tuệ, ban hành "
    doc.body = [Paragraph(" ".join(filler + "x" * n for n in range(1, 12))), *doc.body]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(doc))).pages)
    assert text.count("(b/c)") == 2, text
    assert text.count("51-KL/TW") == 11 and "KL/\n" not in text
