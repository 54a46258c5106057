"""Where the document starts and ends in pasted text: site chrome, summary table, lead, appendix."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lantoa.core.partydoc.signing import MODE_PATTERN

from .numbers import (
    DATE_RE,
    PLACE_DATE_RE,
    SYMBOL_RE,
    TYPE_ALT,
    canonical_type,
    date_from_match,
    find_date,
    normalise_symbol,
    symbol_key,
)

# Where each field of the document's identity was read, as the review screen words it.
ORIGIN_LABELS = {
    "header": "đọc từ phần đầu văn bản",
    "summary": "đọc từ bảng thuộc tính của trang web (Số hiệu / Ngày ban hành / Người ký)",
    "lead": "đọc từ câu mở đầu bản tin",
    "sentence": "đọc từ câu mở đầu văn bản (không có ở phần đầu)",
    "caption": "đọc từ dòng “Kèm theo …” của phụ lục",
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
_MOTTO_RE = re.compile(r"^(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HO[ÀA] XÃ HỘI CHỦ NGHĨA VIỆT NAM)\W{0,3}$")
_NUMBER_LINE_RE = re.compile(r"^Số\s?[:.]?\s?\d{1,5}(?:/\d{4})?\s?[-/]\s?[A-ZĐ]")
_SUBJECT_RE = re.compile(r"^(?:V/v|Về việc)\b", re.IGNORECASE)
_SUMMARY_KEYS = {
    "số hiệu": "number",
    "số ký hiệu": "number",
    "ngày ban hành": "date",
    "người ký": "signer",
    "loại văn bản": "type",
    "cơ quan ban hành": "issuer",
    "nơi ban hành": "issuer",
}
_SUMMARY_RE = re.compile(
    r"^(?P<key>Số hiệu|Số,? ký hiệu|Ngày ban hành|Người ký|Loại văn bản|Cơ quan ban hành|"
    r"Nơi ban hành)\s?[:|]?\s?(?P<value>.*)$",
    re.IGNORECASE,
)


@dataclass
class Summary:
    """Fields a web portal prints above the document ("Số hiệu", "Ngày ban hành"…)."""

    values: dict[str, str] = field(default_factory=dict)


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
    if anchor is None or anchor <= 3:
        return 0
    start = anchor
    # The issuing body's lines and the broken motto come just before the anchor in reading order.
    while start > 0 and anchor - start < 8:
        prev = lines[start - 1]
        header_like = _is_motto_part(prev) or _SUBJECT_RE.match(prev)
        if not (header_like or (prev.isupper() and len(prev) < 90)):
            break
        start -= 1
    return 0 if start <= 2 else start


_MOTTO_WORDS = frozenset(
    re.split(r"\s", "đảng cộng sản việt nam hòa hoà xã hội chủ nghĩa độc lập tự do hạnh phúc - ,")
)


def _is_motto_part(line: str) -> bool:
    words = line.lower().replace("-", " - ").split()
    return bool(words) and all(w in _MOTTO_WORDS for w in words)


def _is_place_date(line: str) -> bool:
    m = PLACE_DATE_RE.match(line)
    return m is not None and len(line) < 90 and len(m.group("place").split()) <= 5


def read_summary(lines: list[str]) -> dict[str, str]:
    """Return the portal's summary table fields (key on one line, value on the same or next)."""
    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        m = _SUMMARY_RE.match(line)
        if not m:
            continue
        key = _SUMMARY_KEYS.get(re.sub(r",", "", m.group("key").lower()))
        value = m.group("value").strip(" :|")
        # The value is in the next cell, after the table's "|" line if the copy kept one.
        j = i + 1
        while j < min(len(lines), i + 4) and not lines[j].strip(" |"):
            j += 1
        if not value and j < len(lines) and not _SUMMARY_RE.match(lines[j]):
            value = lines[j].strip(" :|")
        if key and value and key not in out:
            out[key] = value
    return out


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
    kind = canonical_type(summary.get("type", ""))
    if kind:
        out["type"] = kind
    issuer = summary.get("issuer", "").strip()
    if issuer and not re.search(r"\d", issuer):
        out["issuer"] = issuer
    signer = summary.get("signer", "").strip()
    if signer and len(signer.split()) <= 5:
        out["signer"] = signer
    return out


