"""Header (issuing body, number, place and date) and title of a document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .leadnames import OFFICES
from .namecheck import place_checked
from .numbers import (
    MOTTO_AFTER_NAME,
    MOTTO_ALT,
    PLACE_DATE_RE,
    SYMBOL_RE,
    TYPE_ALT,
    canonical_type,
    is_weekday_date,
    make_date,
    normalise_symbol,
    type_from_symbol,
)
from .orgnames import issuer_from_org, org_case
from .sections import classify, is_upper_line

MOTTOS = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
)
TITLE_LINE_RE = re.compile(rf"^(?P<type>{TYPE_ALT})(?:\s(?P<rest>.*))?$", re.IGNORECASE)
_SERIES_RE = re.compile(r"\d{1,3}\.(?=\d{1,3}/\d{4}/)")
# "Nghị quyết số: 89/2025/UBTVQH15", "Luật số: …": the Quốc hội's texts name their type there.
NUMBER_RE = re.compile(
    r"(?:^|\|\s?)(?:(?:Luật|Nghị quyết|Pháp lệnh)\s[Ss]ố|Số)\s?(?::|\.)?\s?(?P<body>.{3,60})"
)
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


@dataclass
class Header:
    """What the header block and title tell about the document."""

    title_index: int | None = None
    body_start: int = 0
    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    date: date | None = None
    place: str | None = None
    title: str | None = None
    title_text: str = ""
    # "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN" between a decision's title and its "Căn cứ …": the body
    # deciding (a person's office, "CHỦ TỊCH …", is left out).
    authority: str | None = None
    leftovers: list[str] = field(default_factory=list)


_DECIDED_TYPES = frozenset({"Quyết định", "Nghị quyết", "Chỉ thị", "Quy định"})
_OFFICE_RE = re.compile(rf"^{OFFICES}\s", re.IGNORECASE)
_AUTHORITY_RE = re.compile(
    rf"^(?:(?i:{OFFICES})\s.*|"
    r"(?:ỦY|UỶ) BAN NHÂN DÂN\s(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s.+|"
    r"HỘI ĐỒNG NHÂN DÂN\s(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s.+|"
    r"BAN (?:THƯỜNG VỤ|CHẤP HÀNH)\s.+)$"
)


def _is_motto(line: str) -> bool:
    up = re.sub(r"\s+", " ", line.upper().replace("–", "-")).strip(" ,")
    return bool(up) and any(up in m or (m in up and len(up) <= len(m) + 6) for m in MOTTOS)


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
        if m and is_upper_line(line) and not _is_motto(line):
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
            day = _DAY_IN_LINE_RE.match(gazette["day"].lower()) if gazette["day"] else None
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
    _parse_header_lines(
        head, header_lines, framed=head.title_index is not None or bool(title_parts)
    )
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


# "ngày 25 tháng 9 năm 2012", "ngày 25/9/2012": a header's day; on a line of its own under a
# database title ("THÔNG TƯ 15/2017/TT-BCT" / "ngày" / "31 tháng 8 năm 2017") in any case.
_DAY_WORDS = r"ngày\s(\d{1,2})\s?(?:tháng|/)\s?(\d{1,2})\s?(?:năm|/)\s?(\d{4})"
_DAY_IN_LINE_RE = re.compile(_DAY_WORDS)
_GAZETTE_TITLE_RE = re.compile(
    # The body's name holds no kind and no verb: "… THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW" cites one.
    rf"^CỦA\s(?:(?!\s(?:{TYPE_ALT}|thực hiện|triển khai|về)\s)[^\d]){{3,80}}?"
    rf"\sSỐ\s{SYMBOL_RE.pattern}(?:,?\s(?P<day>{_DAY_WORDS}))?(?=\s|$)",
    re.IGNORECASE,
)
_TITLE_DATE_RE = re.compile(rf"^{_DAY_WORDS}$", re.IGNORECASE)


def _is_subject(lines: list[str], k: int, first: int) -> bool:
    """Return whether line k is a letter's subject line or the rest of one broken after "V/v"."""
    return bool(
        SUBJECT_LINE_RE.match(lines[k]) or (k > first and _BARE_SUBJECT_RE.match(lines[k - 1]))
    )


