"""Where the document starts and ends in pasted text: site chrome, summary table, lead."""

from __future__ import annotations

import re

from .numbers import (
    MOTTO_ALT,
    PLACE_DATE_RE,
    SYMBOL_RE,
    TYPE_ALT,
    canonical_type,
    find_date,
    is_weekday_date,
    normalise_symbol,
)

# Where each field of the document's identity was read, as the review screen words it.
ORIGIN_LABELS = {
    "header": "đọc từ phần đầu văn bản",
    "summary": "đọc từ bảng thuộc tính của trang web (Số hiệu / Ngày ban hành / Người ký)",
    "lead": "đọc từ câu mở đầu bản tin",
    "title": "đọc từ tiêu đề của trang",
    "source": "đọc từ dòng “Nguồn: …” hoặc “(Theo …)” ghi nguồn của bài",
    "attachment": "đọc từ dòng “Xem … đính kèm” chỉ tới tệp văn bản kèm theo bài",
    "sentence": "đọc từ câu mở đầu văn bản (không có ở phần đầu)",
    "caption": "đọc từ dòng “Kèm theo …” (của phụ lục, hoặc ở đầu trang)",
    "signature": "đọc từ khối chữ ký cuối văn bản",
    "closing": "đọc từ câu kết “… thông báo để …” cuối văn bản",
}


def origin_notes(origins: dict[str, str]) -> dict[str, str]:
    """Return the review screen's note for each field not read from the header block."""
    return {
        name: ORIGIN_LABELS[o]
        for name, o in origins.items()
        if o != "header" and o in ORIGIN_LABELS
    }


# Site chrome is searched this far for the real header; real headers sit in the first lines.
_SCAN_LINES = 400
_MOTTO_RE = re.compile(rf"^(?:{MOTTO_ALT})\W{{0,3}}$")
_NUMBER_LINE_RE = re.compile(r"^Số\s?[:.]?\s?\d{1,5}(?:/\d{4})?\s?[-/]\s?[A-ZĐ]")
_SUBJECT_RE = re.compile(r"^(?:V/v|Về việc)\b", re.IGNORECASE)
# "Nghị quyết số: 89/2025/UBTVQH15", "Luật số: …": the Quốc hội's texts name their type there.
_NUMBER_CELL_RE = re.compile(r"^(?:(?:Luật|Nghị quyết|Pháp lệnh)\s[Ss]ố|Số)\s?[:.]\s?(?:\d|[-/])")
_SUMMARY_KEYS = {
    "số hiệu": "number",
    "số hiệu văn bản": "number",
    "số ký hiệu": "number",
    "số/ký hiệu": "number",
    "ký hiệu": "number",
    "ngày ban hành": "date",
    "ngày ký": "date",
    "người ký": "signer",
    "loại văn bản": "type",
    "cơ quan ban hành": "issuer",
    "nơi ban hành": "issuer",
    "đơn vị ban hành": "issuer",
    "cơ quan phát hành": "issuer",
    "số văn bản": "number",
    "ngày văn bản": "date",
    "hình thức văn bản": "type",
    "thể loại": "type",
}
# Legal sites word the same keys a little differently and may list them as bullets
# ("• Số hiệu văn bản: …", "- Ngày ký: …", "Số/Ký hiệu | …").
SUMMARY_RE = re.compile(
    # "| Ký hiệu | 45/CV-UBND |": a table row copied with its leading bar.
    r"^(?:[•·*+|-]\s?)?(?P<key>Số hiệu(?: văn bản)?|Số,? ký hiệu|Số\s?/\s?ký hiệu|Ký hiệu|"
    r"Số văn bản|Ngày văn bản|Hình thức văn bản|Thể loại|Cơ quan phát hành|"
    r"Ngày ban hành|Ngày ký|Người ký|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Đơn vị ban hành)"
    r"\s?[:|]?\s?(?P<value>.*)$",
    re.IGNORECASE,
)
# "Nơi ban hành: Ban Tuyên giáo Trung ương Người ký: Phan Xuân Thủy": two cells on one line.
_SUMMARY_NEXT_KEY_RE = re.compile(
    # "Cơ quan ban hành:Số công báo:Đang cập nhật": cells run together after a colon.
    r"(?:\s|(?<=:))(?=(?:Số hiệu|Ngày ban hành|Người ký|Loại văn bản|Cơ quan ban hành|Nơi ban hành|"
    r"Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng|Ngày ký|Đơn vị ban hành|Số/Ký hiệu|"
    r"Số văn bản|Ngày văn bản|Hình thức văn bản|Thể loại|Cơ quan phát hành)"
    r"\s?:)",
    re.IGNORECASE,
)


