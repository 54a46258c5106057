"""A document's title and header block: where they stand, then the block read (headerlines.py)."""

from __future__ import annotations

import re
from datetime import date

from .headerlines import DAY_IN_LINE_RE, DAY_WORDS, Header, is_motto, read_header_lines
from .leadnames import OFFICES
from .numbers import (
    MOTTO_ALT,
    SYMBOL_RE,
    TYPE_ALT,
    canonical_type,
    make_date,
    normalise_symbol,
    type_from_symbol,
)
from .orgnames import org_case
from .sections import classify, is_upper_line

TITLE_LINE_RE = re.compile(rf"^(?P<type>{TYPE_ALT})(?:\s(?P<rest>.*))?$", re.IGNORECASE)
BODY_START_RE = re.compile(
    r"^(?:Thực hiện|Căn cứ|Triển khai|Để|Nhằm|Kính gửi|Trong thời gian|Qua|Ngày|Sau|Theo|"
    r"Thời gian qua|"
    r"Ban Thường vụ|Thường trực)\b"
)
SUBJECT_LINE_RE = re.compile(r"^(?:V/v|Về việc|v/v)\b", re.IGNORECASE)
_ABOUT_RE = re.compile(r"^Về\s\w")
# "V/v" / ": Thực hiện quy định về hóa đơn.": a copy broke the subject line after its label, so
# the line below a bare label is the subject's (its full stop ends no header).
_BARE_SUBJECT_RE = re.compile(r"^(?:V/v|Về việc)\s?:?$", re.IGNORECASE)
# "Thứ Ba, 29 tháng 7, 2014" above a copied letter: the page's own date line, not the header's.
_PAGE_DAY_LINE_RE = re.compile(
    r"^(?:thứ\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\snhật),\s(?:ngày\s)?"
    r"\d{1,2}(?:\stháng\s|\s?[/.-]\s?)\d{1,2},?\s?(?:năm\s|[/.-]\s?)?\d{4}$",
    re.IGNORECASE,
)

# The kinds a symbol's code names that a letter never carries ("TT" is a Thông tư or a Thông tri).
_SYMBOL_KINDS = frozenset({"Quyết định", "Nghị quyết", "Kế hoạch", "Chỉ thị", "Kết luận"})


_DECIDED_TYPES = frozenset({"Quyết định", "Nghị quyết", "Chỉ thị", "Quy định"})
_OFFICE_RE = re.compile(rf"^{OFFICES}\s", re.IGNORECASE)
_AUTHORITY_RE = re.compile(
    rf"^(?:(?i:{OFFICES})\s.*|"
    r"(?:ỦY|UỶ) BAN NHÂN DÂN\s(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s.+|"
    r"HỘI ĐỒNG NHÂN DÂN\s(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s.+|"
    r"BAN (?:THƯỜNG VỤ|CHẤP HÀNH)\s.+)$"
)


def _header_below(lines: list[str]) -> bool:
    """Tell whether a header's number line or motto comes in the next few lines."""
    return any(_is_number_line(ln) or _MOTTO_START_RE.match(ln) for ln in lines)


_MOTTO_START_RE = re.compile(rf"^(?i:{MOTTO_ALT})")


