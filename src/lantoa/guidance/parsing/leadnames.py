"""How a news lead names a body and prints a number: its level, central bodies, defined names."""

from __future__ import annotations

import re
from datetime import date

from .numbers import (
    SYM_LETTERS,
    SYM_TAIL,
    SYMBOL_RE,
    TYPE_ALT,
    canonical_type,
    find_date,
    normalise_symbol,
    symbol_key,
    type_from_symbol,
)

SCAN_LINES = 80

# An issuer named after the number is taken only when it says its level ("… Trung ương",
# "… Tỉnh ủy"); a bare "Ban Chỉ đạo" stands for a name given earlier in the page. A ministry
# ("Bộ Nội vụ", "Bộ Y tế") is one of its kind in the country: its name says its level.
LEVEL_RE = re.compile(
    r"\b(?:Trung ương|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Chính phủ|Quốc hội|"
    r"Bộ Chính trị|Ban Bí thư|tỉnh|thành phố|huyện|xã|phường|^Bộ\s(?![Cc]hỉ huy)[A-ZĐ]\w*)\b"
)

# The first words of a body's name in a sentence that reports its document.
ISSUER_WORDS = (
    # "ủy" is written "uỷ" and, in some pages' title case, "Ủy" ("Tỉnh Ủy", "Ủy Ban").
    # "Bộ trưởng", "Cục trưởng": the head, a person; the body may follow ("Bộ trưởng Bộ Y tế").
    r"(?:Ban|Bộ(?!\strưởng)|(?:Ủy|Uỷ) (?:ban|Ban)|UBND|Sở|"
    r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ|Ủy|Uỷ)|"
    r"Văn phòng|Ban Thường vụ|Ban Bí thư|"
    r"Chính phủ|Thủ tướng|Trung tâm|Hội đồng|"
    # "BCĐ …" abbreviates a "Ban Chỉ đạo" as "UBND" an "Ủy ban nhân dân".
    r"BCĐ|"
    r"Tổng cục(?!\strưởng)|Cục(?!\strưởng)|Bảo hiểm xã hội|BHXH|Thuế|Kho bạc|"
    r"Ngân hàng Nhà nước|Học viện|Công an|"
    # "Toà án", "Viện Kiểm sát": the same names spelt the other ways pages print them.
    r"Mặt trận|Tổng Liên đoàn|Liên đoàn|Liên minh|T(?:òa|oà) án|Viện (?:kiểm|Kiểm) sát|"
    # "Thanh tra Chính phủ vừa ban hành Kết luận thanh tra …" (not "Chính phủ" after it), "Thanh
    # tra tỉnh …", and the state audit office.
    r"Thanh tra(?=\s(?:Chính phủ|Bộ|Sở|tỉnh|thành phố|huyện|quận)\b)|Kiểm toán Nhà nước|"
    # Abbreviations of the same bodies ("BTV Tỉnh ủy", "UBMTTQ tỉnh", "HĐND huyện", "UBKT
    # Đảng ủy Khối …" for an "Ủy ban Kiểm tra", "VKSND tỉnh …" and "TAND huyện …" for a
    # procuracy and a court; "LĐLĐ Quận …" for a district's Liên đoàn Lao động).
    r"BTV|BCH|BTG|HĐND|UBMTTQ|MTTQ|UBKT|VKSND|TAND|LĐLĐ|"
    # A standing committee, a mass organisation and the Youth Union's committees issue too.
    r"Thường trực|Hội(?!\snghị)|Công đoàn|Đoàn Thanh niên|Tỉnh đoàn|Thành đoàn|Huyện đoàn|"
    # "Chủ tịch UBND tỉnh vừa có công văn …": a People's Committee's chair issues in their own name.
    r"Chủ tịch(?=\s(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân))|"
    # "Phòng Văn hóa - Thông tin huyện …", a district's division, not "Phòng, chống dịch".
    r"Phòng(?=\s[A-ZĐ])|"
    # "T.Ư Hội Liên hiệp thanh niên Việt Nam đã ban hành …", "Trung ương Đoàn ban hành …": a
    # mass organisation's central committee named by its level first.
    r"(?:Trung ương|T\.Ư|TƯ)(?=\s(?:Đoàn|Hội)\b)|"
    # "Thường vụ Trung ương Hội Khuyến học Việt Nam đã ban hành …": its standing board.
    r"Thường vụ(?=\s(?:Trung ương|T\.Ư|TƯ)\s(?:Đoàn|Hội)\b)|"
    # "Thành phố Hà Nội vừa có văn bản …": a city named as the body that writes.
    r"Thành phố(?=\s[A-ZĐ])|"
    # "Trường THPT Huỳnh Thúc Kháng vừa ban hành Kế hoạch …": a school, by the kind of school.
    r"Trường(?=\s(?:THPT|THCS|TH|PTDTBT|PTDTNT|Tiểu học|Trung học|Mầm non|Phổ thông|"
    r"Đại học|Cao đẳng|Chính trị)\b))"
)
# "Sở Giáo dục và Đào tạo (Sở GDĐT) Lâm Đồng": the abbreviation glossed inside the name; so is
# "Ban Chấp hành Đảng bộ tỉnh (sau đây viết tắt là Tỉnh ủy)".
# "Ban Tuyên giáo Thành ủy (Trưởng Tiểu ban Tuyên truyền) ban hành …": the role it holds, too.
# "UBND huyện Đạ Huoai (Lâm Đồng) có văn bản …", "(tỉnh Lâm Đồng)": the province it lies in;
# "Ủy ban nhân dân tỉnh Hà Tĩnh (UBND tỉnh) ban hành …": the short name with its level.
GLOSS_RE = re.compile(
    r"\s\((?:(?:[A-ZĐ]\w*\s)?[A-ZĐ]{2,}[A-ZĐ&.]*(?:\s(?:tỉnh|huyện|xã|phường|thị xã|quận))?|"
    r"(?i:sau đây\s)?(?i:được\s)?(?i:gọi|viết)\s"
    r"(?i:tắt\s)?(?i:là)\s[^()]{1,40}|"
    r"(?:tỉnh\s)?[A-ZĐ][a-zà-ỹđ]+(?:\s[A-ZĐ][a-zà-ỹđ]+){1,2}|"
    r"(?:Trưởng|Phó Trưởng|Cơ quan thường trực)\s[^()]{1,60})\)(?=\s)"
)
# "UBND tỉnh Bạc Liêu cho biết đã có văn bản …": the reporting verb is no part of the name.
_REPORTING_TAIL_RE = re.compile(
    # "UBND huyện Cát Tiên cũng đã ban hành …", "Hội Nông dân tỉnh đồng loạt ban hành …": an
    # adverb before the verb is no part of it either, nor are two or three in a row. A bare
    # "mới" is left: "Ban Chỉ đạo … xây dựng nông thôn mới" ends a name with it.
    r"(?:\s(?:cho biết|cho hay|cũng|đồng thời|sẽ|đang|đã|vừa|tiếp tục|vẫn|đều|luôn|"
    r"đồng loạt|nhanh chóng|khẩn trương|kịp thời|chính thức|trực tiếp|liên tục|thường xuyên|"
    r"tích cực|chủ động|sớm|cùng|lại|còn|thì|ngay|mới đây|vừa qua|gần đây|hôm nay|hôm qua|"
    r"trân trọng|kính|xin)"
    r"(?:\s(?:đã|vừa|mới))?)+$"
)
# "UBND huyện Thủy Nguyên, TP.Hải Phòng vừa có văn bản …": where the body is, not its name.
_WHERE_TAIL_RE = re.compile(r",\s?(?:TP\.\s?|tỉnh\s|thành phố\s|Thành phố\s)[^,]{2,30}$")
# "… của Ban Chấp hành Đảng bộ tỉnh, Ban Chấp hành Đảng bộ Tỉnh ủy Đồng Nai ban hành …": a
# second body after a comma, the subject of the verb when the first ends a "… của" clause.
NEXT_SUBJECT_RE = re.compile(rf",\s(?={ISSUER_WORDS}\s)")