# ---------------------------------------------------------------- news copies

_ISSUER_WORDS = (
    r"(?:Ban|Bộ|Ủy ban|Uỷ ban|UBND|Sở|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|"
    r"Đảng ủy|Đảng uỷ|Văn phòng|Ban Thường vụ|Ban Bí thư|Chính phủ|Thủ tướng|Trung tâm|Hội đồng)"
)
_REF = (
    rf"(?P<type>(?i:{TYPE_ALT}))(?:\s(?:(?i:số)\s?:?\s?)?(?P<num>\d{{1,5}}(?:/\d{{4}})?)"
    r"(?:\s?(?P<sep>[-/])\s?(?P<sym>[A-ZĐ][A-Za-zĐđ&0-9]{0,17}"
    r"(?:\s?[-/]\s?[A-ZĐ0-9][A-Za-zĐđ0-9&]{0,15}){0,4}))?)?"
)
# "Ngày 5/1/2017, Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 21-HD/BTGTW về …"
_LEAD_RE = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<issuer>{_ISSUER_WORDS}(?:\s[^\s;.:()]+){{0,30}}?)\s"
    rf"(?:đã\s|vừa\s|mới\s)?(?:ban hành|có)\s{_REF}"
)
# "Ngày 14/4/2025, đồng chí …, Trưởng Ban …, đã ký ban hành Kế hoạch số 47-KH/BCĐ … của Ban
# Chỉ đạo về …": the signer, not the issuer, leads the sentence.
_SIGNED_LEAD_RE = re.compile(rf"\s(?:đã\s|vừa\s)?(?:ký|kí)\s(?:ban hành\s)?{_REF}")
# An issuer named after the number is taken only when it says its level ("… Trung ương",
# "… Tỉnh ủy"); a bare "Ban Chỉ đạo" stands for a name given earlier in the page.
_LEVEL_RE = re.compile(
    r"\b(?:Trung ương|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Chính phủ|Quốc hội|"
    r"Bộ Chính trị|Ban Bí thư|tỉnh|thành phố|huyện|xã|phường)\b"
)
_GENERIC_CENTRAL_RE = re.compile(r"(?i:ban chấp hành trung ương)(?: Đảng)?")
_CENTRAL_OF_RE = re.compile(
    r",?\s?(?:năm\s\d{4}\s)?(?:ngày\s[\d/]{6,10},?\s)?của\s"
    r"(?P<body>(?i:Bộ Chính trị, Ban Bí thư|Bộ Chính trị|Ban Bí thư))\b"
)
_PERSON_RE = re.compile(r"(?i:\bđồng chí\b|\bđ/c\b|\bthay mặt\b|\bký\b|\bkí\b)|Tổng Bí thư")
# "Thay mặt Bộ Chính trị, đồng chí … ký ban hành …": the one body signed for.
_ON_BEHALF_RE = re.compile(
    r"(?i:thay mặt)\s(?P<issuer>[^,;.()]{3,80}?),\s"
    r"(?:(?i:đồng chí|đ/c)|Tổng Bí thư|Thường trực Ban Bí thư|Chủ tịch nước|(?:Phó )?Thủ tướng)\s"
)
# A news page's headline: "Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp …"
_HEADLINE_RE = re.compile(rf"^{_REF}\s(?:về|hướng dẫn|triển khai)\b")
_LEAD_DATE_RE = re.compile(r"^Ngày\s(?P<when>[^,]{3,30}),\s")
_LEAD_SCAN_LINES = 80


@dataclass
class Lead:
    """Identity fields read from the first sentence of a news copy."""

    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    date: date | None = None
    title: str | None = None
    # The sentence names no issuer that can be trusted: better none than one guessed elsewhere.
    issuer_withheld: bool = False


