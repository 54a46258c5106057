"""Leads named by their signer ("… đã ký ban hành …") or by a quotation ("Đó là nội dung …")."""

from __future__ import annotations

import re
from datetime import date

from .leadfields import CENTRAL_OF_RE, LEAD_DATE_RE, REF, REF_RE, Lead, lead_from
from .leadnames import ISSUER_WORDS, LEVEL_RE, OFFICES, central_body
from .numbers import canonical_type, find_date

# "Thay mặt Bộ Chính trị, đồng chí … ký ban hành …": the one body signed for.
_ON_BEHALF_RE = re.compile(
    r"(?i:thay mặt)\s(?P<issuer>[^,;.()]{3,80}?),\s"
    r"(?:(?i:đồng chí|đ/c)|Tổng Bí thư|Thường trực Ban Bí thư|(?:Phó )?Thủ tướng|"
    # "thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh … đã ký": the signer's office, any body's.
    rf"{OFFICES})\s"
)
# "Phó Chủ tịch UBND tỉnh Nghệ An, ông Lê Hồng Vinh vừa ký …": a deputy signs for the body.
_DEPUTY_OF_RE = re.compile(
    rf"(?:^|[.,]\s)(?=Phó\s){OFFICES}\s"
    rf"(?P<body>{ISSUER_WORDS}\s[^,;.()]{{2,60}}?)(?:,\s|\s(?=(?:ông|bà|đồng chí)\s))"
)
# "… của Thủ tướng Chính phủ chỉ đạo các bộ ngành": the clause after the name is not the name;
# nor is "… của UBND tỉnh Nghệ An nêu rõ mục tiêu …", "… xác định …", "… có hiệu lực …".
_ISSUER_CLAUSE_RE = re.compile(
    r"\s(?:chỉ đạo|yêu cầu|đề nghị|giao|gửi|hướng dẫn|quy định|triển khai|nhằm|để|tại|"
    r"thông báo|kết luận|phê duyệt|ban hành|trong đó|theo đó|với|nêu rõ|nêu|xác định|"
    r"có hiệu lực|đặt mục tiêu|đặt ra)\s"
)
# "…, ngày 22/10/2025, đồng chí … đã ký ban hành …": the date the signer signed on.
_SIGNED_DATE_RE = re.compile(
    r"(?i:ngày)\s(?P<when>\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}|\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4}),\s"
    r"(?=(?i:thay mặt|đồng chí|đ/c)\s|Tổng Bí thư|(?:Phó\s)?Thủ tướng|(?:Phó\s)?Chủ tịch)"
)
# ", ngày 12/3/2024 của Ban Chỉ đạo về …": the owner named after a document's number; "… của Thủ
# tướng Chính phủ ngày 27 tháng 4 năm 2018 về việc …": its day after the owner ends the name.
_OWNER_AFTER_RE = re.compile(
    r",?\s(?:ngày\s(?:[\d/.-]{6,10}|\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4}),?\s)?"
    r"của\s(?P<issuer>[^,;.()]{3,120}?)"
    r"(?:,?\s(?i:ngày)\s(?P<day>\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}|\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4})"
    r"(?=[\s,;.()]|$)|\svề\b|[,;.()]|$)"
)
# "Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về …", "Đó là chỉ đạo của
# UBND tỉnh đối với … tại Công văn số 4079/UBND-KT …": a news item opening on what it reports,
# the headline above it (often run into it) being a quotation.
THAT_IS_RE = re.compile(
    # "Trên đây là yêu cầu của Chính phủ tại Nghị định 111/2018/NĐ-CP …": the same, closing.
    r"(?:^|(?<=\s))(?:Đó|Đây|Trên đây) là (?:nội dung|chỉ đạo|yêu cầu|đề nghị)"
    r"(?:\s(?:chính|chỉ đạo))?"
    r"(?:\scủa\s(?P<owner>[^,;.()]{3,120}?)(?=\s(?:đối với|với|tại|gửi)\s))?"
    rf"[^.;]{{0,300}}?\s(?:tại|trong)\s{REF}"
)