def _is_number_line(line: str) -> bool:
    return bool(re.match(r"^Số\s?[:.]?\s?\d", line, re.IGNORECASE))


_DATE_LINE_CHARS = 80
# The line starts with the date, or with the number before it ("Số 12-HD/BTG, ngày …").
_DATE_LINE_RE = re.compile(
    r"^[|\s]*(?:Số\b[^,]{0,40},?\s)?ngày\s\d{1,2}\s?(?:tháng|/)", re.IGNORECASE
)


_BLANK_DAY_RE = re.compile(
    r"^\s*(?P<place>[A-ZĐÀ-Ỹ][^,|]{1,60}?)\s?,\s?ngày(?:\s|[.…_])+tháng\s(?:\d{1,2}|[\s.…_]+)"
    r"\s?năm\s\d{4}"
)
_DRAFT_RE = re.compile(r"^\(?DỰ THẢO\)?(?:\s|$)")
# "VĂN BẢN QUY PHẠM PHÁP LUẬT" over a gazette copy's header: the gazette's section heading.
_CHROME_LABEL_RE = re.compile(
    r"^(?:MỤC LỤC(?: VĂN BẢN)?|TRANG CHỦ|VĂN BẢN (?:QUY PHẠM )?PHÁP LUẬT|VĂN BẢN HỢP NHẤT|TIN TỨC)$"
)
# Two lower-case words in a row: prose or a link, never a part of a header.
_PROSE_RE = re.compile(r"\b[a-zà-ỹđ]+\s[a-zà-ỹđ]+\b")
# The motto in any case ("CỘNG HÒA … VIỆT nam Độc lập - tự do - hạnh phúc" on copied pages).
_MOTTO_ANY_RE = re.compile(r"(?i:cộng h[òo]a|cộng hoà|độc lập|tự do|hạnh phúc|việt nam)")


def _parse_header_lines(head: Header, header_lines: list[str], *, framed: bool) -> None:
    org: list[str] = []
    date_line: str | None = None
    for idx, line in enumerate(header_lines):
        used = False
        # "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG -------", "ĐẢNG CỘNG SẢN VIỆT NAM -----": the rule
        # drawn under a name or the motto is no part of the line.
        line = _RULE_TAIL_RE.sub("", line)
        # "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc": the
        # two columns read across one row; the body's name is what stands before the motto.
        left = _MOTTO_BESIDE_RE.split(line, maxsplit=1)
        # "| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA …": a table row keeps its cell bars
        # and the rule drawn under the name; neither is part of it.
        name = _CELL_RULE_RE.sub("", left[0]) if len(left) > 1 else ""
        if name and is_upper_line(name):
            line, framed = name, True
        nm = NUMBER_RE.search(line)
        if nm and head.number is None:
            # "Số: 66.17/2026/NQ-CP": a resolution of a numbered series (66.1, 66.2 …).
            series = _SERIES_RE.match(nm.group("body"))
            sm = SYMBOL_RE.match(nm.group("body"), series.end() if series else 0)
            if sm:
                own = normalise_symbol(sm.group("num"), sm.group("sep"), sm.group("sym"))
                head.number, used = (series.group(0) if series else "") + own, True
        pm = PLACE_DATE_RE.search(line)
        if pm and head.date is None and not is_weekday_date(line):
            head.date = make_date(pm.group("d"), pm.group("m"), pm.group("y"))
            place = _without_number(pm.group("place"))
            # "BAN CHẤP HÀNH TỈNH KHÁNH HÒA   Khánh Hòa, ngày …": the body's name in the left
            # column shares the row; the place is what follows its upper-case words.
            shared = _UPPER_RUN_RE.match(place)
            if shared:
                org.append(shared.group("org"))
                place = place[shared.end() :]
            if idx > 0 and _place_prefix(header_lines[idx - 1]) and len(place.split()) <= 2:
                place = f"{header_lines[idx - 1].strip()} {place}"
            # A place is a proper name of a few words: "tổ công tác … Tân Sửu 2021, ngày …" is a
            # sentence that happens to hold a date.
            head.place = place_checked(place)
            used, date_line = True, line
        # A date line of its own ("ngày 27 tháng 11 năm 2025"), not a sentence that holds a
        # date ("… kể từ ngày 01/7/2025 được thực hiện thế nào?", a web page's title).
        elif head.date is None and _DATE_LINE_RE.match(line) and len(line) <= _DATE_LINE_CHARS:
            dm = _DAY_IN_LINE_RE.search(line)
            if dm:
                head.date = make_date(*dm.groups())
                used, date_line = True, line
        # "Long Anh, ngày       tháng 01 năm 2024": a draft's dateline, its day left blank, names
        # the place still; the day is nobody's yet.
        elif head.place is None and (blank := _BLANK_DAY_RE.match(line)) is not None:
            head.place = place_checked(_without_number(blank.group("place")))
            used = framed = True
        if used:
            continue
        # A draft's blank number and date ("Số:    -HD/BTGTU", "ngày    tháng    năm 2026").
        if _is_motto(line) or _BLANK_FRAME_RE.search(line):
            framed = True
        if _is_motto(line):
            continue
        # "DỰ THẢO BÁO CÁO" under the number: a draft's mark over its title, not the body's name.
        if _DRAFT_RE.match(line):
            head.leftovers.append(line)
            continue
        # The issuing body stands above its number and date; an upper-case line below both is
        # a title the reader does not know ("QUY TRÌNH", an OCR'd "K ÉT LUẬN"), not the name.
        if is_upper_line(line) and not (head.number and head.date):
            # A chrome label in capitals ("MỤC LỤC VĂN BẢN") belongs to the page.
            if not _CHROME_LABEL_RE.match(line):
                org.append(line)
        elif (
            org
            and not (head.number or head.date or framed)
            and _PROSE_RE.search(_MOTTO_ANY_RE.sub("", line))
        ):
            # "MỤC LỤC VĂN BẢN" / "In mục lục" above the header: upper-case lines with prose
            # after them are a page's, the body's name starts below.
            head.leftovers.extend([*org, line])
            org = []
        elif is_upper_line(line) or not _place_prefix(line) or idx + 1 >= len(header_lines):
            head.leftovers.append(line)
    # An issuing body stands beside a motto, a number or a date; upper-case lines with none of
    # them are a page's heading ("THÔNG TIN THỜI SỰ TUẦN THỨ 02"), not a document's header.
    if org and (framed or head.number or head.date):
        head.issuer = issuer_from_org(org)
    elif org:
        head.leftovers.extend(org)
    # A place and date stand beside the issuing body, its number, a motto or a title; a line of
    # them alone above a news story is the page's (a print view's) dateline, not the document's.
    if date_line is not None and not (framed or head.number or org):
        head.leftovers.append(date_line)
        head.date = head.place = None