def parse_header(lines: list[str]) -> Header:
    """Return the header facts found before the body of the document."""
    head = Header()
    limit = min(len(lines), 60)
    first = 0  # where the header starts: below a portal's page title that names the type too
    for i in range(limit):
        line = lines[i]
        m = TITLE_LINE_RE.match(line)
        if m and is_upper_line(line) and not is_motto(line):
            # "KẾ HOẠCH HOẠT ĐỘNG THÁNG 3/2018" over "UBND HUYỆN …", "Số: 25/KH-THTL", "KẾ HOẠCH":
            # the page's title, the document's header below it.
            if i == first and _header_below(lines[i + 1 : i + 8]):
                first = i + 1
                continue
            head.title_index = i
            head.type = canonical_type(m.group("type"))
            break
        # "Công văn số: 5452/TCHQ-GSQL V/v …" over "BỘ TÀI CHÍNH", the motto and "Số: …": the
        # page's title in sentence case, the document's header below it; so is "Về việc phê
        # duyệt Đề án …" above the header (a letter's subject line stands below its number).
        subject = SUBJECT_LINE_RE.match(line) and not _is_number_line(line)
        page_title = (m or subject) and i == first and line[:1].isupper()
        if page_title and _header_below(lines[i + 1 : i + 8]):
            first = i + 1
            continue
        if i == first and _PAGE_DAY_LINE_RE.match(line) and _header_below(lines[i + 1 : i + 8]):
            first = i + 1
            continue
        marker = classify(line)
        if BODY_START_RE.match(line) or (marker and marker.kind in ("roman", "num")):
            # "Triển khai thực hiện Nghị quyết số 13-NQ/TU …" above "ỦY BAN NHÂN DÂN XÃ …" and
            # the motto: a page's title in the body's words, the header below it.
            if i == first and _header_below(lines[i + 1 : i + 8]):
                first = i + 1
                continue
            break
    title_number: str | None = None
    title_date: date | None = None
    if head.title_index is not None:
        header_lines = lines[first : head.title_index]
        # "Số: 36/TANDTC-KHTC" / "V/v: Hướng dẫn quản lý …" above "HƯỚNG DẪN QUẢN LÝ …": a
        # letter's subject line in the header makes it a Công văn, whatever its title repeats.
        if any(SUBJECT_LINE_RE.match(ln) for ln in header_lines):
            head.type = "Công văn"
        j = head.title_index + 1
        title = TITLE_LINE_RE.match(lines[head.title_index])
        assert title is not None  # the loop above stopped at a line it matched
        rest = title.group("rest") or ""
        # "THÔNG TƯ 15/2017/TT-BCT" over "ngày", "31 tháng 8 năm 2017": a law database's title
        # line carries the number, its date on the lines below; a "Số:" line still wins.
        if (own := SYMBOL_RE.fullmatch(rest)) is not None:
            title_number = normalise_symbol(own.group("num"), own.group("sep"), own.group("sym"))
            rest = ""
            for taken in (1, 2):
                if dm := _TITLE_DATE_RE.match(" ".join(lines[j : j + taken])):
                    title_date, j = make_date(*dm.groups()), j + taken
                    break
        title_parts = [rest] if rest else []
        while j < len(lines) and j - head.title_index <= 5:
            line = lines[j]
            if BODY_START_RE.match(line) or classify(line) is not None:
                break
            if title_parts and head.type in _DECIDED_TYPES and _AUTHORITY_RE.match(line):
                if not _OFFICE_RE.match(line):
                    head.authority = org_case(line)
                j += 1
                break
            # "CHỈ THỊ" / "Về tăng cường công tác …": a subject in sentence case right below the
            # type, with no stop, is the title too.
            about = (
                not title_parts
                and j == head.title_index + 1
                and _ABOUT_RE.match(line)
                and not line.rstrip().endswith((".", ":", ";"))
            )
            if about:
                # Its line broken goes on in lower case; an upper-case line below is the
                # authority's ("QUỐC HỘI" over "QUYẾT NGHỊ:"), no part of it.
                title_parts.append(line)
                j += 1
                while j < len(lines) and lines[j][:1].islower():
                    title_parts.append(lines[j])
                    j += 1
                break
            if is_upper_line(line) or line[0].islower() or SUBJECT_LINE_RE.match(line):
                title_parts.append(line)
                j += 1
                continue
            break
        head.body_start = j
        # "CHỈ THỊ" / "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG" / "NGÀY 21 THÁNG 6 NĂM 2001 VỀ …":
        # a gazette's title names the issuer, the number and the day before its subject.
        gazette = _GAZETTE_TITLE_RE.match(" ".join(title_parts))
        if gazette is not None and title_number is None:
            title_number = normalise_symbol(gazette["num"], gazette["sep"], gazette["sym"])
            day = DAY_IN_LINE_RE.match(gazette["day"].lower()) if gazette["day"] else None
            title_date = make_date(*day.groups()) if day else None
            title_parts = [" ".join(title_parts)[gazette.end() :].strip()]
    else:
        j = first
        while j < min(len(lines), 20):
            line = lines[j]
            if BODY_START_RE.match(line) or (
                classify(line) is not None and not _is_number_line(line)
            ):
                break
            # A sentence ends the header, a "V/v …." subject ending in a full stop does not.
            if (len(line) > 150 or line.rstrip().endswith((".", ";"))) and not (
                _is_subject(lines, j, first)
            ):
                break
            j += 1
        title_parts = [lines[k] for k in range(first, j) if _is_subject(lines, k, first)]
        header_lines = [lines[k] for k in range(first, j) if not _is_subject(lines, k, first)]
        head.body_start = j
        # "Thông báo tiếp tục thực hiện …" over "Về việc tiếp tục thực hiện …": a page's title in
        # sentence case names the kind its subject line is of, as an upper-case title does.
        block = lines[first:j]
        titled = TITLE_LINE_RE.match(block[0]) if len(block) > 1 else None
        if titled and block[0][:1].isupper() and SUBJECT_LINE_RE.match(block[1]):
            head.type = canonical_type(titled.group("type"))
        elif title_parts:
            head.type = "Công văn"
    head.title_text = " ".join(title_parts).strip()
    head.title = (
        re.sub(r"^(?:V/v|Về việc)\s?:?\s?", "", head.title_text, flags=re.IGNORECASE) or None
    )
    # A known type's title line or a "V/v …" subject below the lines ends a header as a number
    # or a date would.
    read_header_lines(head, header_lines, framed=head.title_index is not None or bool(title_parts))
    head.number = head.number or title_number
    head.date = head.date or title_date or (_passed_on(lines) if head.number else None)
    # "Số: 3557/QĐ-BYT" over "VỀ VIỆC …" with its "QUYẾT ĐỊNH" line lost: the kind the symbol
    # names, not the letter a bare subject line suggests ("5964/UBND-VX" names none).
    if head.title_index is None and head.type == "Công văn" and head.number:
        kind = type_from_symbol(head.number)
        head.type = kind if kind in _SYMBOL_KINDS else head.type
    return head