# "Thủ tướng Chính phủ đã ký quyết định …", "Thủ tướng Phạm Minh Chính vừa ký …": the head of
# government signs documents issued in his own office's name (a deputy's signature is not his).
_PRIME_MINISTER_RE = re.compile(
    r"(?:^|(?<=\s))(?<!Phó\s)(?P<office>Thủ tướng(?:\sChính phủ)?)(?:\s[A-ZĐ]\w*){0,4}$"
)


def _own_office(text: str, m: re.Match[str]) -> str | None:
    """Return the office the signer of a signing lead issues in (the Prime Minister's), or None."""
    pm = _PRIME_MINISTER_RE.search(text, 0, m.start())
    return pm.group("office") if pm else None


def unnumbered_signing_day(text: str, m: re.Match[str]) -> Lead | None:
    """Return the day of "Chiều nay 8/10/2020, Giám đốc Sở … đã ký văn bản hỏa tốc …", or None."""
    # A signing reported without the number still dates the document when the sentence opens on
    # its day; whose document it is stays unsaid (the signer's office is no issuer). The kind
    # signed is named in lower case as often as in title case ("… đã ký quyết định lấy ngày …"),
    # as recently_signed reads it.
    dm = LEAD_DATE_RE.match(text)
    if dm is None or ". " in text[dm.end() : m.start()]:
        return None
    when, _ = find_date(dm.group("when"))
    if when is None:
        return None
    office = _own_office(text, m)
    return Lead(
        type=canonical_type(m.group("type")),
        date=when,
        issuer=office,
        issuer_withheld=office is None,
    )


_RECENTLY_RE = re.compile(r"\s(?:vừa|mới)\s(?:ký|kí)")


def recently_signed(text: str, m: re.Match[str]) -> Lead | None:
    """Return the kind of "Phó Thủ tướng … vừa ký quyết định thành lập …", or None."""
    # News of a signing names the document's kind even without its number; whose it is stays
    # unsaid (the signer's office is no issuer), and "vừa" dates nothing.
    kind = canonical_type(m.group("type"))
    if kind is None or not _RECENTLY_RE.match(text, m.start()):
        return None
    office = _own_office(text, m)
    return Lead(type=kind, issuer=office, issuer_withheld=office is None)


# "Tổng Bí thư Tô Lâm ký ban hành các quyết định của Bộ Chính trị về …": unnumbered documents a
# person signs, owned by the central body named right after them.
_SIGNED_OWNED_RE = re.compile(rf"\s(?:đã\s|vừa\s)?(?:ký|kí),?\s(?:ban hành\s)?(?:các\s)?{REF}")


def central_owned(text: str) -> Lead | None:
    """Return the kind and central owner of unnumbered documents a person signs, or None."""
    m = _SIGNED_OWNED_RE.search(text)
    if m is None or m.group("num") or (kind := canonical_type(m.group("type"))) is None:
        return None
    central = CENTRAL_OF_RE.match(text, m.end())
    if central is None:
        return None
    lead = unnumbered_signing_day(text, m) or Lead(type=kind)
    lead.issuer, lead.issuer_withheld = central_body(central.group("body")), False
    return lead


# "Kế hoạch do Phó Chủ tịch UBND tỉnh … ký ban hành, …", "… Chỉ thị số 06-CT/TU của … vừa được
# đồng chí … ký ban hành ngày 01/9/2021": the same lead in the passive, the document first. It
# is news only when it opens the line or says "vừa"/"mới": "Nghị quyết số 57 … được Tổng Bí
# thư ký ban hành ngày …" inside a meeting's report recalls a cited document.
# "… Chỉ thị số 26/CT-UBND được Chủ tịch UBND TP … vừa ký và ban hành": "vừa" before "ký" and
# "ký và ban hành" say the same.
PASSIVE_LEAD_RE = re.compile(
    rf"(?:^|(?<=\s)){REF}[^.]{{0,200}}?\s(?:(?P<recent>vừa|mới)\s|đã\s)?(?:được|do)\s[^.]{{3,150}}?"
    r"\s(?:(?P<recent_sign>vừa|mới)\s)?(?:ký|kí)\s(?:và\s)?ban hành"
    r"(?:\s(?i:ngày)\s(?P<when>\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}))?\b"
)
# "Nội dung nêu trên thể hiện trong Công điện số 27 … do Chủ tịch … ký và ban hành ngày 31/12.":
# the page's words are that document's, however long ago it was signed.
CONTENT_IN_RE = re.compile(r"(?:thể hiện|có|nêu)\s(?:trong|tại)\s$")


