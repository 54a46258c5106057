"""Importers: each format, legacy encodings, and hostile files refused without harm."""

import datetime
import io
import json
import zipfile

import openpyxl
import pytest

from lantoa.core.encodings import TCVN3_TABLE, detect_encoding
from lantoa.core.uploads import UploadRefused, check_upload
from lantoa.opinion.importers import MAX_IMPORT_BYTES, read_records

pytestmark = pytest.mark.django_db

TEXT = "Người dân lo phí đăng ký nhãn hiệu"


def records(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return [r for r in read_records(path, filename=name) if r is not None]


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: ă â ê ô ơ ư đ precomposed, tone marks combining."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = [m for m in parts[1:] if m in "\u0300\u0301\u0303\u0309\u0323"]
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in tones))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")


def to_tcvn3(text: str) -> bytes:
    reverse = {v: k for k, v in TCVN3_TABLE.items()}
    return bytes(reverse.get(ch, ord(ch)) for ch in text)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3"])
def test_it_reads_csv_in_every_supported_encoding(tmp_path, encoding):
    content = f"id,nội dung,ngày\n1,{TEXT},17/06/2026\n2,Hàng giả bày bán ở chợ,18/06/2026\n"
    if encoding == "tcvn3":
        data = to_tcvn3(content.lower())
    elif encoding == "cp1258":
        data = to_cp1258(content)
    else:
        data = content.encode(encoding)
    rows = records(tmp_path, "x.csv", data)
    assert [r.source_id for r in rows] == ["1", "2"]
    assert rows[0].text.lower() == TEXT.lower()
    assert str(rows[0].date) == "2026-06-17"


def test_it_detects_legacy_encodings():
    assert detect_encoding(to_tcvn3("người dân đồng tình ủng hộ")) == "tcvn3"
    assert detect_encoding(to_cp1258("người dân đồng tình ủng hộ")) == "cp1258"


def test_it_normalises_nfd_text_to_nfc(tmp_path):
    import unicodedata

    data = f"text\n{unicodedata.normalize('NFD', TEXT)}\n".encode()
    assert records(tmp_path, "x.csv", data)[0].text == unicodedata.normalize("NFC", TEXT)


def test_it_reads_json_arrays_and_lines(tmp_path):
    array = json.dumps(
        [{"id": i, "message": f"{TEXT} {i}", "from": {"name": "A"}} for i in range(300)]
    ).encode()
    assert len(records(tmp_path, "a.json", array)) == 300
    lines = "\n".join(json.dumps({"id": i, "content": TEXT}) for i in range(3)).encode()
    assert len(records(tmp_path, "b.jsonl", lines)) == 3


def test_it_reads_json_lines_longer_than_one_read(tmp_path):
    # Lines straddle the 64 KiB the reader looks at first to tell an array from lines.
    lines = "".join(
        json.dumps({"id": i, "content": f"{TEXT} {i}"}, ensure_ascii=False) + "\n"
        for i in range(3000)
    ).encode()
    assert len(lines) > 3 * 65536
    rows = records(tmp_path, "c.jsonl", lines)
    assert [r.source_id for r in rows] == [str(i) for i in range(3000)]


def test_it_names_the_broken_line_of_json_lines_in_vietnamese(tmp_path):
    data = b'{"text": "m\xe1\xbb\x99t"}\n\n{"text": "hai"\n'
    with pytest.raises(UploadRefused) as refused:
        records(tmp_path, "d.jsonl", data)
    assert refused.value.message == "Tệp JSON không hợp lệ: dòng 3 không đọc được."


def test_it_refuses_a_broken_json_array_in_vietnamese(tmp_path):
    data = b'[{"text": "m\xe1\xbb\x99t"}, {"text": "hai"'
    with pytest.raises(UploadRefused) as refused:
        records(tmp_path, "e.json", data)
    assert refused.value.message == "Tệp JSON không hợp lệ: phần tử thứ 2 không đọc được."