# The first word of an upper-case line naming a body or where it is, in a header's left column.
_ORG_LINE_RE = re.compile(
    # "- TÒA ÁN NHÂN DÂN TỐI CAO": a portal may print the body's name as a list item.
    r"^(?:[-•]\s)?(?:\W{0,3}$|ỦY|UỶ|UBND|SỞ|BAN|BỘ|TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG|ĐẢNG|"
    r"CHI BỘ|PHÒNG|"
    r"TRUNG|VĂN PHÒNG|CỤC|TỔNG|HỘI|ĐOÀN|MẶT TRẬN|CÔNG|BCH|BTV|HĐND|VIỆN|HỌC VIỆN|TRƯỜNG|"
    r"LIÊN|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|BỘ CHỈ HUY|KHỐI|CƠ QUAN|ỦY BAN|NGÂN HÀNG|KHO BẠC|"
    r"BẢO HIỂM|TÒA|VIỆN KIỂM SÁT|TẬP ĐOÀN|TỔNG CÔNG TY|CÂU LẠC BỘ|\*)"
)


def header_start(lines: list[str]) -> int:
    """Return the index of the real header block, skipping a web portal's menu and search box."""
    anchor = None
    for i, line in enumerate(lines[:_SCAN_LINES]):
        if _MOTTO_RE.match(line):
            anchor = i
            break
        # A number or a place and date alone may be quoted in a page; the pair is a header.
        near = lines[max(0, i - 6) : i + 7]
        if _NUMBER_LINE_RE.match(line) and any(_is_place_date(n) for n in near):
            anchor = i
            break
        if _is_place_date(line) and any(_NUMBER_LINE_RE.match(n) for n in near):
            anchor = i
            break
    if anchor is None or (anchor <= 3 and not _teaser_above(lines, anchor)):
        return 0
    start = anchor
    # The issuing body's lines and the broken motto come just before the anchor in reading order,
    # and so does the body's number below its name (blank in a copy: "Số:    /KH-UBND").
    while start > 0 and anchor - start < 8:
        prev = lines[start - 1]
        header_like = _is_motto_part(prev) or _SUBJECT_RE.match(prev) or _NUMBER_CELL_RE.match(prev)
        # An upper-case line is the body's name (or its superior's) only if it reads like one: a
        # page's own upper-case headline ("DỰ TRIỂN LÃM …") may stand just above the header.
        org_like = prev.isupper() and len(prev) < 90 and _ORG_LINE_RE.match(prev)
        # "VIỆN KIỂM SÁT NHÂN DÂN" / "TỐI CAO": the end of a name wrapped onto a short line.
        wrapped = (
            prev.isupper()
            and len(prev) <= 25
            and start >= 2
            and lines[start - 2].isupper()
            and _ORG_LINE_RE.match(lines[start - 2])
        )
        # "| ỦY BAN NHÂN DÂN TỈNH GIA LAI ----- | CỘNG HÒA … |": the two columns as a table row.
        cells = [c.strip() for c in prev.split("|")] if prev.startswith("|") else []
        row = any(_is_motto_part(c) for c in cells) and any(
            c.isupper() and _ORG_LINE_RE.match(c) for c in cells
        )
        if not (header_like or org_like or wrapped or row):
            break
        start -= 1
    return 0 if start <= 2 and not _teaser_above(lines, start) else start