_UPPER_RUN_RE = re.compile(
    r"^(?P<org>(?:[A-ZĐÀ-Ỹ]{2,}\s){2,}[A-ZĐÀ-Ỹ]{2,})\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])"
)
_MOTTO_BESIDE_RE = re.compile(rf"\s(?={MOTTO_AFTER_NAME})")
_RULE_TAIL_RE = re.compile(r"\s[-–_]{3,}$")
_CELL_RULE_RE = re.compile(r"^[|\s]+|(?:\s[-–_]{3,})?[|\s]*$")
_BLANK_FRAME_RE = re.compile(r"^[|\s]*Số\s?[:.]|\bngày\s+tháng\s+năm\b", re.IGNORECASE)
# "/GDĐT – VP Thành phố Hồ Chí Minh": a number spaced around its dash leaves its last part too.
_PLACE_DEBRIS_RE = re.compile(r"^.*[/\\|]\S*(?:\s?[-–]\s?[A-ZĐ0-9]{1,10}(?=\s))*\s")


def _without_number(place: str) -> str:
    """Return a dateline's place without the number sharing its line ("Số: 12/KH-UBND Hà Nội")."""
    place = re.sub(r"^.*?(?:Số\s?[:.]?\s?\S+\s)", "", place.strip(" |,")).strip(" |")
    # A place name holds no slash or escape ("Quận 3" may hold a digit): what comes before such
    # a word is the rest of a number sharing the line ("- KH/TWĐTN-CTTN Hà Nội"), or page debris.
    return _PLACE_DEBRIS_RE.sub("", place).strip(" |")


def _place_prefix(line: str) -> bool:
    return (
        not is_upper_line(line)
        and not re.search(r"\d|:", line)
        and len(line.split()) <= 4
        and line[:1].isupper()
    )