# "Công an tỉnh phối hợp với Đài Phát thanh ban hành …": the first body leads, the partner follows.
_PARTNER_TAIL_RE = re.compile(r"\s(?:phối hợp với|phối hợp cùng|cùng với)\s.*$")
# "Sở Tư pháp đã tham mưu UBND tỉnh ban hành Kế hoạch …": the body advised issues, not the adviser.
_ADVISER_RE = re.compile(r"^.*?\s(?:đã\s|vừa\s)?tham mưu(?:\scho)?\s(?=\S)")
# "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã có công điện …": the office issues, not the person.
_PRIME_MINISTER_NAMED_RE = re.compile(r"^(Thủ tướng(?: Chính phủ)?)(?:\s[A-ZĐ]\w*){2,4}$")


# "… Ủy ban nhân dân tỉnh tại Công văn số 571-CV/UBND ngày 06/12/2022, Ủy ban nhân dân tỉnh
# xây dựng Kế hoạch …": a cited document's clause runs up to the comma; the body after it is
# the subject.
_CITING_CLAUSE_RE = re.compile(rf"^.*\d[^,]*,\s(?={ISSUER_WORDS}\s)")


# "Ban Thường vụ Huyện ủy Gia Lâm đã quán triệt tới toàn bộ hệ thống chính trị …, đồng thời ban
# hành Chỉ thị số 08/CT-HU …": the body did one thing, then issued; a clause naming no body.
_DONE_FIRST_RE = re.compile(
    r"\s(?:đã|vừa)\s[a-zà-ỹđ][a-zà-ỹđ0-9\s,]{2,150}?(?:,\s|\s)(?:đồng thời|và)$"
)


