"""A legacy page in windows-1252 with named entities, spans and <br /> is read like a document."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import extract_text, parse_document

PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    "<title>Untitled Document</title></head><body>"
    '<p><span style="font-weight:bold">BAN TUY&Ecirc;N GI&Aacute;O T&#7880;NH &#7910;Y</span>'
    "<br />S&#7889; 12-HD/BTGTU<br />"
    "&#272;i&#7879;n Bi&ecirc;n, ng&agrave;y 02 th&aacute;ng 3 n&#259;m 2026</p>"
    "<p>H&#431;&#7898;NG D&#7850;N<br/>tuy&ecirc;n truy&#7873;n k&#7927; ni&#7879;m "
    "\u201cng&agrave;y truy\u1ec1n th\u1ed1ng\u201d \u2013 2026</p>"
    "<p>I. M&#7908;C &#272;&Iacute;CH<br>1. M&#7909;c &#273;&iacute;ch<br />"
    "- N&acirc;ng cao nh&#7853;n th&#7913;c c&#7911;a c&aacute;n b&#7897;, "
    "&#273;&#7843;ng vi&ecirc;n.</p></body></html>"
)


def _bytes() -> bytes:
    # Only the curly quotes and the dash are windows-1252 bytes; the rest is ASCII entities.
    return PAGE.replace("\u1ec1", "&#7873;").replace("\u1ed1", "&#7889;").encode("cp1252")


def test_it_reads_a_windows_1252_page_with_entities_spans_and_breaks() -> None:
    data = _bytes()
    assert b"\x93" in data and b"&ecirc;" in data
    text = extract_text(data, filename="huong-dan.htm")
    assert "Untitled Document" not in text
    doc = parse_document(text).document
    assert (doc.type, doc.number, doc.date, doc.place) == (
        "Hướng dẫn",
        "12-HD/BTGTU",
        date(2026, 3, 2),
        "Điện Biên",
    )
    assert doc.issuer == "Ban Tuyên giáo Tỉnh ủy"
    assert doc.title == "tuyên truyền kỷ niệm “ngày truyền thống” - 2026"


def _legacy(text: str) -> bytes:
    """Return text as a legacy page: windows-1252, named entities, one <p> a paragraph."""
    import html.entities  # noqa: PLC0415

    def enc(line: str) -> str:
        out = []
        for ch in line:
            if ord(ch) < 128 or ch in "\u201c\u201d":
                out.append(ch)
            elif ord(ch) in html.entities.codepoint2name:
                out.append(f"&{html.entities.codepoint2name[ord(ch)]};")
            else:
                out.append(f"&#{ord(ch)};")
        return "".join(out)

    paragraphs = [
        '<p class=MsoNormal><span style="font-size:13pt">'
        + "<br />\n".join(enc(line) for line in para.split("\n"))
        + "</span></p>"
        for para in text.split("\n\n")
    ]
    page = '<html><head><meta charset="windows-1252"></head><body>' + "\n".join(paragraphs)
    return (page + "</body></html>").encode("cp1252")


FULL = (
    "BAN TUYÊN GIÁO TỈNH ỦY\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 12-HD/BTGTU\n\n"
    "Điện Biên, ngày 02 tháng 3 năm 2026\n\nHƯỚNG DẪN\ntuyên truyền kỷ niệm ngày truyền thống\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n- Nâng cao nhận thức của cán bộ,\nđảng viên.\n\n"
    "II. TỔ CHỨC\nTHỰC HIỆN\n\n1.\nCác huyện ủy, thành ủy\n\n"
    "- Xây dựng kế hoạch tuyên truyền, hoàn thành trong\ntháng 4/2026.\n\n"
    "- Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước\nngày 15/12 hằng năm.\n\n"
    "2. Sở\nVăn hóa, Thể thao và Du lịch\n\n"
    "Chủ trì mở chuyên mục \u201cNgày truyền thống\u201d trong quý\nII/2026.\n\n"
    "Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Các huyện ủy, thành ủy,\n- Lưu VP.\n\n"
    "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLò Văn Mừng"
)


def test_it_reads_section_three_and_the_signature_of_a_full_legacy_page() -> None:
    data = _legacy(FULL)
    assert b"&Ecirc;" in data and b"<br />" in data and b"\x93" in data
    parsed = parse_document(extract_text(data, filename="huong-dan.htm"))
    assert [(g.heading, len(g.tasks)) for g in parsed.unit_groups] == [
        ("Các huyện ủy, thành ủy", 2),
        ("Sở Văn hóa, Thể thao và Du lịch", 1),
    ]
    deadlines = [t.deadline for g in parsed.unit_groups for t in g.tasks]
    assert [(d.text, d.date) for d in deadlines if d] == [
        ("hoàn thành trong tháng 4/2026", None),
        ("trước ngày 15/12 hằng năm", None),
        ("trong quý II/2026", None),
    ]
    signer = parsed.document.signer
    assert (signer.name, signer.title, signer.mode) == ("Lò Văn Mừng", "Phó Trưởng ban", "K/T")
    assert parsed.recipients == ["Thường trực Tỉnh ủy", "Các huyện ủy, thành ủy", "Lưu VP"]