def read_lead(lines: list[str]) -> Lead | None:
    """Return type, number, issuer and date from a news copy's opening sentence, or None."""
    lead = _first_lead(lines)
    if lead is not None and lead.number:
        lead.number = _usual_form(lines, lead.number)
    return lead


def _first_lead(lines: list[str]) -> Lead | None:
    """Return the lead of the first sentence naming the issuer, else the signer, else a title."""
    # The sentence naming the issuer wins over a headline repeated above it.
    for line in lines[:_LEAD_SCAN_LINES]:
        text = line[:1500]
        for m in _LEAD_RE.finditer(text):
            # "thay mặt Bộ Chính trị, đồng chí … đã ký ban hành": a person signed, read below.
            if not _PERSON_RE.search(m.group("issuer")):
                return _lead_from(text, m, issuer=m.group("issuer").strip().rstrip(","))
    for line in lines[:_LEAD_SCAN_LINES]:
        text = line[:1500]
        signed = _SIGNED_LEAD_RE.search(text)
        if signed and signed.group("sym"):
            return _signed_lead(text, signed)
    for line in lines[:_LEAD_SCAN_LINES]:
        headline = _HEADLINE_RE.match(line[:1500])
        if headline and headline.group("sym"):
            return _lead_from(line[:1500], headline, issuer=None)
    return None


def _usual_form(lines: list[str], number: str) -> str:
    """Return the form a news page prints the number in most ("45-HD/BTCTW" over one "45/HD-…")."""
    key = symbol_key(number)
    counts: dict[str, int] = {}
    for line in lines:
        for m in SYMBOL_RE.finditer(line):
            form = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
            if symbol_key(form) == key:
                counts[form] = counts.get(form, 0) + 1
    if not counts:
        return number
    best = max(counts, key=lambda f: counts[f])
    return best if counts[best] > counts.get(number, 0) else number


def _central_body(name: str) -> str:
    """Return "Bộ Chính trị", "Ban Bí thư" or both as they are written ("Bộ chính trị" too)."""
    return ", ".join(
        "Bộ Chính trị" if "chính" in part.lower() else "Ban Bí thư" for part in name.split(",")
    )


def _signed_lead(text: str, m: re.Match[str]) -> Lead:
    """Return the lead's fields from a sentence led by the signer (_SIGNED_LEAD_RE)."""
    lead = _lead_from(text, m, issuer=None)
    dm = _LEAD_DATE_RE.match(text)
    if dm:
        lead.date, _ = find_date(dm.group("when"))
    tail = re.sub(r"^\s?\([^)]{0,60}\)", "", text[m.end() :])
    central = _CENTRAL_OF_RE.match(tail)
    im = re.match(
        r",?\s(?:ngày\s[\d/]{6,10},?\s)?của\s(?P<issuer>[^,;.()]{3,120}?)(?:\svề\b|[,;.(]|$)", tail
    )
    if central:
        lead.issuer = _central_body(central.group("body"))
    elif im and _LEVEL_RE.search(im.group("issuer")):
        lead.issuer = im.group("issuer").strip()
    elif (om := _ON_BEHALF_RE.search(text[: m.start()])) is not None:
        lead.issuer = om.group("issuer").strip()
    lead.issuer_withheld = lead.issuer is None
    return lead


