"""A lead's fields around one document reference: type, number, issuer, date and title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .leadnames import (
    ISSUER_WORDS,
    bracketed_number,
    central_body,
    qualified_number,
    tidy_issuer,
)
from .numbers import (
    DATE_RE,
    SYM_LETTERS,
    SYM_TAIL,
    TYPE_ALT,
    canonical_type,
    date_from_match,
    find_date,
    normalise_symbol,
)

# "UBND tỉnh có văn bản số 4912/UBND-NC …": a letter named by the generic word, read only with
# its number (its type then comes from the number's symbol); in "văn bản hướng dẫn số
# 231/SNV-XDCQ" the words say what the numbered letter does, not another kind.
GENERIC_TYPE = r"văn\sbản(?:\shướng\sdẫn(?=\s(?i:số)\s?\d))?"
_URGENT = r"\s\(?(?i:thượng khẩn|khẩn|hỏa tốc|hoả tốc)\)?(?=\s(?i:số)\b)"
REF = (
    # "công văn CV 9229/UBND-VHXH": the type's abbreviation may stand before the number.
    # "Công điện khẩn số 03/CĐ-UBND", "Kế hoạch (HOẢ TỐC) số 1141/KH-UBND": its urgency mark.
    rf"(?P<type>(?i:{TYPE_ALT}|{GENERIC_TYPE}))(?:{_URGENT})?"
    rf"(?:\s(?:(?i:số)\s?:?\s?|CV\s)?(?P<num>\d{{1,5}}(?:/\d{{4}})?)"
    # "Chỉ thị SỐ 260 CT/QUTW": a Party symbol's hyphen typed as a space, its code and slash after.
    rf"(?:(?:\s?(?P<sep>[-/])\s?|\s(?=[A-ZĐ]{{1,4}}/[A-ZĐ]))(?P<sym>[A-ZĐ][{SYM_LETTERS}&0-9]{{0,17}}"
    rf"{SYM_TAIL}))?)?"
)
REF_RE = re.compile(REF)
# A day written in figures ("06/6/2018", "14-11-2016", "5.1.2017") and in words.
DAY = r"\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
DAY_IN_WORDS = r"\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4}"
# A document the sentence carries out or cites ("Thực hiện Kế hoạch số 12 do … ký ban hành").
CARRIED_OUT_RE = re.compile(r"(?i:thực hiện|căn cứ|theo|triển khai|quán triệt|tại)\s")
# "Ban Chấp hành Trung ương", the name news pages give every central document's issuer.
_GENERIC_CENTRAL_RE = re.compile(r"(?i:ban chấp hành trung ương)(?: Đảng)?")
# "…, ngày 5/1/2017 của Bộ Chính trị": the central body named after a document's number.
CENTRAL_OF_RE = re.compile(
    r",?\s?(?:năm\s\d{4}\s)?(?:ngày\s[\d/]{6,10},?\s)?của\s"
    r"(?P<body>(?i:Bộ Chính trị, Ban Bí thư|Bộ Chính trị|Ban Bí thư))\b"
)
# "Ngày 5/1/2017, …", "(QTO) - Chiều nay 8/10/2020, …", "Sáng ngày 22/10/2019, …": a news
# lead's day, after the agency's tag if any.
LEAD_DATE_RE = re.compile(
    # "LTS: Ngày 14-11-2016, …": an editor's note opens on the day as a news lead does.
    # "(Baonghean.vn) - Ngày …": a site's tag in brackets, any case.
    r"^(?:\(?[A-ZĐ]{2,8}\)?\s?-\s|\([\w.]{2,30}\)\s?[-–]\s|LTS\s?:\s)?(?:[-–•+]\s?)?(?:Ngày|(?:Sáng|Trưa|Chiều|Tối)(?:\snay|\squa)?(?:\sngày)?)\s"
    r"(?P<when>[^,]{3,30}),\s"
)


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
    # A short name the sentence gives for the issuer ("của Ban Chỉ đạo"), kept to be looked up.
    short_issuer: str | None = None
    # Where the page said it, for the review screen (locate.ORIGIN_LABELS): a news lead, the
    # page's title lines, or its closing "(Nguồn: …)" line.
    origin: str = "lead"


_DATE_BEFORE_RE = re.compile(rf"(?i:ngày)\s(?P<when>{DAY}|{DAY_IN_WORDS}),?\s$")
_NUMBER_BEFORE_RE = re.compile(rf"\d\s?[-/]\s?[A-ZĐ][{SYM_LETTERS}&0-9/-]*,?\s$")


def first_named(
    lines: list[str], pattern: re.Pattern[str], *, anywhere: bool, tidy: bool = False
) -> Lead | None:
    """Return the kind and issuer of the first line the pattern (type, issuer) finds, or None."""
    for line in lines:
        find = pattern.search if anywhere else pattern.match
        m = find(line[:1500])
        if m is not None and (kind := canonical_type(m.group("type"))) is not None:
            issuer = m.group("issuer")
            return Lead(type=kind, issuer=tidy_issuer(issuer.strip()) if tidy else issuer)
    return None


def lead_from(text: str, m: re.Match[str], *, issuer: str | None) -> Lead:
    """Return the lead's fields from a match of a document reference (lead.py's patterns)."""
    number = None
    if m.group("sym"):
        number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
    lead = Lead(type=canonical_type(m.group("type")), number=number, issuer=issuer)
    if number is None and lead.type and (found := bracketed_number(text, m.end(), lead.type)):
        lead.number, lead.date = found
    elif number is None and (qualified := qualified_number(text, m.end(), lead.type)):
        lead.number = qualified
    dm = LEAD_DATE_RE.match(text)
    # "Ngày 27/8, …" has no year: a date is only taken when it is whole.
    if dm and issuer is not None and dm.end() <= m.start("issuer") + 2:
        lead.date, _ = find_date(dm.group("when"))
    elif issuer is not None:
        # "Ngày 26/12/2024 Chính phủ ban hành …", "…, ngày 13/3/2025, Bộ Công Thương ban hành …".
        bm = _DATE_BEFORE_RE.search(text[: m.start("issuer")])
        # "… tại Công văn số 4491/UBND-KGVX ngày 19/11/2020, UBND thành phố đã có Văn bản số
        # 3102/UBND-VP ngày 20/11/2020": a day right after a cited number is that document's.
        if bm and not _NUMBER_BEFORE_RE.search(text[: bm.start()]):
            lead.date, _ = find_date(bm.group("when"))
    tail = text[m.end() :]
    # "… số 120/KH-UBND (ngày 12/3/2024) về …", "… đề ngày 12/3/2024": the day, bracketed or dated.
    am = re.match(r",?\s?(?P<open>\()?(?:năm\s\d{4}\s)?(?:ban hành\s)?(?:đề\s)?(?:ngày\s)?", tail)
    after = tail[am.end() if am else 0 :]
    dm2 = DATE_RE.match(after)
    bracket = am is not None and am.group("open") is not None
    if dm2 and (not bracket or after[dm2.end() :].startswith(")")):
        lead.date = lead.date or date_from_match(dm2)
        after = after[dm2.end() + (1 if bracket else 0) :]
    elif bracket:
        after = tail
    cm = CENTRAL_OF_RE.match(after)
    if cm:
        after = after[cm.end() :]
    if issuer and _GENERIC_CENTRAL_RE.fullmatch(issuer.strip()):
        # News pages open every central document with "Ban Chấp hành Trung ương ban hành …";
        # "… của Bộ Chính trị" after the number names the body, and a number of one of the
        # Central Committee's boards ("9671-CV/BTCTW", "…/VPTW") is not the Committee's own.
        if cm:
            lead.issuer = central_body(cm.group("body"))
        elif number and not re.search(r"/TW$", number, re.IGNORECASE):
            lead.issuer, lead.issuer_withheld = None, True
    tm = re.match(r",?\s?(?:về(?: việc)?|hướng dẫn)\s(?P<title>[^.;]{3,300})", after)
    if tm:
        lead.title = tm.group("title").strip(' "“”,')
    return lead


# "… vừa có văn bản gửi … . Công văn nêu rõ, …": the sentence after a lead that names its
# document only as "văn bản" names its kind.
_NAMED_AFTER_RE = re.compile(
    rf"(?:^|(?<=\.\s))(?=[A-ZĐ])(?P<type>(?i:{TYPE_ALT}))\s(?:nêu rõ|cho biết|yêu cầu)\b",
    re.MULTILINE,
)


def kind_named_after(lines: list[str]) -> str | None:
    """Return the kind the first "<Kind> nêu rõ/cho biết/yêu cầu" sentence names, or None."""
    m = _NAMED_AFTER_RE.search("\n".join(ln.strip() for ln in lines))
    return canonical_type(m.group("type")) if m else None


# "Sở Nội vụ tỉnh Bắc Giang thông báo thi tuyển công chức …, cụ thể như sau:", "…; Ban Thường vụ
# Huyện uỷ thông báo lịch tiếp công dân …, như sau:": a body's notice opening its own text.
_OWN_NOTICE_RE = re.compile(
    rf"(?:^|[,;]\s)(?P<issuer>{ISSUER_WORDS}(?:\s[^\s.;:,()]+){{0,12}}?)\s(?:trân trọng\s)?"
    r"thông báo\s(?=[a-zà-ỹđ])[^.:;]{3,200}?\snhư sau\s?:$"
)


def own_notice(lines: list[str]) -> Lead | None:
    """Return a Thông báo and its body from a line "<body> thông báo … như sau:", or None."""
    for line in lines:
        m = _OWN_NOTICE_RE.search(line[:1500].strip())
        if m is not None:
            return Lead(type="Thông báo", issuer=tidy_issuer(m.group("issuer")))
    return None


# "Công điện 2954/CĐ-BVHTTDL được ban hành ngày 12/8/2020.": a later line restating the lead's
# document with the day it was issued (a summary's closing line).
_ISSUED_ON_RE = r"\s(?:đã\s)?được\sban hành\s(?:vào\s)?(?i:ngày)\s(?P<when>" + DAY + r")"


def issued_day(lines: list[str], number: str) -> date | None:
    """Return the day a line says the lead's numbered document was issued on, or None."""
    found = re.compile(re.escape(number) + _ISSUED_ON_RE)
    for line in lines:
        if (m := found.search(line[:1500])) is not None:
            return find_date(m.group("when"))[0]
    return None