# "Nghị quyết này được Ủy ban Thường vụ Quốc hội … khóa XV, phiên họp thứ 47 thông qua ngày 10
# tháng 7 năm 2025.": a Quốc hội text printed without a dateline is dated by the day it passed.
_PASSED_RE = re.compile(
    r"^(?:Luật|Bộ luật|Nghị quyết|Pháp lệnh) này (?:đã )?được "
    r"(?:Quốc hội|Ủy ban Thường vụ Quốc hội)"
    r"[^.;]{0,200}?\sthông qua ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})",
    re.IGNORECASE,
)


def _passed_on(lines: list[str]) -> date | None:
    """Return the day a Quốc hội text says it was passed, or None."""
    found = (_PASSED_RE.match(line) for line in lines)
    return next((make_date(*m.groups()) for m in found if m), None)


_GAZETTE_TITLE_RE = re.compile(
    # The body's name holds no kind and no verb: "… THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW" cites one.
    rf"^CỦA\s(?:(?!\s(?:{TYPE_ALT}|thực hiện|triển khai|về)\s)[^\d]){{3,80}}?"
    rf"\sSỐ\s{SYMBOL_RE.pattern}(?:,?\s(?P<day>{DAY_WORDS}))?(?=\s|$)",
    re.IGNORECASE,
)
_TITLE_DATE_RE = re.compile(rf"^{DAY_WORDS}$", re.IGNORECASE)


def _is_subject(lines: list[str], k: int, first: int) -> bool:
    """Return whether line k is a letter's subject line or the rest of one broken after "V/v"."""
    return bool(
        SUBJECT_LINE_RE.match(lines[k]) or (k > first and _BARE_SUBJECT_RE.match(lines[k - 1]))
    )


def _is_number_line(line: str) -> bool:
    return bool(re.match(r"^Số\s?[:.]?\s?\d", line, re.IGNORECASE))