def _teaser_above(lines: list[str], start: int) -> bool:
    """Return whether a paragraph stands above a header near the top (a page's teaser)."""
    # "Nghị quyết T.Ư 4 … đang trở thành …" before "BAN CHẤP HÀNH TRUNG ƯƠNG": a header's own
    # lines are short, so a long one above it is the page's, not the document's.
    return any(len(line) > 150 for line in lines[:start])


# A header pasted as one line (a document site's preview, a forum post): "BAN CHẤP HÀNH TRUNG
# ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018
# HƯỚNG DẪN thể thức …": its parts are put back on the lines a header has.
_FLAT_DATE_RE = re.compile(r",\sngày\s\d{1,2}\stháng\s?\d{1,2}\snăm\s\d{4}")
_FLAT_NUMBER_RE = re.compile(r"Số\s?:?\s?\d{1,5}(?:/\d{4})?\s?[-/]\s?[A-ZĐ]")
_FLAT_MOTTO = rf"{MOTTO_ALT}|Độc lập\s?-"
# The Youth Union's motto line is split off only after the number: before it, it is a name.
_FLAT_RIGHT_RE = re.compile(rf"\s?(?={_FLAT_MOTTO}|ĐOÀN TNCS HỒ CHÍ MINH)")
_FLAT_LEFT_RE = re.compile(rf"\s?(?={_FLAT_MOTTO})")
# "Phan Rang-Tháp Chàm, ngày …": a place's words may be joined by a hyphen.
_FLAT_PLACE_RE = re.compile(
    r"\s(?=(?:[A-ZĐ][a-zà-ỹđ]+(?:-[A-ZĐ][a-zà-ỹđ]+)?\s){0,3}[A-ZĐ][a-zà-ỹđ]+,\sngày\s\d)"
)
_FLAT_TYPE_RE = re.compile(rf"^\s?(?P<type>(?i:{TYPE_ALT}))\s?(?=\S)")


# A document site prints the file's text under its own page ("Nội dung Text: … 1. BỘ Y TẾ CỘNG
# HÒA … Số: 5556/QĐ-BYT Hà Nội, ngày …"): the flattened header may stand a screen further down.
_FLAT_LINES = 40


def unflatten_header(lines: list[str]) -> tuple[list[str], bool]:
    """Return the lines with a one-line header among the first ones put back on its lines.

    The second value says whether one was: its columns are lost, so which upper-case words
    name the issuing body (and which its superior) is a guess the caller does not make.
    """
    for i, line in enumerate(lines[:_FLAT_LINES]):
        head = line[:400]
        date_m = _FLAT_DATE_RE.search(head)
        number = _FLAT_NUMBER_RE.search(head[:250])
        # A document site's list may number the preview ("1. UBND TỈNH …").
        words = re.sub(r"^\d{1,2}\.\s", "", line).split()[:3]
        upper_start = len(words) == 3 and all(w.isupper() for w in words)
        if not (date_m and number and number.start() < date_m.start() and upper_start):
            continue
        left, right = head[: number.start()], line[number.start() : date_m.end()]
        left = re.sub(r"^\d{1,2}\.\s", "", left)
        right = _FLAT_PLACE_RE.sub("\n", _FLAT_RIGHT_RE.sub("\n", right), count=1)
        parts = [*_FLAT_LEFT_RE.sub("\n", left.replace("*", " ")).split("\n"), *right.split("\n")]
        rest = line[date_m.end() :]
        title = _FLAT_TYPE_RE.match(rest)
        if title and title.group("type").isupper():
            parts.append(title.group("type"))
            rest = rest[title.end() :]
        parts = [p.strip(" *") for p in [*parts, rest]]
        return [*lines[:i], *(p for p in parts if p), *lines[i + 1 :]], True
    return lines, False


