"""Document numbers and symbols, dates, document types and citations of other documents."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .model import DocRef

# Canonical document types, keyed by their lower-case title word.
DOC_TYPES: dict[str, str] = {
    "hướng dẫn": "Hướng dẫn",
    "kế hoạch": "Kế hoạch",
    "công văn": "Công văn",
    "chỉ thị": "Chỉ thị",
    "chương trình hành động": "Chương trình hành động",
    "chương trình": "Chương trình",
    # "Thông báo kết luận 177-TB/VPTW": a Thông báo that records a conclusion.
    "thông báo kết luận": "Thông báo",
    "thông báo": "Thông báo",
    "quyết định": "Quyết định",
    "nghị quyết": "Nghị quyết",
    "kết luận": "Kết luận",
    "quy định": "Quy định",
    "báo cáo": "Báo cáo",
    "thông tri": "Thông tri",
    "đề án": "Đề án",
    "tờ trình": "Tờ trình",
    "thông tư": "Thông tư",
    "nghị định": "Nghị định",
    "công điện": "Công điện",
    # The President's decrees and the Standing Committee's ordinances ("Sắc lệnh 08/SL").
    "sắc lệnh": "Sắc lệnh",
    "pháp lệnh": "Pháp lệnh",
    "định hướng": "Định hướng",
    "đề cương": "Đề cương",
    "quy chế": "Quy chế",
    # A body's open letter or call to the public ("THƯ NGỎ" under a People's Committee's header).
    "thư ngỏ": "Thư ngỏ",
    "thư kêu gọi": "Thư kêu gọi",
    # A body's statement to the press ("THÔNG CÁO BÁO CHÍ SỐ 68 VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH").
    "thông cáo báo chí": "Thông cáo báo chí",
    # A contest's or an association's rules, issued by a decision ("THỂ LỆ Cuộc thi …").
    "thể lệ": "Thể lệ",
    "điều lệ": "Điều lệ",
}

# Type codes in symbols ("12-HD/BTGDVTU", "08/KH-UBND").
SYMBOL_TYPES: dict[str, str] = {
    "HD": "Hướng dẫn",
    "KH": "Kế hoạch",
    "CV": "Công văn",
    "CT": "Chỉ thị",
    "CTR": "Chương trình",
    "TB": "Thông báo",
    "QĐ": "Quyết định",
    "QĐI": "Quy định",
    "NQ": "Nghị quyết",
    "KL": "Kết luận",
    "BC": "Báo cáo",
    "TT": "Thông tri",
    "ĐA": "Đề án",
    "TTR": "Tờ trình",
    "CĐ": "Công điện",
    "QC": "Quy chế",
    "SL": "Sắc lệnh",
}

# The two mottos over a document's header: the Party's, and the State's in both spellings of
# "Hòa" ("HÒA", "HOÀ"); one home for the header reader and the locator.
MOTTO_ALT = r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# The motto where it follows a body's name on the same line ("… TỈNH HẬU GIANG Độc lập - Tự do").
MOTTO_AFTER_NAME = rf"{MOTTO_ALT}|(?i:độc lập\s?-\s?tự do)"

_TYPE_WORDS = sorted(DOC_TYPES, key=len, reverse=True)
TYPE_ALT = "|".join(w.replace(" ", r"\s") for w in _TYPE_WORDS)
# The letters a kind opens with, matched as the kinds are (case-insensitive): a citation search
# skips to one of them first instead of trying every kind at every position (the 100-page
# benchmark's citation scan, 4 passes of ~80 ms, takes ~30 ms each; the matches are the same).
TYPE_START = "(?=(?i:[" + "".join(sorted({w[0].lower() for w in _TYPE_WORDS})) + "]))"

# ---------------------------------------------------------------- dates

_DMY_NUM = r"(?P<d>\d{1,2})\s?[/.\-]\s?(?P<m>\d{1,2})\s?[/.\-]\s?(?P<y>\d{4})"
_DMY_WORDS = r"(?P<d2>\d{1,2})\s(?:tháng|-)\s?(?P<m2>\d{1,2})\s(?:năm|-)\s?(?P<y2>\d{4})"
DATE_RE = re.compile(rf"(?:ngày\s)?(?:{_DMY_WORDS}|{_DMY_NUM})(?!\d)", re.IGNORECASE)
# "ngày 26 tháng 0 6 năm 2018": an OCR'd copy may space a leading zero from its digit.
_DAY_PART = r"(?:0\s)?\d{1,2}"
PLACE_DATE_RE = re.compile(
    rf"(?P<place>[^\n,]{{2,60}}?)\s?,\s?ngày\s(?P<d>{_DAY_PART})\s?(?:tháng|/)\s?"
    rf"(?P<m>{_DAY_PART})\s?(?:năm|/)\s?(?P<y>\d{{4}})",
    re.IGNORECASE,
)
# "Chủ Nhật, ngày 24 tháng 10 năm 2021": a web page's date line; a document's place before its
# date is never a weekday.
_WEEKDAY_DATE_RE = re.compile(
    r"(?<!\w)(?:thứ\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\snhật|cn)\s?,\s?ngày\s\d", re.IGNORECASE
)


def is_weekday_date(text: str) -> bool:
    """Return whether the text holds a weekday's date ("Thứ Hai, ngày …"), a page's own date."""
    return _WEEKDAY_DATE_RE.search(text) is not None


def make_date(day: int | str, month: int | str, year: int | str) -> date | None:
    """Return a date or None if the parts are not a valid date."""
    try:
        return date(*(int(str(part).replace(" ", "")) for part in (year, month, day)))
    except (ValueError, TypeError):
        return None


def month_end(year: int, month: int) -> date | None:
    """Return the last day of a month or None when invalid."""
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def date_from_match(m: re.Match[str]) -> date | None:
    """Return the date of a DATE_RE match."""
    if m.group("d2"):
        return make_date(m.group("d2"), m.group("m2"), m.group("y2"))
    return make_date(m.group("d"), m.group("m"), m.group("y"))


def find_date(text: str) -> tuple[date | None, re.Match[str] | None]:
    """Return the first valid date in text with its match."""
    for m in DATE_RE.finditer(text):
        value = date_from_match(m)
        if value:
            return value, m
    return None, None


ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def quarter_end(quarter: str, year: int) -> date | None:
    """Return the last day of a quarter given as I-IV or 1-4."""
    q = ROMAN_QUARTERS.get(quarter.upper())
    return month_end(year, q * 3) if q else None


# ---------------------------------------------------------------- symbols

# The letters of a symbol: "TƯ" for "TW" ("445-KL/TƯ", typed or read by OCR) is one word, not
# a symbol cut after its "T".
SYM_LETTERS = "A-Za-zĐđĂÂÊÔƠƯ"
# "&" joins two codes, a space after it too ("15972/SXD-QLN& TTBĐS", a copy's wrap): the symbol
# goes on to the capitals after it.
_AMP = r"&(?:\s(?=[A-ZĐ]{2}))?"
# A symbol may end in a term number ("76/2025/UBTVQH15": the 15th National Assembly).
_SYM_PART = rf"[A-ZĐ](?:[{SYM_LETTERS}]|{_AMP}){{0,15}}\d{{0,2}}(?![\d])"
# "23/2015/TTLT-BGD ĐT-BNV": a space typed inside a code, the capitals after it running on to
# the next dash, is no end of the symbol ("… 51-KL/TW II- NỘI DUNG": a part's numeral is).
_INNER_SPACE = r"\s(?=(?![IVXLC]+-)[A-ZĐ]{2,4}-)"
SYM_TAIL = rf"(?:\s?[-/]\s?[A-ZĐ0-9](?:[{SYM_LETTERS}0-9]|{_AMP}|{_INNER_SPACE}){{0,15}}){{0,4}}"
SYMBOL_RE = re.compile(
    rf"(?<![\d/])(?P<num>\d{{1,5}}(?:/\d{{4}})?)\s?(?P<sep>[-/])\s?(?P<sym>{_SYM_PART}"
    rf"{SYM_TAIL})"
)


# A Prime Minister's symbol typed without its hyphen ("27/CTTg" for "27/CT-TTg").
_JOINED_TTG = re.compile(r"^(CT|QĐ|CĐ|TB)T?Tg$")


def normalise_symbol(number: str, sep: str | None, symbol: str) -> str:
    """Return "51-KL/TW" style text with all spaces removed (and "CTTg" as "CT-TTg")."""
    symbol = _JOINED_TTG.sub(r"\1-TTg", re.sub(r"\s+", "", symbol))
    # No separator: a hyphen typed as a space ("260 CT/QUTW").
    return re.sub(r"\s+", "", f"{number}{sep or '-'}{symbol}")


def symbol_key(value: str) -> str:
    """Return a comparison key for a number/symbol (case and separator-insensitive)."""
    return re.sub(r"[\s\-/.]", "", value).upper()


def type_from_symbol(symbol: str) -> str | None:
    """Return the document type encoded in a symbol such as 12-HD/BTGDVTU."""
    m = re.match(r"\d{1,5}(?:/\d{4})?[-/]([A-Za-zĐđ]+)", symbol)
    if not m:
        return None
    return SYMBOL_TYPES.get(m.group(1).upper())


def canonical_type(word: str) -> str | None:
    """Return the canonical document type for a title word in any case."""
    return DOC_TYPES.get(re.sub(r"\s+", " ", word.strip().lower()))


# ---------------------------------------------------------------- citations

# "số" is sometimes typed without its accents ("Chỉ thị so 41-CT/TW").
# "Quyết định số 168a/QĐ-UBND": a number may carry a letter, one inserted after its neighbour.
CITATION_RE = re.compile(
    rf"{TYPE_START}(?P<type>(?i:{TYPE_ALT}))\s(?:(?i:số|so)\s?:?\s?)?(?P<num>\d{{1,5}}[a-z]?(?:/\d{{4}})?)\s?(?P<sep>[-/])\s?"
    rf"(?P<sym>{_SYM_PART}{SYM_TAIL})"
)
_ISSUER_STOP = re.compile(
    r"\s(?:về|v/v|tuyên truyền|phê duyệt|ban hành|quy định|sửa đổi|bổ sung|hướng dẫn|"
    r"triển khai|thực hiện|đã|đối với|"
    r"trong|tại|nhằm|và các|và Kế hoạch|và Hướng dẫn|và Công văn|và Chỉ thị|"
    r"và Nghị quyết|và Kết luận|"
    r"và Quyết định|cũng như|để)\b|[,;:(.\"“”]",
    re.IGNORECASE,
)
_TITLE_STOP = re.compile(
    r"\s?[(;]|[.](?:\s|$)|\s(?:sau đây|gọi tắt)|[\"“”]\s?[,;.(]|\n|"
    r",\s(?=(?:Ban|Ủy ban|UBND|Sở|Tỉnh ủy)\s)"
)


@dataclass
class Citation:
    """A document cited in the text with its position."""

    ref: DocRef
    start: int
    end: int


def _issuer_after(text: str) -> tuple[str | None, int]:
    """Return the issuer phrase starting text with "của …" and its end offset."""
    m = re.match(r",?\s?(?:của\s)(?P<rest>.{0,160})", text, re.IGNORECASE | re.DOTALL)
    if not m:
        return None, 0
    rest = m.group("rest")
    stop = _ISSUER_STOP.search(rest)
    issuer = (rest[: stop.start()] if stop else rest).strip()
    if not issuer or not issuer[0].isupper() or len(issuer) > 90:
        return None, 0
    return issuer, m.start("rest") + len(issuer)


def _title_after(text: str) -> str | None:
    """Return the "về …" phrase starting text, if any."""
    m = re.match(
        r"\s?,?\s?(?:về việc|v/v|về)\s[\"“]?(?P<rest>.{3,400})", text, re.IGNORECASE | re.DOTALL
    )
    if not m:
        return None
    rest = m.group("rest")
    stop = _TITLE_STOP.search(rest)
    title = (rest[: stop.start()] if stop else rest).strip(' "“”,;.')
    return title or None


# A law is cited by its name before its number: "Luật Lưu trữ số 33/2024/QH15".
LAW_RE = re.compile(
    r"(?P<type>Bộ luật|Luật)\s[^\d,;.()]{2,80}?\s(?:số\s?:?\s?)(?P<num>\d{1,3}/\d{4}/QH\d{1,2})"
)


# The next items of a list of numbers: "các Quyết định: số 36/QĐ-TTg …; số 1569/QĐ-TTg … và
# số 1668/QĐ-TTg …". A bare "số" after a list separator counts when its symbol names a type.
# "Thông tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nđ-cp": a search snippet's symbol in
# lower case, taken only when its first part is the initials of the kind named before it.
_LOWER_SYMBOL_RE = re.compile(r"\d{1,5}(?:/\d{4})?/(?P<kind>[a-zđ]{2,5})-[a-zđ]{2,10}(?=[\s,.;]|$)")
_LETTER_CITATION_RE = re.compile(
    r"(?i:văn bản)\s(?i:số)\s?:?\s?(?P<num>\d{1,5}(?:/\d{4})?)\s?(?P<sep>[-/])\s?"
    rf"(?P<sym>{_SYM_PART}{SYM_TAIL})"
)
_LOWER_CITATION_RE = re.compile(rf"{TYPE_START}(?P<type>(?i:{TYPE_ALT}))\s(?:(?i:số)\s?)?(?=\d)")


def lower_symbol(kind: str | None, text: str, pos: int = 0) -> str | None:
    """Return the lower-case number at pos when its symbol is the kind's initials, or None."""
    m = _LOWER_SYMBOL_RE.match(text, pos)
    initials = "".join(word[:1] for word in (kind or "").split()).lower()
    return m.group(0) if m and initials and m.group("kind") == initials else None


