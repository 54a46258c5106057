from lantoa.core.numbers import format_vn_number
from lantoa.core.text import fold, html_to_text, vn_sort_key


def test_it_folds_diacritics_and_d_bar():
    assert fold("Phường  Điện Biên Phủ") == "phuong dien bien phu"
    assert fold("QUÁN TRIỆT") == "quan triet"


def test_it_sorts_the_vietnamese_way():
    names = ["Xã Đa", "Xã Ăn", "Xã Ba", "Xã Dê", "Xã Ân", "Xã An", "Xã Anh", "Xã Ơ", "Xã Ô", "Xã O"]
    assert sorted(names, key=vn_sort_key) == [
        "Xã An",
        "Xã Anh",
        "Xã Ăn",
        "Xã Ân",
        "Xã Ba",
        "Xã Dê",
        "Xã Đa",
        "Xã O",
        "Xã Ô",
        "Xã Ơ",
    ]


def test_it_orders_tones_after_the_base_letters():
    assert sorted(["má", "mà", "ma", "mạ", "mả", "mã"], key=vn_sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]


def test_it_formats_numbers_vietnamese_style():
    assert format_vn_number(1234567) == "1.234.567"
    assert format_vn_number(1234.5) == "1.234,5"
    assert format_vn_number(0) == "0"
    assert format_vn_number(-0.04, decimals=1) == "0,0"


def test_it_exports_tables_with_numbers_kept_and_formulas_neutralised():
    import csv
    import datetime
    import io

    from openpyxl import load_workbook

    from lantoa.core.exports import table_bytes

    rows = [['=HYPERLINK("x")', 1234, 45.5, datetime.date(2026, 6, 17), None]]
    data, _type = table_bytes(header=["a", "b", "c", "d", "e"], rows=rows, fmt="csv")
    assert data.startswith("\ufeff".encode())
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert parsed[1] == ['\'=HYPERLINK("x")', "1234", "45.5", "17/06/2026", ""]
    book, _type = table_bytes(header=["a", "b", "c", "d", "e"], rows=rows, fmt="xlsx")
    sheet = load_workbook(io.BytesIO(book)).active
    # .xlsx keeps the text exactly, as a text cell flagged "typed with a leading apostrophe".
    assert sheet["A2"].value == '=HYPERLINK("x")' and sheet["B2"].value == 1234
    assert sheet["A2"].data_type == "s" and sheet["A2"].quotePrefix


def test_it_leaves_the_page_title_out_of_the_html_text() -> None:
    text = html_to_text("<html><head><title>Untitled Document</title></head><p>Nội dung</p>")
    assert "Untitled" not in text
    assert "Nội dung" in text


def test_it_breaks_a_line_not_a_paragraph_at_br():
    # A legacy page breaks a sentence with <br />: one line break, not the blank line between
    # two paragraphs (#17.3), whichever way the tag is written.
    text = html_to_text("<p>2.3.<br />Công an tỉnh<br>chủ trì</p><p>Đoạn hai</p>")
    assert text.strip().split("\n") == ["2.3.", "Công an tỉnh", "chủ trì", "", "Đoạn hai"]


def test_it_keeps_the_text_after_a_self_closed_script_or_title():
    # An XHTML page closes an empty <script src=… /> in its own tag: the text after it is
    # still the page's, not code to hide.
    text = html_to_text('<head><title/><script src="a.js" /></head><p>Nội dung</p>')
    assert "Nội dung" in text