def that_is_lead(text: str, m: re.Match[str]) -> Lead:
    """Return the lead's fields from a sentence "Đó là nội dung … tại <document>" (THAT_IS_RE)."""
    lead = lead_from(text, m, issuer=None)
    after = _OWNER_AFTER_RE.match(text[m.end() :])
    owner = m.group("owner") or (after.group("issuer") if after else None)
    if owner and LEVEL_RE.search(owner):
        lead.issuer = _ISSUER_CLAUSE_RE.split(owner, maxsplit=1)[0].strip()
    lead.issuer_withheld = lead.issuer is None
    return lead


def signed_lead(text: str, m: re.Match[str]) -> Lead:
    """Return the lead's fields from a sentence led by the signer (_SIGNED_LEAD_RE)."""
    lead = lead_from(text, m, issuer=None)
    dm = LEAD_DATE_RE.match(text)
    if dm:
        lead.date, _ = find_date(dm.group("when"))
    elif lead.date is None:
        # Only in the same sentence as the signing: an earlier sentence's date is another event.
        sentence_start = max(text.rfind(". ", 0, m.start()) + 1, 0)
        dates = list(_SIGNED_DATE_RE.finditer(text, sentence_start, m.start()))
        if dates:
            lead.date, _ = find_date(dates[-1].group("when"))
    tail = re.sub(r"^\s?\([^)]{0,60}\)", "", text[m.end() :])
    central = CENTRAL_OF_RE.match(tail)
    im = _OWNER_AFTER_RE.match(tail)
    if central:
        lead.issuer = central_body(central.group("body"))
    elif im and LEVEL_RE.search(im.group("issuer")):
        lead.issuer = _ISSUER_CLAUSE_RE.split(im.group("issuer"), maxsplit=1)[0].strip()
        if lead.date is None and im.group("day"):
            lead.date, _ = find_date(im.group("day"))
    elif (om := _ON_BEHALF_RE.search(text[: m.start()])) is not None:
        lead.issuer = om.group("issuer").strip()
    elif (dm := _DEPUTY_OF_RE.search(text[: m.start()])) is not None:
        lead.issuer = dm.group("body").strip()
    elif im:
        lead.short_issuer = im.group("issuer").strip()
    elif (office := _own_office(text, m)) is not None:
        lead.issuer = office
    lead.issuer_withheld = lead.issuer is None
    return lead


# "Căn cứ Kế hoạch số 34/KH-GDĐT … của Trường Tiểu học Tân Mỹ …;" in a plan the school drew up:
# a document its own text rests on or carries out is an earlier one, never itself.
_BASIS_BEFORE_RE = re.compile(r"(?i:căn cứ|thực hiện)\s$")


def owned_number(lines: list[str], type_: str, issuer: str) -> tuple[str, date | None] | None:
    """Return the number (and date) of a reference to a type owned by the issuer, or None."""
    key = issuer.casefold()
    for line in lines:
        text = line[:1500]
        for m in REF_RE.finditer(text):
            if not m.group("sym") or canonical_type(m.group("type")) != type_:
                continue
            if _BASIS_BEFORE_RE.search(text, 0, m.start()):
                continue
            after = _OWNER_AFTER_RE.match(text[m.end() :])
            if after and after.group("issuer").strip().casefold() == key:
                lead = lead_from(text, m, issuer=None)
                if lead.number:
                    return lead.number, lead.date
    return None
