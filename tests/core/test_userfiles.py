"""User files: safe names, honest files accepted, and the shared checks' figures."""

from __future__ import annotations

import io
import time

import pytest

from lantoa.core.images import MAX_IMAGE_PIXELS, check_and_reencode
from lantoa.core.uploads import UploadRefused, check_upload
from lantoa.core.userfiles import safe_filename
from tests.security import hostile_media


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("x.png\x00.html", "x.png"),
        ("anh\u202egnp.pdf", "anhgnp.pdf"),
        ("\u2066bao-cao\u2069.pdf", "bao-cao.pdf"),
        ("../../etc/passwd.png", "passwd.png"),
        ("C:\\Users\\xa\\Ảnh hội nghị.jpg", "Ảnh hội nghị.jpg"),
        ("dòng\nmới\t.png", "dòngmới.png"),
        (".png", "tep.png"),
        ("", "tep"),
        ("Hội nghị quán triệt Kết luận 51.pdf", "Hội nghị quán triệt Kết luận 51.pdf"),
    ],
)
def test_it_keeps_vietnamese_names_and_drops_what_could_mislead(typed, kept):
    assert safe_filename(typed) == kept


def test_it_shortens_a_long_name_keeping_its_extension():
    name = safe_filename("a" * 500 + ".jpeg")
    assert len(name) == 200 and name.endswith(".jpeg")


def test_it_accepts_honest_images_and_pdfs():
    assert check_upload(hostile_media.honest_pdf(), filename="a.pdf", kind="evidence") == "pdf"
    for fmt, name in (("PNG", "a.png"), ("JPEG", "a.jpg")):
        data = hostile_media.image(fmt, (1200, 900))
        kind, cleaned = check_and_reencode(data, name, "evidence", 10 * 1024 * 1024)
        assert kind == fmt.lower() and cleaned.startswith(data[:3])


def test_it_accepts_the_pdfs_the_product_prints_itself():
    from weasyprint import HTML

    printed = HTML(string="<h1>Tờ rơi</h1><p>Kết luận 51 <a href='https://x.vn'>liên kết</a></p>")
    assert check_upload(printed.write_pdf(), filename="to-roi.pdf", kind="material") == "pdf"


def test_it_applies_the_photos_orientation_before_dropping_its_exif():
    from PIL import Image

    picture = Image.new("RGB", (60, 20), (10, 20, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # taken with the phone turned: rotate 90°
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif.tobytes())
    _kind, cleaned = check_and_reencode(out.getvalue(), "a.jpg", "evidence", 10 * 1024 * 1024)
    with Image.open(io.BytesIO(cleaned)) as upright:
        assert upright.size == (20, 60) and not upright.getexif()


def test_it_refuses_a_declared_bomb_before_decoding_and_quickly():
    side = int(MAX_IMAGE_PIXELS**0.5) + 10
    started = time.monotonic()
    with pytest.raises(UploadRefused, match="triệu điểm ảnh"):
        check_upload(hostile_media.png_declaring(side, side), filename="a.png", kind="evidence")
    assert time.monotonic() - started < 1


def test_it_tells_a_photo_too_large_how_to_send_it_not_to_split_it():
    # A phone photo cannot be "split into smaller parts": evidence says what a reporter can do.
    from django.core.files.uploadedfile import SimpleUploadedFile

    from lantoa.core.userfiles import clean_upload

    photo = SimpleUploadedFile("anh.jpg", b"\xff\xd8\xff\xe0" + b"\0" * (11 * 1024 * 1024))
    with pytest.raises(UploadRefused) as refused:
        clean_upload(photo, point="evidence")
    assert "Tệp quá lớn (11 MB); tối đa 10 MB." in refused.value.message
    assert "chia tệp" not in refused.value.message
    assert "ảnh nhỏ hơn" in refused.value.message
    # An Excel file is still told to split into several files.
    with pytest.raises(UploadRefused, match="chia tệp"):
        check_upload(b"PK" + b"\0" * (21 * 1024 * 1024), filename="a.xlsx", kind="excel")