LISTED_RE = re.compile(
    r"(?:[,;:]\s?|\svà\s)(?i:số)\s?(?P<num>\d{1,5}(?:/\d{4})?)\s?(?P<sep>[-/])\s?"
    rf"(?P<sym>{_SYM_PART}{SYM_TAIL})"
)


# "Căn cứ các Thông tư của Bộ trưởng …: Số 03/VBHN-BGDĐT ngày …; Số 20/VBHN-BGDĐT …": a series
# opened by its kind in the plural and a colon, in the same sentence, gives every entry that kind
# (a consolidated text's "VBHN" names none).
_SERIES_HEAD_RE = re.compile(rf"(?i:\bcác)\s(?P<type>(?i:{TYPE_ALT}))(?=[\s:])[^.\n]*?:[^.\n]*$")
_SERIES_REACH = 400


def _series_kind(text: str, start: int) -> str | None:
    """Return the kind a plural heading gives a listed entry at start, or None."""
    head = _SERIES_HEAD_RE.search(text, max(0, start - _SERIES_REACH), start)
    return canonical_type(head.group("type")) if head else None


def find_citations(text: str) -> list[Citation]:
    """Return every cited document (type word + number/symbol) in text, in order."""
    out: list[Citation] = [
        Citation(
            ref=DocRef(type=m.group("type"), number=m.group("num")), start=m.start(), end=m.end()
        )
        for m in LAW_RE.finditer(text)
    ]
    for m in LISTED_RE.finditer(text):
        number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
        kind = type_from_symbol(number) or _series_kind(text, m.start("num"))
        if kind:
            out.append(
                Citation(ref=DocRef(type=kind, number=number), start=m.start("num"), end=m.end())
            )
    # "… tại văn bản số 5964/UBND-VX ngày …": a letter cited by the generic word, numbered.
    for m in _LETTER_CITATION_RE.finditer(text):
        number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
        out.append(
            Citation(ref=DocRef(type="Công văn", number=number), start=m.start(), end=m.end())
        )
    for m in _LOWER_CITATION_RE.finditer(text):
        kind = canonical_type(m.group("type"))
        if (low := lower_symbol(kind, text, m.end())) is not None:
            ref = DocRef(type=kind, number=low)
            out.append(Citation(ref=ref, start=m.start(), end=m.end() + len(low)))
    for m in CITATION_RE.finditer(text):
        number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
        ref = DocRef(type=canonical_type(m.group("type")), number=number)
        pos = m.end()
        tail = text[pos : pos + 600]
        dm = re.match(r",?\s?(?:ban hành\s)?(?:ngày\s)?", tail, re.IGNORECASE)
        after_date = tail
        if dm:
            value, dmatch = find_date(tail[: dm.end() + 24])
            if dmatch and dmatch.start() <= dm.end() + 1:
                ref.date = value
                after_date = tail[dmatch.end() :]
                pos += dmatch.end()
        issuer, used = _issuer_after(after_date)
        if issuer:
            ref.issuer = issuer
            after_date = after_date[used:]
            pos += used
        ref.title = _title_after(after_date)
        out.append(Citation(ref=ref, start=m.start(), end=pos))
    return sorted(out, key=lambda c: c.start)


def merge_refs(refs: list[DocRef]) -> list[DocRef]:
    """Deduplicate references by normalised number, filling missing fields from repeats."""
    merged: dict[str, DocRef] = {}
    for ref in refs:
        if not ref.number:
            continue
        key = symbol_key(ref.number)
        if key not in merged:
            merged[key] = DocRef(ref.type, ref.number, ref.date, ref.issuer, ref.title)
            continue
        have = merged[key]
        have.type = have.type or ref.type
        have.date = have.date or ref.date
        have.issuer = have.issuer or ref.issuer
        have.title = have.title or ref.title
    return list(merged.values())