_MOTTO_WORDS = frozenset(
    re.split(r"\s", "đảng cộng sản việt nam hòa hoà xã hội chủ nghĩa độc lập tự do hạnh phúc - ,")
)


def _is_motto_part(line: str) -> bool:
    words = line.lower().replace("-", " - ").split()
    return bool(words) and all(w in _MOTTO_WORDS for w in words)


def _is_place_date(line: str) -> bool:
    m = PLACE_DATE_RE.match(line)
    return (
        m is not None
        and len(line) < 90
        and len(m.group("place").split()) <= 5
        and not is_weekday_date(line)
    )


def _summary_cell(cell: str) -> tuple[str | None, str]:
    """Return the field a summary cell names (None if none) and the value written in it."""
    m = SUMMARY_RE.match(cell)
    if not m:
        return None, ""
    key = re.sub(r"\s?/\s?", "/", re.sub(r",", "", m.group("key").lower()))
    return _SUMMARY_KEYS.get(key), m.group("value").strip(" :|")


def read_summary(lines: list[str]) -> dict[str, str]:
    """Return the portal's summary table fields (key on one line, value on the same or next)."""
    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not SUMMARY_RE.match(line):
            continue
        first, *others = _SUMMARY_NEXT_KEY_RE.split(line)
        for cell in others:
            other_key, other_value = _summary_cell(cell)
            if other_key and other_value and other_key not in out:
                out[other_key] = other_value
        # The line starts with a key, and so does its first cell.
        key, value = _summary_cell(first)
        # The value is in the next cell, after the table's "|" line if the copy kept one.
        j = i + 1
        while j < min(len(lines), i + 4) and not lines[j].strip(" |"):
            j += 1
        if not value and j < len(lines) and not SUMMARY_RE.match(lines[j]):
            value = lines[j].strip(" :|")
        if key and value and key not in out:
            out[key] = value
    return out


# "Hình thức văn bản | Luật": a law database's kind field names laws, kinds no sentence or
# title is read as ("Luật Đất đai quy định …" cites a law, it issues none).
_LAW_TYPES = {"luật": "Luật", "bộ luật": "Bộ luật", "hiến pháp": "Hiến pháp"}


_PLACE_ONLY_RE = re.compile(r"^(?:Tỉnh|Thành phố)(?:\s[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,4}$")


def summary_fields(summary: dict[str, str]) -> dict[str, object]:
    """Return the summary's values as the parser's types (symbol, date, canonical type)."""
    out: dict[str, object] = {}
    number = summary.get("number", "")
    sm = SYMBOL_RE.search(number)
    if sm:
        out["number"] = normalise_symbol(sm.group("num"), sm.group("sep"), sm.group("sym"))
    when, _ = find_date(summary.get("date", ""))
    if when:
        out["date"] = when
    value = re.sub(r"\s+", " ", summary.get("type", "").strip().lower())
    kind = canonical_type(value) or _LAW_TYPES.get(value)
    if kind:
        out["type"] = kind
    issuer = summary.get("issuer", "").strip()
    if _PLACE_ONLY_RE.match(issuer):
        # "Nơi ban hành: Thành phố Hồ Chí Minh": a law database's place of issue names no body;
        # a "…/UBND-…" number says it is the place's People's Committee.
        committee = "UBND" in str(out.get("number", "")).upper().split("/")[-1].split("-")
        issuer = f"Ủy ban nhân dân {issuer[:1].lower()}{issuer[1:]}" if committee else ""
    if issuer and not re.search(r"\d", issuer):
        out["issuer"] = issuer
    signer = summary.get("signer", "").strip()
    # A person's name capitalises each word; "Người ký văn bản:" left blank gives "văn bản".
    if signer and len(signer.split()) <= 5 and all(w[:1].isupper() for w in signer.split()):
        out["signer"] = signer
    return out