def done_first(name: str) -> str:
    """Return the body before "đã <lower-case clause>, đồng thời" (or "và"), or the name."""
    m = _DONE_FIRST_RE.search(name)
    return name[: m.start()] if m is not None else name


def tidy_issuer(name: str) -> str:
    """Return a body's name without an adviser before it or a verb, partner or place after it."""
    name = _CITING_CLAUSE_RE.sub("", name.strip())
    name = _PRIME_MINISTER_NAMED_RE.sub(r"\1", _ADVISER_RE.sub("", name))
    name = _REPORTING_TAIL_RE.sub("", _PARTNER_TAIL_RE.sub("", name))
    return _WHERE_TAIL_RE.sub("", name).strip()


# "Chủ tịch UBND tỉnh … ký Công điện khẩn số 03/CĐ-UBND": a document's number run into a name.
NUMBER_IN_NAME_RE = re.compile(r"\s(?i:số)\s?\d")
# The offices a person holds in a body: one vocabulary for every reader that must tell a
# person's title from a body's name (case-insensitive: headers print them in capitals).
OFFICES = (
    r"(?:Phó\s)?(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Bí thư|Trưởng ban|Trưởng phòng|"
    r"Tổng cục trưởng|Cục trưởng|Chánh văn phòng|Thủ trưởng)"
)


# "Đảng ủy xã Bình Sơn tổ chức …" above "Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU …": the
# body named with its place once, then by its level alone; so is a city ("Văn phòng HĐND và UBND
# thành phố"). A province's "UBND tỉnh" is kept as printed, the corpus's convention.
BARE_LEVEL_RE = re.compile(r"\s(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)$")
_PLACE_NAME = r"(?:[A-ZĐ][^\s,.;:()]*)(?:\s[A-ZĐ][^\s,.;:()]*){0,3}"
_OFFICE_BEFORE_RE = re.compile(rf"(?:{OFFICES}|thường trực|ủy viên|đồng chí)\s$", re.IGNORECASE)


