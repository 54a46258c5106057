"""One text decoder, one html_to_text and one fold, used by guidance and opinion alike."""

import re
import unicodedata
from pathlib import Path

from lantoa.core.encodings import TCVN3_TABLE, decode_text
from lantoa.core.text import fold, html_to_text
from lantoa.guidance.parsing.text import extract_text

SRC = Path(__file__).resolve().parents[2] / "src" / "lantoa"
TEXT = (
    "Ban Tuyên giáo hướng dẫn các đảng ủy xã, phường tổ chức quán triệt "
    "Kết luận số 51 và báo cáo kết quả thực hiện về Ban trước ngày 30"
)


def _tcvn3(text: str) -> bytes:
    reverse = {v: k for k, v in TCVN3_TABLE.items()}
    return "".join(chr(reverse.get(ch, ord(ch))) for ch in text.lower()).encode("latin-1")


def test_it_reads_a_tcvn3_guidance_file_as_the_opinion_import_does():
    data = _tcvn3(TEXT)
    assert decode_text(data) == TEXT.lower()
    assert extract_text(data, filename="huong-dan.txt") == TEXT.lower()


def test_it_decodes_nfd_text_to_nfc():
    decomposed = unicodedata.normalize("NFD", TEXT).encode("utf-8")
    assert decode_text(decomposed) == TEXT
    assert extract_text(decomposed, filename="huong-dan.txt") == TEXT


def test_it_folds_one_way_whatever_the_normal_form():
    for text in ("Điện  Biên Phủ", unicodedata.normalize("NFD", "Điện  Biên Phủ"), "ĐIỆN BIÊN PHỦ"):
        assert fold(text) == "dien bien phu"
    assert fold("Thủy lợi, hòa bình") == "thuy loi, hoa binh"


def test_it_reads_html_blocks_and_drops_scripts():
    text = html_to_text("<p>Phí <b>cao</b> quá</p><script>alert(1)</script><p>Dòng hai</p>")
    assert [line.strip() for line in text.splitlines() if line.strip()] == [
        "Phí cao quá",
        "Dòng hai",
    ]


def test_it_has_one_home_for_decoding_html_and_fold():
    homes = {
        r"^def fold\(|^def fast_fold\(": {"core/text.py"},
        r"^def html_to_text\(": {"core/text.py"},
        r"\.decode\(\"cp1258\"|def \w*decode\w*\(": {"core/encodings.py"},
    }
    for pattern, allowed in homes.items():
        found = {
            str(path.relative_to(SRC))
            for path in SRC.rglob("*.py")
            if re.search(pattern, path.read_text(encoding="utf-8"), re.MULTILINE)
        }
        assert found <= allowed, (pattern, found - allowed)
