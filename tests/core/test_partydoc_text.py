"""Tests of the engine's Vietnamese text helpers and shared layout rules."""

import datetime
import unicodedata

import pytest

from lantoa.core.partydoc import (
    Heading,
    PartyDocument,
    Signature,
    Table,
    document_code,
    format_vn_number,
    vn_date_line,
)
from lantoa.core.partydoc import layout as L
from lantoa.core.partydoc.text import format_cell


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234.5, None, "1.234,5"),
        (1234567, None, "1.234.567"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (-1234.5678, None, "-1.234,5678"),
        (0.1 + 0.2, None, "0,3"),
        (-0.0, None, "0"),
        (1234.5678, 2, "1.234,57"),
        (1234.5, 0, "1.235"),
        (2.675, 2, "2,68"),
        (7, 1, "7,0"),
    ],
)
def test_it_formats_numbers_vietnamese_style(value, decimals, expected):
    assert format_vn_number(value, decimals) == expected


def test_it_formats_missing_cells_as_a_dash():
    assert format_cell(None) == "—"
    assert format_cell(12345) == "12.345"


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (datetime.date(2026, 11, 26), "Điện Biên, ngày 26 tháng 11 năm 2026"),
        (datetime.date(2026, 2, 5), "Điện Biên, ngày 05 tháng 02 năm 2026"),
        (datetime.date(2026, 3, 9), "Điện Biên, ngày 09 tháng 3 năm 2026"),
        (datetime.date(2026, 1, 10), "Điện Biên, ngày 10 tháng 01 năm 2026"),
    ],
)
def test_it_writes_the_place_date_line_with_leading_zeros(date, expected):
    assert vn_date_line(place="Điện Biên", date=date) == expected


def test_it_leaves_date_blanks_for_a_draft():
    assert vn_date_line(place="Điện Biên", date=None) == "Điện Biên, ngày    tháng    năm 20.."


def test_it_builds_the_document_code():
    assert document_code(number=12, symbol="BC/BTGDVTU") == "12-BC/BTGDVTU"
    assert "Số " + document_code(number=None, symbol="BC/BTGDVTU") == "Số    -BC/BTGDVTU"


def test_it_keyword_only_helpers_reject_positional_arguments():
    with pytest.raises(TypeError):
        vn_date_line("Điện Biên", None)  # type: ignore[misc]


def _letter(**changes):
    values = {
        "parent_body": "Tỉnh ủy Điện Biên",
        "issuing_body": "Ban Tuyên giáo và Dân vận",
        "number": 7,
        "symbol": "CV/BTGDVTU",
        "place": "Điện Biên",
        "date": datetime.date(2026, 2, 1),
        "doc_type": "",
        "subject": "đôn đốc báo cáo kết quả quán triệt",
    }
    values.update(changes)
    return PartyDocument(**values)


def test_it_puts_a_cong_van_subject_under_the_number():
    letter = _letter()
    _, bottom = L.header_left(letter)
    assert [line.text for line in bottom] == [
        "Số 7-CV/BTGDVTU",
        "V/v đôn đốc báo cáo kết quả quán triệt",
    ]
    assert bottom[1].italic and bottom[1].size_pt == 12
    assert L.title_lines(letter) == []


def test_it_uppercases_bodies_and_normalises_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Ban Tuyên giáo và Dân vận")
    top, _ = L.header_left(_letter(issuing_body=decomposed))
    assert top[1].text == "BAN TUYÊN GIÁO VÀ DÂN VẬN"
    assert unicodedata.is_normalized("NFC", top[1].text)


def test_it_builds_the_signature_block():
    doc = _letter(signature=Signature("T/M", "Ban Thường vụ", "Bí thư", "Nguyễn Văn A"))
    texts = [line.text for line in L.signature_lines(doc)]
    assert texts == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A"]


def test_it_numbers_headings_per_level():
    numberer = L.HeadingNumberer()
    labels = [
        numberer.label(Heading("Kết quả", 1)),
        numberer.label(Heading("Chỉ đạo", 2)),
        numberer.label(Heading("Cấp tỉnh", 3)),
        numberer.label(Heading("Cấp huyện", 3)),
        numberer.label(Heading("Nhiệm vụ", 1)),
        numberer.label(Heading("Tiếp tục", 2)),
        numberer.label(Heading("Không số", 2, numbered=False)),
    ]
    assert labels == [
        "I- KẾT QUẢ",
        "1. Chỉ đạo",
        "a) Cấp tỉnh",
        "b) Cấp huyện",
        "II- NHIỆM VỤ",
        "1. Tiếp tục",
        "Không số",
    ]


def test_it_fits_table_columns_into_the_text_width():
    table = Table(columns=["A", "B"], rows=[[1, "một đoạn văn bản dài"]], widths_mm=[100, 100])
    assert sum(L.table_widths_mm(table)) == pytest.approx(L.TEXT_WIDTH_MM)
    auto = Table(columns=["TT", "Tên"], rows=[[1, "x" * 30]])
    widths = L.table_widths_mm(auto)
    assert sum(widths) == pytest.approx(L.TEXT_WIDTH_MM) and widths[1] > widths[0]


def test_it_uses_one_decimal_count_per_column():
    table = Table(columns=["n", "p"], rows=[[1, 100.0], [2, 98.5], [3, None]])
    assert L.column_decimals(table) == [None, 1]
