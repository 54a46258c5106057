"""The header block's own lines read into a Header: issuing body, number, place, date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .namecheck import place_checked
from .numbers import (
    MOTTO_AFTER_NAME,
    PLACE_DATE_RE,
    SYMBOL_RE,
    is_weekday_date,
    make_date,
    normalise_symbol,
)
from .orgnames import issuer_from_org
from .sections import is_upper_line

MOTTOS = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
)
_SERIES_RE = re.compile(r"\d{1,3}\.(?=\d{1,3}/\d{4}/)")
# "Nghị quyết số: 89/2025/UBTVQH15", "Luật số: …": the Quốc hội's texts name their type there.
NUMBER_RE = re.compile(
    r"(?:^|\|\s?)(?:(?:Luật|Nghị quyết|Pháp lệnh)\s[Ss]ố|Số)\s?(?::|\.)?\s?(?P<body>.{3,60})"
)

# "ngày 25 tháng 9 năm 2012", "ngày 25/9/2012": a header's day; on a line of its own under a
# database title ("THÔNG TƯ 15/2017/TT-BCT" / "ngày" / "31 tháng 8 năm 2017") in any case.
DAY_WORDS = r"ngày\s(\d{1,2})\s?(?:tháng|/)\s?(\d{1,2})\s?(?:năm|/)\s?(\d{4})"
DAY_IN_LINE_RE = re.compile(DAY_WORDS)


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


def is_motto(line: str) -> bool:
    """Tell whether a line is the motto or a part of it."""
    up = re.sub(r"\s+", " ", line.upper().replace("–", "-")).strip(" ,")
    return bool(up) and any(up in m or (m in up and len(up) <= len(m) + 6) for m in MOTTOS)


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


def read_header_lines(head: Header, header_lines: list[str], *, framed: bool) -> None:
    """Fill the header's number, date, place and issuer from the lines above its title."""
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
            dm = DAY_IN_LINE_RE.search(line)
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
        if is_motto(line) or _BLANK_FRAME_RE.search(line):
            framed = True
        if is_motto(line):
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