def _lead_from(text: str, m: re.Match[str], *, issuer: str | None) -> Lead:
    """Return the lead's fields from a match of _LEAD_RE or _HEADLINE_RE."""
    number = None
    if m.group("sym"):
        number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
    lead = Lead(type=canonical_type(m.group("type")), number=number, issuer=issuer)
    dm = _LEAD_DATE_RE.match(text)
    # "Ngày 27/8, …" has no year: a date is only taken when it is whole.
    if dm and issuer is not None and dm.end() <= m.start("issuer") + 2:
        lead.date, _ = find_date(dm.group("when"))
    tail = text[m.end() :]
    am = re.match(r",?\s?(?:năm\s\d{4}\s)?(?:ban hành\s)?(?:ngày\s)?", tail)
    after = tail[am.end() if am else 0 :]
    dm2 = DATE_RE.match(after)
    if dm2:
        lead.date = lead.date or date_from_match(dm2)
        after = after[dm2.end() :]
    cm = _CENTRAL_OF_RE.match(after)
    if cm:
        after = after[cm.end() :]
    if issuer and _GENERIC_CENTRAL_RE.fullmatch(issuer.strip()):
        # News pages open every central document with "Ban Chấp hành Trung ương ban hành …";
        # "… của Bộ Chính trị" after the number names the body, and a number of one of the
        # Central Committee's boards ("9671-CV/BTCTW", "…/VPTW") is not the Committee's own.
        if cm:
            lead.issuer = _central_body(cm.group("body"))
        elif number and not re.search(r"/TW$", number, re.IGNORECASE):
            lead.issuer, lead.issuer_withheld = None, True
    tm = re.match(r",?\s?(?:về(?: việc)?|hướng dẫn)\s(?P<title>[^.;]{3,300})", after)
    if tm:
        lead.title = tm.group("title").strip(' "“”,')
    return lead


# ---------------------------------------------------------------- appendix

_APPENDIX_RE = re.compile(
    rf"^(?:PHỤ LỤC|Phụ lục|Mẫu biểu|Biểu mẫu|Biểu số)\b|"
    rf"^[(\[]?\s?(?:Kèm theo|Kem theo|Ban hành kèm theo|Ban hành kem theo)\s(?:{TYPE_ALT})\b",
    re.IGNORECASE,
)
_CAPTION_RE = re.compile(
    rf"K[èe]m theo\s(?P<type>(?i:{TYPE_ALT}))\s(?:(?i:số)\s?:?\s?)?(?P<num>\d{{1,5}}(?:/\d{{4}})?)"
    r"\s?(?P<sep>[-/])\s?(?P<sym>[A-ZĐ][A-Za-zĐđ&0-9]{0,17}(?:\s?[-/]\s?[A-ZĐ0-9][A-Za-zĐđ0-9&]"
    r"{0,15}){0,4})",
    re.IGNORECASE,
)
_RECEIVED_RE = re.compile(r"^(?i:Nơi\s?nhận)\b")
_TAIL_MARK_RE = re.compile(rf"^(?:(?i:Nơi\s?nhận)\b|(?:{MODE_PATTERN})(?=\s|[A-ZĐ]|$))")


def appendix_start(lines: list[str]) -> int | None:
    """Return the index where an appendix after the signature starts, or None."""
    seen_tail = False
    # An appendix of tables, one cell a line, can be far longer than the document before it.
    received = next((i for i, ln in enumerate(lines) if _RECEIVED_RE.match(ln)), None)
    first = len(lines) // 3 if received is None else min(len(lines) // 3, received)
    for i in range(first, len(lines)):
        line = lines[i]
        if _TAIL_MARK_RE.match(line):
            seen_tail = True
        elif seen_tail and _APPENDIX_RE.match(line):
            # "DANH SÁCH XÃ, PHƯỜNG …" above "(Ban hành kèm theo …)" is the appendix's title.
            while i > first and _is_title_line(lines[i - 1]):
                i -= 1
            return i
    return None


def _is_title_line(line: str) -> bool:
    """Return True for an upper-case title line of five words or more (no signer, no mode)."""
    letters = [ch for ch in line if ch.isalpha()]
    upper = bool(letters) and all(ch.isupper() for ch in letters)
    return upper and len(line.split()) >= 5 and not _TAIL_MARK_RE.match(line)


def read_caption(lines: list[str]) -> tuple[str | None, date | None]:
    """Return the number and date an appendix's caption "Kèm theo Hướng dẫn số …" states."""
    for line in lines[:8]:
        m = _CAPTION_RE.search(line)
        if m:
            number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
            when, _ = find_date(line[m.end() : m.end() + 40])
            return number, when
    return None, None


_PLACE_TAIL_RE = re.compile(
    r"\s(?P<head>(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã)(?:\s[A-ZĐÀ-Ỹ]\S*){0,3})$"
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
