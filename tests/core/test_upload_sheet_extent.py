import pytest

from lantoa.core.officezip import (
    _CHUNK,
    MAX_SHEET_CELLS,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    _check_cells,
)
from lantoa.core.uploads import UploadRefused, check_upload
from tests.security.hostile import xlsx


def _scan(xml: bytes) -> int:
    """Count cells chunk by chunk, exactly as the zip check feeds _check_cells."""
    count, tail = 0, b""
    for start in range(0, len(xml), _CHUNK):
        window = tail + xml[start : start + _CHUNK]
        count += _check_cells(window, tail=tail)
        tail = window[-256:]
    return count


@pytest.mark.parametrize("ref", ["IV1", "A200000", "Z99999", "iv12"])
def test_it_accepts_cells_at_the_limits(ref):
    assert _scan(f'<row r="1"><c r="{ref}" t="n"><v>1</v></c></row>'.encode()) == 1


@pytest.mark.parametrize("ref", ["IW1", "JA1", "AAA1", "ZZZZ9", "A200001", "B1048576"])
def test_it_refuses_cells_past_the_limits(ref):
    with pytest.raises(UploadRefused) as caught:
        _scan(f'<x:row r="1"><x:c s="2" r="{ref}"><x:v>1</x:v></x:c></x:row>'.encode())
    assert ref in caught.value.message


def test_it_refuses_a_row_past_the_limit():
    with pytest.raises(UploadRefused, match=f"dòng {MAX_SHEET_ROWS + 1}"):
        _scan(f'<row r="{MAX_SHEET_ROWS + 1}"><c><v>1</v></c></row>'.encode())


def test_it_counts_every_cell_once_across_chunk_boundaries():
    cells = 40_000  # about 1.5 MB: many tags fall across the 64 KiB chunk edges
    body = b"".join(
        b'<row r="%d"><c r="A%d" t="n"><v>1</v></c><c/><c r="C%d"/></row>' % (n, n, n)
        for n in range(1, cells // 3 + 2)
    )
    xml = b'<worksheet><cols><col min="1"/></cols><sheetData>' + body + b"</sheetData></worksheet>"
    assert _scan(xml) == (cells // 3 + 1) * 3


def test_it_refuses_a_real_workbook_with_a_far_cell(tmp_path):
    path = tmp_path / "xa.xlsx"
    path.write_bytes(xlsx({"A1": 1, f"A{MAX_SHEET_ROWS + 5}": 2}))
    with pytest.raises(UploadRefused):
        check_upload(path, filename="xa.xlsx", allowed={".xlsx"})
    path.write_bytes(xlsx({"A1": 1, "IV300": 2}))
    check_upload(path, filename="xa.xlsx", allowed={".xlsx"})
    assert MAX_SHEET_COLUMNS == 256 and MAX_SHEET_CELLS > 1_000_000


def test_it_reads_single_quoted_references_too():
    with pytest.raises(UploadRefused, match="XFD9"):
        _scan(b"<row r='9'><c r='XFD9'><v>1</v></c></row>")
    with pytest.raises(UploadRefused, match="ZZ"):
        _scan(b"<dimension ref='A1:ZZ5'/>")