# "Ủy ban Kiểm tra Tỉnh ủy Hậu Giang đã tiến hành kiểm tra …" above "Ủy ban Kiểm tra đã ban hành
# …": a Party committee's board named with its committee once, then alone.
_BARE_BOARD_RE = re.compile(
    r"^(?:(?:Ủy|Uỷ) ban Kiểm tra|Ban Tuyên giáo(?: và Dân vận)?|Ban Dân vận|Ban Tổ chức|"
    r"Ban Nội chính)$"
)
_COMMITTEE = rf"(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng) (?:ủy|uỷ)(?:\s{_PLACE_NAME})?"


def placed_name(lines: list[str], name: str) -> str:
    """Return a body named by its level (or a board by itself) with what the page first added."""
    if _BARE_BOARD_RE.match(name):
        whose = re.compile(rf"(?<!\w){re.escape(name)}\s(?P<place>{_COMMITTEE})")
    elif BARE_LEVEL_RE.search(name):
        whose = re.compile(rf"(?<!\w){re.escape(name)}\s(?P<place>{_PLACE_NAME})")
    else:
        return name
    for line in lines[:SCAN_LINES]:
        for m in whose.finditer(line):
            # "Phó Chủ tịch UBND huyện Lò Văn Minh": an office-holder's name, not a place.
            if not _OFFICE_BEFORE_RE.search(line[: m.start()]):
                return f"{name} {m.group('place')}"
    return name


_ABBREVIATED_RE = re.compile(
    r"^(?P<kind>Sở|Ban|Bộ|Cục|Phòng|Trung tâm|Hội)\s(?P<abbr>[^()]*[A-ZĐ]{2}[^()]*)$"
)


# "BTV Tỉnh ủy đã kịp thời ban hành …" below "… của Ban Thường vụ Tỉnh ủy": a Party board's
# initials, spelt out where the page prints the whole name too.
_BOARD_INITIALS = {"BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ"}
_BOARD_INITIALS_RE = re.compile(r"^(?P<abbr>BCH|BTV)\s(?P<rest>\S.*)$")


def glossed_name(lines: list[str], name: str) -> str:
    """Return a name abbreviated as the page glosses it in full ("Sở VH, TT&DL"), or the name.

    "Sở Văn hóa, Thể thao và Du lịch (VH, TT&DL) đã phát hành …" above "Sở VH, TT&DL đã có Công
    văn số 3940 …": the page spelt the name out once, the abbreviation in brackets after it.
    """
    initials = _BOARD_INITIALS_RE.match(name)
    if initials is not None:
        whole = re.compile(
            rf"(?<!\w){_BOARD_INITIALS[initials.group('abbr')]}\s{re.escape(initials.group('rest'))}"
            r"(?!\w)",
            re.IGNORECASE,
        )
        found = next((m for line in lines[:SCAN_LINES] if (m := whole.search(line))), None)
        return found.group(0) if found is not None else name
    short = _ABBREVIATED_RE.match(name)
    if short is None:
        return name
    gloss = re.compile(
        rf"(?<!\w){short.group('kind')}\s(?P<full>[^()]{{3,80}}?)\s\({re.escape(short.group('abbr'))}\)"
    )
    for line in lines[:SCAN_LINES]:
        if (m := gloss.search(line)) is not None and not re.search(r"[.;:]", m.group("full")):
            return f"{short.group('kind')} {m.group('full')}"
    return name


def defined_name(lines: list[str], short: str) -> str | None:
    """Return the full name a page defines a short name by ("X (sau đây gọi là Ban Chỉ đạo)")."""
    definition = re.compile(
        r"\((?:sau đây\s)?(?:được\s)?(?:gọi\s(?:tắt\s)?là|viết\stắt\slà)\s?"
        + re.escape(short.strip())
        + r"\s?\)",
        re.IGNORECASE,
    )
    for line in lines[:SCAN_LINES]:
        for m in definition.finditer(line):
            clause = re.split(r"[,;:()]", line[: m.start()])[-1].rstrip()
            at = clause.lower().rfind(short.strip().lower())
            full = clause[at:].strip() if at >= 0 else ""
            if len(full) > len(short.strip()) and LEVEL_RE.search(full):
                return full
    return None


