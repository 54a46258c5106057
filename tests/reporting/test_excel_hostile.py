import pytest

from lantoa.core.isolation import parse_in_child
from lantoa.core.uploads import UploadRefused
from lantoa.organization.models import Unit
from lantoa.reporting.excel.importer import excel_import_start, excel_read
from lantoa.reporting.excel.layout import reader_spec
from lantoa.reporting.excel.reader import read_workbook
from lantoa.reporting.excel.template import unit_template
from lantoa.reporting.models import Activity, ExcelImport
from tests.reporting.excel_support import (
    edit,
    forge_size,
    new_conference,
    rewrite_zip,
    run_import,
    sheet_xml,
)

pytestmark = pytest.mark.django_db
MB = 1024 * 1024
XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.fixture
def filled(kl51_campaign):
    template = unit_template(campaign=kl51_campaign, unit=Unit.objects.get(code="03127"))
    return edit(template, {2: new_conference()})


def _hostile(name: str, filled: bytes) -> bytes:
    if name == "zip bomb":
        return rewrite_zip(filled, {}, {"xl/media/anh.bin": b"\0" * (30 * MB)})
    if name == "external entity":
        xml = sheet_xml(filled)
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return rewrite_zip(filled, {"xl/worksheets/sheet1.xml": XXE + body})
    if name == "cell at XFD1048576":
        return _far_cell(filled)
    if name == "forged size":
        return forge_size(filled, "xl/worksheets/sheet1.xml", 100)
    if name == "macro":
        return rewrite_zip(filled, {}, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 512})
    if name == "not a zip":
        return b"xin chao, day khong phai bang tinh"
    raise AssertionError(name)


def _far_cell(data: bytes) -> bytes:
    xml = sheet_xml(data)
    far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": xml.replace(b"</sheetData>", far)})


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zip bomb", "tỷ lệ nén"),
        ("external entity", "DOCTYPE"),
        ("cell at XFD1048576", "XFD1048576"),
        ("forged size", "không khớp"),
        ("macro", "macro"),
        ("not a zip", "không"),
    ],
)
def test_it_refuses_a_hostile_file_and_changes_nothing(
    kl51_campaign, commune_reporter, filled, name, expected
):
    upload = run_import(kl51_campaign, commune_reporter, _hostile(name, filled))
    assert upload.status == "failed"
    assert expected in upload.message, upload.message
    assert not Activity.objects.exists()
    # The process that checked it goes on working: the honest file passes right after.
    assert run_import(kl51_campaign, commune_reporter, filled).status == "applied"


def _zip(entries: dict[str, str]) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(
    ("entries", "kind"),
    [
        (
            {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<a/>"},
            "bảng tính OpenDocument (.ods, LibreOffice)",
        ),
        ({"[Content_Types].xml": "<a/>", "word/document.xml": "<a/>"}, "văn bản Word (.docx)"),
    ],
)
def test_it_names_what_a_renamed_file_really_is(kl51_campaign, commune_reporter, entries, kind):
    upload = run_import(kl51_campaign, commune_reporter, _zip(entries))
    assert upload.status == "failed"
    assert upload.message == (
        f"Tệp có đuôi .xlsx nhưng thực ra là {kind}; hãy mở tệp, lưu lại thành bảng tính "
        "Excel (.xlsx) rồi tải lên."
    ), upload.message
    assert not Activity.objects.exists()


def test_it_refuses_a_macro_enabled_workbook_by_name(kl51_campaign, commune_reporter, filled):
    with pytest.raises(UploadRefused, match="xlsm"):
        excel_import_start(
            campaign=kl51_campaign,
            user=commune_reporter,
            filename="bao-cao.xlsm",
            content=filled,
            enqueue=False,
        )
    assert not ExcelImport.objects.exists()


@pytest.mark.parametrize(
    ("filename", "named"),
    [
        ("bao-cao.xls", "Excel 97–2003 (.xls)"),
        ("BAO-CAO.XLS", "Excel 97–2003 (.xls)"),
        ("bao-cao.ods", "LibreOffice Calc (.ods)"),
        ("bao-cao.csv", "CSV (.csv)"),
    ],
)
def test_it_tells_how_to_save_an_old_or_other_spreadsheet_as_xlsx(
    kl51_campaign, commune_reporter, filled, filename, named
):
    # A commune's old Excel saves .xls; the refusal spoke of macros, which it has none of.
    with pytest.raises(UploadRefused) as refused:
        excel_import_start(
            campaign=kl51_campaign,
            user=commune_reporter,
            filename=filename,
            content=filled,
            enqueue=False,
        )
    assert str(refused.value) == (
        f"Tệp {named} không được nhận ở đây; hãy mở tệp bằng Excel hoặc LibreOffice, chọn "
        "«Lưu thành» (Save As) kiểu «Excel Workbook (.xlsx)» rồi tải tệp .xlsx lên."
    )
    assert not ExcelImport.objects.exists()


def test_it_refuses_200_mb_by_size_before_reading(tmp_path):
    huge = tmp_path / "lon.xlsx"
    with huge.open("wb") as handle:  # sparse: 200 MB declared, nothing written
        handle.truncate(200 * MB)
    with pytest.raises(UploadRefused, match="Tệp quá lớn \\(200 MB\\); tối đa 20 MB"):
        excel_read(path=huge, filename=huge.name)


def test_it_survives_a_parser_out_of_memory(tmp_path, filled):
    # Eight titles of 8 MB each (a few kB zipped) must each be held whole, so the child runs
    # out under its limit on every machine. The plain template was read within 24 MB on one
    # machine, from memory its process already held, and the test failed there.
    xml = sheet_xml(filled)
    for number in range(3, 11):
        row_end = f'<c r="B{number}" t="inlineStr"><is><t>03127</t></is></c></row>'.encode()
        assert row_end in xml
        title = f'<c r="F{number}" t="inlineStr"><is><t>'.encode() + b"a" * (8 * MB)
        xml = xml.replace(row_end, row_end[:-6] + title + b"</t></is></c></row>", 1)
    path = tmp_path / "a.xlsx"
    path.write_bytes(rewrite_zip(filled, {"xl/worksheets/sheet1.xml": xml}))
    # A child out of memory may raise MemoryError or die in C code before it can say so.
    # lxml reports its own failed allocation as a damaged file («Không mở được»).
    with pytest.raises(UploadRefused, match="bộ nhớ|dừng đột ngột|Không đọc được|Không mở được"):
        parse_in_child(read_workbook, str(path), reader_spec(), memory_mb=24)
    assert len(parse_in_child(read_workbook, str(path), reader_spec())["rows"]) > 8


def test_it_reads_a_file_of_100_000_merged_ranges_beside_the_template_in_moments():
    # The reader's cap keeps 100,000 merged ranges; each one beside the template's columns
    # walked every row read under it and every column it spans, finding nothing to name: a
    # file of 5,000 rows took some 140 s, past the 60 s the parse is given, and was refused.
    import time

    from lantoa.reporting.excel.reader import _merge_errors

    columns = {position: (f"cot{position}", "Cột") for position in range(1, 15)}
    rows: list[tuple[int, dict[str, object]]] = [(number, {}) for number in range(2, 5002)]
    started = time.monotonic()
    errors = _merge_errors(["ZZ2:ZZ5001"] * 100_000, columns, rows, 1)
    assert errors == []
    assert time.monotonic() - started < 5
    # A merge over a template column is still named, at most 1,000 times.
    named = _merge_errors(["C2:XFD5001"] * 100_000, columns, rows, 1)
    assert 0 < len(named) <= 1000 + len(columns)
    assert named[0][:2] == (3, "cot3")
