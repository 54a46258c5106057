"""Hostile images and PDFs, made here: active content, polyglots, bombs, truncation, metadata."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from tests.security.hostile import Hostile

EVIDENCE_TYPES = frozenset({".jpg", ".jpeg", ".png", ".pdf"})
CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"


def pdf(*objects: bytes) -> bytes:
    """Return a well-formed PDF of the given objects (1 is the catalog) with its xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def honest_pdf() -> bytes:
    """Return a one-page PDF with nothing active in it."""
    return pdf(CATALOG, PAGES, PAGE)


def pdf_with_object_stream(*plain: bytes, packed: bytes) -> bytes:
    """Return a PDF whose object after `plain` is compressed inside an object stream.

    Its cross-reference table is a stream too: nothing of the packed object is in clear bytes.
    """
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(plain, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    packed_number, stream_number = len(plain) + 1, len(plain) + 2
    header = b"%d 0 " % packed_number
    content = zlib.compress(header + packed)
    stream_offset = out.tell()
    out.write(
        b"%d 0 obj\n<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (stream_number, len(header), len(content))
        + content
        + b"\nendstream\nendobj\n"
    )
    xref_offset = out.tell()
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    rows += [struct.pack(">BIH", 1, offset, 0) for offset in offsets]
    rows.append(struct.pack(">BIH", 2, stream_number, 0))
    rows.append(struct.pack(">BIH", 1, stream_offset, 0))
    rows.append(struct.pack(">BIH", 1, xref_offset, 0))
    table = b"".join(rows)
    out.write(
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
        % (stream_number + 1, stream_number + 2, len(table))
        + table
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_offset
    )
    return out.getvalue()


def image(fmt: str = "PNG", size: tuple[int, int] = (40, 30), **options: object) -> bytes:
    """Return a real image (a coloured rectangle) in PNG or JPEG."""
    from PIL import Image

    picture = Image.new("RGB", size, (200, 30, 40))
    out = io.BytesIO()
    picture.save(out, fmt, **options)
    return out.getvalue()


def jpeg_with_location() -> bytes:
    """Return a JPEG whose EXIF holds a GPS position (Hà Nội) and a camera comment."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Điện thoại của cán bộ"  # Make
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 42.0), 3: "E", 4: (105.0, 51.0, 12.0)}
    return image("JPEG", exif=exif.tobytes(), comment=b"vi tri: 21.028N 105.85E")


def png_declaring(width: int, height: int) -> bytes:
    """Return a PNG whose header declares width x height pixels, with almost no data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def media_corpus() -> list[Hostile]:
    """Return the hostile images and PDFs, for every point that takes them."""
    types = EVIDENCE_TYPES
    zip_only = io.BytesIO()
    with zipfile.ZipFile(zip_only, "w") as archive:
        archive.writestr("a.html", HTML)
    js = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
    honest = honest_pdf()
    png = image("PNG", (300, 200))
    jpeg = image("JPEG", (300, 200))
    deep = b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 100_000 + b"]" * 100_000 + b" >>"
    nested_dicts = b"<< /Type /Catalog /Pages 2 0 R /X " + b"<< /A " * 5_000 + b">> " * 5_000
    return [
        Hostile(
            "PDF opening JavaScript",
            "js.pdf",
            pdf(b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", PAGES, PAGE, js),
            types,
            "chủ động",
        ),
        Hostile(
            "JavaScript inside an object stream",
            "js-nen.pdf",
            pdf_with_object_stream(
                b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>", PAGES, PAGE, packed=js
            ),
            types,
            "chủ động",
        ),
        Hostile(
            "JavaScript behind #-escaped names",
            "js-an.pdf",
            pdf(
                b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
                PAGES,
                PAGE,
                b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>",
            ),
            types,
            "chủ động",
        ),
        Hostile(
            "PDF launching a program",
            "mo.pdf",
            pdf(
                b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>",
                PAGES,
                PAGE,
            ),
            types,
            "chủ động",
        ),
        Hostile(
            "PDF with an embedded file",
            "nhung.pdf",
            pdf(
                b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>",
                PAGES,
                PAGE,
                b"<< /Names [(a.exe) 5 0 R] >>",
                b"<< /Type /Filespec /F (a.exe) >>",
            ),
            types,
            "chủ động",
        ),
        Hostile(
            "page actions (/AA)",
            "aa.pdf",
            pdf(CATALOG, PAGES, PAGE[:-2] + b"/AA << /O 4 0 R >> >>", js),
            types,
            "chủ động",
        ),
        Hostile(
            "PDF+ZIP polyglot (HTML inside)",
            "da-dang2.pdf",
            honest + zip_only.getvalue(),
            types,
            "đa định dạng",
        ),
        Hostile(
            "PDF with an HTML page",
            "trang.pdf",
            b"%PDF-1.4\n%" + HTML + b"\n" + honest[9:],
            types,
            "đa định dạng",
        ),
        Hostile(
            "PDF nested 100,000 arrays deep", "sau.pdf", pdf(deep, PAGES, PAGE), types, "lồng nhau"
        ),
        Hostile(
            "PDF nested 5,000 dictionaries deep",
            "sau2.pdf",
            pdf(nested_dicts, PAGES, PAGE),
            types,
            "lồng nhau",
        ),
        Hostile("truncated PDF", "cut.pdf", honest[: len(honest) // 2], types, "cắt cụt"),
        Hostile("PDF without a body", "rong.pdf", b"%PDF-1.4\n%%EOF\n", types, "cắt cụt"),
        Hostile("truncated PNG", "cut.png", png[: len(png) - 30], types, "cắt cụt"),
        Hostile("truncated JPEG", "cut.jpg", jpeg[: len(jpeg) // 2], types, "cắt cụt"),
        Hostile(
            "PNG declaring 100,000 x 100,000",
            "bom.png",
            png_declaring(100_000, 100_000),
            types,
            "triệu điểm ảnh",
        ),
        Hostile(
            "PNG declaring 8,000 x 8,000",
            "bom2.png",
            png_declaring(8_000, 8_000),
            types,
            "triệu điểm ảnh",
        ),
        Hostile("PNG named .jpg", "anh.jpg", png, types, "không khớp đuôi"),
        Hostile("HTML named .png", "anh.png", HTML, types, "không khớp đuôi"),
        Hostile("JPEG header then HTML", "gia.jpg", b"\xff\xd8\xff\xe0" + HTML, types, "cắt cụt"),
    ]


def cleaned_corpus() -> list[tuple[str, str, bytes, bytes]]:
    """Return files taken only once cleaned: (label, name, data, bytes the stored copy lacks)."""
    return [
        ("JPEG followed by HTML", "anh.jpg", image("JPEG") + HTML, b"<script"),
        ("PNG followed by HTML", "anh.png", image("PNG") + HTML, b"<script"),
        ("JPEG with GPS location", "vi-tri.jpg", jpeg_with_location(), b"Exif"),
    ]
