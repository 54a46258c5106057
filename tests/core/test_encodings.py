"""One text decoder, one html_to_text and one fold, used by guidance and opinion alike."""

import io
import re
import unicodedata
from pathlib import Path

import pytest

from lantoa.core.encodings import (
    TCVN3_TABLE,
    VNI_TABLE,
    decode_text,
    detect_encoding,
    looks_like_vni,
    vni_to_unicode,
)
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


# The same sentence as typed with a VNI-Windows font ("VNI-Times"), letter by letter.
VNI_TEXT = (
    "Ban Tuyeân giaùo Tænh uûy Ñieän Bieân höôùng daãn caùc ñaûng uûy xaõ, phöôøng toå chöùc "
    "quaùn trieät Keát luaän soá 51 vaø baùo caùo keát quaû thöïc hieän veà Ban tröôùc ngaøy 30"
)
VNI_UNICODE = (
    "Ban Tuyên giáo Tỉnh ủy Điện Biên hướng dẫn các đảng ủy xã, phường tổ chức "
    "quán triệt Kết luận số 51 và báo cáo kết quả thực hiện về Ban trước ngày 30"
)


def test_it_maps_every_vietnamese_letter_from_one_vni_spelling():
    letters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    assert sorted(VNI_TABLE.values()) == sorted(letters + letters.upper())
    # Spot checks against the VNI-Windows font table (vowel, then its mark letter).
    samples = {"aù": "á", "aá": "ấ", "aé": "ắ", "aë": "ặ", "eä": "ệ", "ôù": "ớ", "öï": "ự"}
    samples |= {"yõ": "ỹ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "AË": "Ặ", "ÖØ": "Ừ"}
    assert {vni: VNI_TABLE[vni] for vni in samples} == samples


def test_it_reads_vni_bytes_as_guidance_and_opinion_do(tmp_path):
    data = VNI_TEXT.encode("cp1252")
    assert detect_encoding(data) == "vni"
    assert decode_text(data) == VNI_UNICODE
    assert extract_text(data, filename="huong-dan.txt") == VNI_UNICODE
    assert extract_text(f"<p>{VNI_TEXT}</p>".encode("cp1252"), filename="a.html") == VNI_UNICODE


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_it_repairs_vni_text_saved_in_a_unicode_codec(codec):
    data = VNI_TEXT.encode(codec)  # Excel saving a sheet typed in a VNI font
    assert detect_encoding(data).startswith("vni-")
    assert decode_text(data) == VNI_UNICODE


def test_it_repairs_already_decoded_vni_text_upper_case_too():
    assert looks_like_vni(VNI_TEXT)
    assert vni_to_unicode(VNI_TEXT) == VNI_UNICODE
    assert looks_like_vni("ÑAÛNG COÄNG SAÛN VIEÄT NAM")
    assert vni_to_unicode("ÑAÛNG COÄNG SAÛN VIEÄT NAM") == "ĐẢNG CỘNG SẢN VIỆT NAM"


def test_it_reads_a_vni_csv_in_chunks_with_marks_cut_from_their_vowels():
    data = ("nội dung\n" + VNI_TEXT + "\n").replace("nội dung", "noäi dung").encode("cp1252")
    stream = io.TextIOWrapper(io.BytesIO(data * 40), encoding=detect_encoding(data))
    stream._CHUNK_SIZE = 7  # a vowel ends one chunk, its mark starts the next
    assert stream.read() == f"nội dung\n{VNI_UNICODE}\n" * 40


@pytest.mark.django_db
def test_it_imports_opinion_items_from_a_vni_csv(tmp_path):
    from lantoa.opinion.importers import read_records

    path = tmp_path / "y-kien.csv"
    path.write_bytes(f'noäi dung\n"{VNI_TEXT}"\n'.encode("cp1252"))
    assert [r.text for r in read_records(path, filename="y-kien.csv") if r] == [VNI_UNICODE]


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "Có và là hoà bình, tuyên giáo, dân chính",  # Unicode in Latin-1 letters only
        "The board asked every commune to report by Friday.",
        "Le réseau où l'on goûte le maïs à Noël, déjà très apprécié près du château.",
        "Über die Straße nach España, señor, año für año.",
    ],
)
def test_it_leaves_unicode_english_french_and_other_latin_text_alone(text):
    assert not looks_like_vni(text)
    assert decode_text(text.encode("utf-8")) == unicodedata.normalize("NFC", text)
    if text != TEXT:  # the others are Latin-1 text a cp1252 file may hold
        assert detect_encoding(text.encode("cp1252")) != "vni"


def test_it_does_not_take_tcvn3_or_windows_1258_for_vni():
    assert detect_encoding(_tcvn3(TEXT)) == "tcvn3"
    cp1258 = unicodedata.normalize("NFD", TEXT.replace("đ", "\x00")).replace("\x00", "đ")
    assert detect_encoding(cp1258.encode("cp1258", errors="ignore")) != "vni"


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