# "Tin liên quan" over links to other articles, each a title without a full stop ("UBND tỉnh
# ban hành Kế hoạch số 12/KH-UBND về … (15/3/2024)"): other documents, not the page's.
_RELATED_RE = re.compile(
    r"^(?:Tin|Bài viết|Bài|Văn bản)\s(?:liên quan|khác|cùng chuyên mục|cùng lĩnh vực)\s?:?$",
    re.IGNORECASE,
)
_LINK_CHARS = 250


def without_related(lines: list[str]) -> list[str]:
    """Return the lines without a "Tin liên quan" block of links."""
    out: list[str] = []
    in_block = False
    for line in lines:
        if _RELATED_RE.match(line.strip()):
            in_block = True
            continue
        if in_block and len(line) <= _LINK_CHARS and not line.rstrip().endswith((".", ":")):
            continue
        in_block = False
        out.append(line)
    return out


# "Kính gửi: Quý Thành viên," / "Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân … yêu cầu xác
# nhận sự đồng ý của thành viên …": a law database's notice to its members, printed below the
# page's text, cites a decree for the site's own rules, no document the page's text cites.
_SITE_NOTICE_RE = re.compile(r"^Kính gửi\s?:?\s?Quý thành viên\b", re.IGNORECASE | re.MULTILINE)


# "- 08:15 | 20/08/2025 Công văn 2391/QLD-CL năm 2025 cảnh báo …": a portal's feed of new
# documents, each entry stamped with its posting time, lists other pages' documents.
_FEED_ENTRY_RE = re.compile(
    r"^(?:[-•]\s?)?\d{1,2}:\d{2}\s?\|\s?\d{1,2}/\d{1,2}/\d{4}\s.*$\n?", re.MULTILINE
)


def without_site_notice(text: str) -> str:
    """Return the text without a site's notice to its members (and what follows) or its feed."""
    m = _SITE_NOTICE_RE.search(text)
    return _FEED_ENTRY_RE.sub("", text[: m.start()] if m else text)


# "Về việc phê duyệt Đề án … | BAN CHỈ ĐẠO QUỐC GIA … ------- | CỘNG HÒA … |": a page's title in
# sentence case run into the first row of a header copied as a table; the row starts at its bar.
_RUN_IN_LINES = 5


def split_run_in_row(lines: list[str]) -> list[str]:
    """Return the lines with a header's table row parted from a page title run into it."""
    out = list(lines)
    for i, line in enumerate(lines[:_RUN_IN_LINES]):
        title, bar, row = line.partition(" | ")
        cell = row.split("|", 1)[0].strip()
        titled = not line.startswith("|") and any(c.islower() for c in title)
        if bar and titled and line.endswith("|") and cell.isupper() and len(cell.split()) >= 2:
            out[i : i + 1] = [title, f"| {row}"]
            break
    return out


# The place's first word must be there: "… trên địa bàn Thành phố" over "Hà Nội, ngày …" names
# the city by its level, the dateline's place is whole.
_PLACE_TAIL_RE = re.compile(
    r"\s(?P<head>(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã)(?:\s[A-ZĐÀ-Ỹ]\S*){1,3})$"
)


def mend_split_place(title: str, place: str | None, issuer: str | None) -> tuple[str, str | None]:
    """Return (title, place) with a place name a portal's table split into the title put back."""
    # "V/v … Thành phố Hồ" + "Chí Minh, ngày …": the cells were read across the row.
    if not place or not issuer or len(place.split()) > 2:
        return title, place
    m = _PLACE_TAIL_RE.search(title)
    if m is None:
        return title, place
    whole = f"{m.group('head')} {place}"
    if not issuer.lower().endswith(whole.lower()):
        return title, place
    return title[: m.start()].rstrip(), whole