def test_it_reads_xlsx(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Mã", "Nội dung", "Tác giả"])
    sheet.append(["k1", TEXT, "@someone"])
    buffer = io.BytesIO()
    book.save(buffer)
    rows = records(tmp_path, "x.xlsx", buffer.getvalue())
    assert rows[0].text == TEXT and rows[0].author == "@someone"


def test_it_reads_excel_serial_dates_as_the_day_excel_shows(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ngày", "Nội dung"])
    sheet.append([46363, TEXT])  # a date cell saved as a plain number: 07/12/2026
    sheet.append([46363.34, "Hàng giả bày bán ở chợ"])  # with its time, 08:09
    buffer = io.BytesIO()
    book.save(buffer)
    rows = records(tmp_path, "x.xlsx", buffer.getvalue())
    assert [str(r.date) for r in rows] == ["2026-12-07", "2026-12-07"]
    rows = records(tmp_path, "x.csv", f"ngày,nội dung\n46363,{TEXT}\n".encode())
    assert str(rows[0].date) == "2026-12-07"


@pytest.mark.parametrize(
    "stamp",
    [
        "2026-12-06T23:30:00+0000",
        "2026-12-06T23:30:00Z",
        "Sun, 06 Dec 2026 23:30:00 GMT",
        "1796599800",
    ],
)
def test_it_dates_a_utc_timestamp_by_the_day_in_vietnam(tmp_path, stamp):
    # 23:30 UTC on 06/12 is 06:30 on 07/12 in Điện Biên: the comment belongs to the 7th.
    data = json.dumps([{"message": TEXT, "created_time": stamp}]).encode()
    assert str(records(tmp_path, "x.json", data)[0].date) == "2026-12-07"


@pytest.mark.parametrize(
    "written",
    ["07/12/2026 08:15:30", "07-12-2026 08:15", "07-12-2026 08:15:30", "07.12.2026", "2026/12/07"],
)
def test_it_reads_the_date_forms_vietnamese_exports_write(tmp_path, written):
    rows = records(tmp_path, "x.csv", f"nội dung,ngày\n{TEXT},{written}\n".encode())
    assert str(rows[0].date) == "2026-12-07"


def test_it_names_the_row_whose_date_it_cannot_read(tmp_path):
    content = f"nội dung,ngày\n{TEXT},07/12/2026\nHàng giả bày bán ở chợ,31/02/2026\n"
    with pytest.raises(UploadRefused, match="^Dòng 3: không đọc được ngày “31/02/2026”"):
        records(tmp_path, "x.csv", content.encode())
    book = openpyxl.Workbook()
    book.active.append(["Nội dung", "Thời gian"])
    book.active.append([TEXT, "hôm qua"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(UploadRefused, match="^Dòng 2: không đọc được ngày “hôm qua”"):
        records(tmp_path, "x.xlsx", buffer.getvalue())


def test_it_masks_a_phone_or_id_number_in_the_date_cell_it_quotes_when_refusing(tmp_path):
    # A row whose text ran into the date column (a quote left open): the refusal is kept with
    # the job and shown on the page, so it must not carry the numbers intake would have masked.
    content = f"nội dung,ngày\n{TEXT},Số CMND 012345678 gọi 0912.345.678\n"
    with pytest.raises(UploadRefused, match="^Dòng 2: không đọc được ngày") as refused:
        records(tmp_path, "x.csv", content.encode())
    assert "012345678" not in refused.value.message
    assert "0912.345.678" not in refused.value.message


def test_it_refuses_a_date_cell_of_megabytes_in_moments_quoting_its_start_masked():
    # A quote left open runs the rest of a 200 MB export into one date cell: the refusal
    # masked the whole cell to quote 40 characters of it (8 µs a character of phone-like
    # text, some 40 s for 5 MB and past the parse's 600 s for the largest file).
    import time

    from lantoa.opinion.exportrecords import record_date

    cell = "gọi 0912.345.678 " + "0912 " * 1_000_000
    started = time.monotonic()
    with pytest.raises(UploadRefused, match="^Dòng 2: không đọc được ngày") as refused:
        record_date(cell, "Dòng 2")
    assert time.monotonic() - started < 3
    assert "0912.345.678" not in refused.value.message
    assert "0912 " not in refused.value.message


def test_it_reads_dates_as_every_typed_date_is_read_and_refuses_years_no_record_holds(tmp_path):
    content = (
        f"nội dung,ngày\n{TEXT},7/12/26 08:15\n{TEXT} nữa,2026/12/07 08:15\n"
        "Hàng giả bày bán ở chợ,0001-01-01\n"
    )
    with pytest.raises(UploadRefused, match="^Dòng 4: không đọc được ngày “0001-01-01”"):
        records(tmp_path, "x.csv", content.encode())
    read = records(tmp_path, "x.csv", "\n".join(content.splitlines()[:3]).encode())
    assert [r.date for r in read] == [datetime.date(2026, 12, 7)] * 2


def test_it_refuses_a_zip_bomb_xlsx(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    with pytest.raises(UploadRefused, match="tỷ lệ nén"):
        records(tmp_path, "bomb.xlsx", buffer.getvalue())


def test_it_refuses_macros_and_doctypes_in_office_files():
    for name, body, refusal in [
        ("xl/vbaProject.bin", b"x", "macro"),
        ("xl/workbook.xml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>', "DOCTYPE"),
    ]:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name, body)
        with pytest.raises(UploadRefused, match=refusal):
            check_upload(buffer.getvalue(), filename="x.xlsx", kind="opinion")


def test_it_reads_rss_and_atom_and_strips_markup(tmp_path):
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Báo</title>'
        "<item><title>Tin một</title><description>&lt;p&gt;Hàng giả &lt;script&gt;x()"
        "&lt;/script&gt;bị thu giữ&lt;/p&gt;</description><guid>g1</guid>"
        "<pubDate>Tue, 17 Jun 2026 08:00:00 +0700</pubDate></item></channel></rss>"
    ).encode()
    item = records(tmp_path, "f.rss", rss)[0]
    assert item.source_id == "g1" and "Tin một" in item.text and "script" not in item.text
    assert "Báo" not in item.text and str(item.date) == "2026-06-17"
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><title>Tin hai</title>'
        b'<link href="https://baodienbienphu.vn/a"/><updated>2026-06-18T00:00:00Z</updated>'
        b"</entry></feed>"
    )
    entry = records(tmp_path, "f.atom", atom)[0]
    assert entry.source_id == "e1" and entry.link == "https://baodienbienphu.vn/a"


def test_it_refuses_xxe_in_rss(tmp_path):
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&x;</title></item></channel></rss>"
    )
    with pytest.raises(UploadRefused, match="DOCTYPE"):
        records(tmp_path, "x.xml", xxe)


def test_it_refuses_a_1gb_file_by_its_size_alone(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: nothing is written or read
        handle.truncate(1024**3)
    assert MAX_IMPORT_BYTES < 1024**3
    with pytest.raises(UploadRefused, match="quá lớn"):
        next(read_records(path, filename="huge.csv"))


def test_it_reads_the_longer_vietnamese_headers_of_exports(tmp_path):
    header = "Thời gian đăng,Nội dung bình luận,Người bình luận,Link bài viết"
    rows = records(
        tmp_path, "x.csv", f"{header}\n07/12/2026 08:15,{TEXT},an88,https://x.vn/1\n".encode()
    )
    assert (rows[0].text, str(rows[0].date), rows[0].author) == (TEXT, "2026-12-07", "an88")
    assert rows[0].link == "https://x.vn/1"
    rows = records(tmp_path, "y.csv", f"ngay dang;noi dung bai viet\n7/12/2026;{TEXT}\n".encode())
    assert (rows[0].text, str(rows[0].date)) == (TEXT, "2026-12-07")


def test_it_refuses_a_csv_row_with_more_cells_than_its_header(tmp_path):
    # An unquoted comma cut the comment in two: its tail would land in no column, or the next.
    content = f"nội dung,kênh\n{TEXT},Zalo,\nGạo ngon, dẻo, thơm,Facebook\n"
    with pytest.raises(UploadRefused, match="^Dòng 3: có 4 ô, nhiều hơn 2 cột"):
        records(tmp_path, "x.csv", content.encode())
    rows = records(tmp_path, "y.csv", f"nội dung,kênh\n{TEXT},Zalo,\n".encode())
    assert (rows[0].text, rows[0].channel) == (TEXT, "Zalo")  # an empty cell after: harmless


def test_it_refuses_a_csv_without_a_text_column(tmp_path):
    with pytest.raises(UploadRefused, match="cột nội dung"):
        records(tmp_path, "x.csv", b"a,b\n1,2\n")


def test_it_skips_a_json_comment_whose_text_is_a_list_or_an_object(tmp_path):
    data = json.dumps(
        [
            {"id": "a", "message": ["không", "phải", "chữ"]},
            {"id": "b", "message": {"text": "lồng"}},
            {"id": "c", "message": TEXT},
        ]
    )
    # Before, the list was stored as the comment "['không', 'phải', 'chữ']".
    assert [r.text for r in records(tmp_path, "x.json", data.encode())] == [TEXT]


def test_it_refuses_a_feed_entry_whose_date_it_cannot_read_as_it_refuses_a_row(tmp_path):
    # Dated today instead, as it was, the entry counted in this week's trend (a false spike).
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss><channel>'
        "<item><title>Tin một</title><guid>a</guid><pubDate>Sat, 05 Dec 2026 08:00:00 +0700"
        "</pubDate></item><item><title>Tin hai</title><guid>b</guid><pubDate>hôm qua</pubDate>"
        "</item></channel></rss>"
    )
    with pytest.raises(UploadRefused, match="^Mục 2: không đọc được ngày “hôm qua”"):
        records(tmp_path, "f.rss", rss.encode())
