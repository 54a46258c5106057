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