def usual_form(lines: list[str], number: str) -> str:
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


def central_body(name: str) -> str:
    """Return "Bộ Chính trị", "Ban Bí thư" or both as they are written ("Bộ chính trị" too)."""
    return ", ".join(
        "Bộ Chính trị" if "chính" in part.lower() else "Ban Bí thư" for part in name.split(",")
    )


# "Ban chính sách, chiến lược Ban Chấp hành Trung ương": a central board named backwards.
_BOARD_OF_CENTRAL_RE = re.compile(
    r"^(?P<board>Ban\s.{3,60}?)\s(?i:Ban Chấp hành Trung ương)(?:\s(?i:Đảng))?$"
)


def central_board(issuer: str) -> str:
    """Return a central board's name ("Ban X Trung ương") from "Ban X Ban Chấp hành Trung ương"."""
    m = _BOARD_OF_CENTRAL_RE.match(issuer)
    return f"{m.group('board')} Trung ương" if m else issuer


# "… đã có Công văn (số 73/TTg-CN) chỉ đạo …", "… vừa có Công văn đề nghị … (Công văn số
# 1236/SVHTTDL-QLVH, ngày 30/10/2019).": the number a lead gives in brackets after its type.
_BRACKETED_RE = re.compile(
    rf"\((?:(?P<type>(?i:{TYPE_ALT}))\s)?(?i:số)\s?:?\s?(?P<num>\d{{1,5}}(?:/\d{{4}})?)"
    rf"\s?(?P<sep>[-/])\s?(?P<sym>[A-ZĐ][{SYM_LETTERS}&0-9]{{0,17}}"
    rf"{SYM_TAIL})(?:,?\s(?P<when>[^()]{{4,30}}))?\)"
)


# "Nghị quyết chuyên đề số 05-NQ/TU", "quyết định xử phạt số 1820/QĐ-XPVPHC", "kế hoạch Sáng đèn
# số 120/KH - SVHTT": a kind qualified by a word or two before its number.
_QUALIFIED_RE = re.compile(
    rf"(?:\s[^\s,.;:()]+){{1,2}}\s(?i:số)\s?(?P<num>\d{{1,5}}(?:/\d{{4}})?)\s?(?P<sep>[-/])\s?"
    rf"(?P<sym>[A-ZĐ][{SYM_LETTERS}&0-9]{{0,17}}{SYM_TAIL})"
)


def qualified_number(text: str, at: int, type_: str | None) -> str | None:
    """Return the number a word or two after a kind gives it, when its symbol says that kind.

    "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW" numbers the resolution, not the plan.
    """
    m = _QUALIFIED_RE.match(text, at)
    if m is None or type_ is None:
        return None
    number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
    return number if type_from_symbol(number) == type_ else None


def bracketed_number(text: str, at: int, type_: str) -> tuple[str, date | None] | None:
    """Return the number (and date) the one bracket of a numberless lead's sentence gives it.

    The bracket names the lead's document when it follows the type at once ("Công văn (số …)")
    or repeats the type ("(Công văn số …, ngày …)"); two such brackets are a doubt, and none is
    taken.
    """
    end = text.find(". ", at)
    sentence = text[at : len(text) if end < 0 else end + 1]
    found = [
        b
        for b in _BRACKETED_RE.finditer(sentence)
        if (b.group("type") is None and not sentence[: b.start()].strip())
        or (b.group("type") and canonical_type(b.group("type")) == type_)
    ]
    if len(found) != 1:
        return None
    b = found[0]
    when = find_date(b.group("when"))[0] if b.group("when") else None
    return normalise_symbol(b.group("num"), b.group("sep"), b.group("sym")), when
