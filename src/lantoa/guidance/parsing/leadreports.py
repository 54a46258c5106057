"""Tests on a reporting sentence: whether the document it names is the page's own."""

from __future__ import annotations

import re

from .leadfields import DAY, DAY_IN_WORDS, REF, REF_RE, Lead, first_named, lead_from
from .leadnames import ISSUER_WORDS, bracketed_number, tidy_issuer
from .numbers import (
    DATE_RE,
    SYM_LETTERS,
    SYM_TAIL,
    SYMBOL_RE,
    TYPE_ALT,
    canonical_type,
    symbol_key,
)

# What follows a document named without its number in a sentence reporting it: "… đã ban hành
# văn bản về việc …", "… vừa có công văn chỉ đạo …", "… có công điện khẩn về …".
_WEAK_CUE_RE = re.compile(
    r"\s(?:(?:khẩn|hỏa tốc|hoả tốc|mới)\s)?(?:về việc|về|chỉ đạo|yêu cầu|hướng dẫn|gửi|đề nghị|"
    r"thông báo|triển khai|tuyên truyền)\s"
)
# "X có kế hoạch …", "X có quy định …" say what X means to do or what a rule says: only letters,
# orders and notices are "had" as documents; "ban hành quy định …" is a rule's wording.
_HAD_TYPES = frozenset({None, "Công văn", "Công điện", "Chỉ thị", "Thông báo", "Hướng dẫn"})
_JUST_HAD_TYPES = (_HAD_TYPES - {None}) | {
    "Báo cáo",
    "Tờ trình",
    "Quyết định",
    "Nghị quyết",
    "Kết luận",
}
# The sentence opens on its day, or its day stands right before the subject after an agency's
# tag or a headline run in ("GD&TĐ - Ngày 28/7, UBND tỉnh … đã ban hành kế hoạch …"), the year
# then the page's own; a news lead may give the part of the day first ("(LĐ online) – Chiều 2/8,
# Ban Thường vụ Tỉnh ủy … ban hành chỉ thị …").
_DAY_OPENING = (
    r"(?:(?i:ngày)|(?:Sáng|Trưa|Chiều|Tối)(?:\s(?:nay|qua))?(?:\s(?i:ngày))?)\s"
    rf"(?:{DAY}|{DAY_IN_WORDS}|\d{{1,2}}\s?[/.]\s?\d{{1,2}}),?\s"
)
_DATED_OPENING_RE = re.compile(rf"^\s?{_DAY_OPENING}|(?<=\s){_DAY_OPENING}$")
# "… cho các …" runs a clause into the name; "cho biết", "cho hay" report (tidy_issuer cuts them).
_WEAK_NAME_RE = re.compile(r"\d|\s(?:về|tại|số|của|và các|cho(?!\s(?:biết|hay)\b))\s")


def weak_reference(text: str, m: re.Match[str], issuer: str) -> bool:
    """Return whether a numberless, lower-case or generic reference still names a document."""
    kind = canonical_type(m.group("type"))
    if kind == "Quy định":
        return False
    # "Ngày 17 tháng 8 năm 2018, Ban Thường vụ … đã ban hành kế hoạch kỷ niệm …", "Bộ … vừa ban
    # hành hướng dẫn tổ chức …": a sentence dated to the day, or news of an issuing just done,
    # names the document without any cue after it.
    recent = text[: m.start("verb")].endswith(("vừa ", "mới "))
    if kind is not None and m.group("verb").endswith("ban hành"):
        opening = text[text.rfind(". ", 0, m.start()) + 1 : m.start()]
        if recent or _DATED_OPENING_RE.search(opening):
            return len(issuer.split()) <= 14 and not _WEAK_NAME_RE.search(issuer)
    # "Sở Kế hoạch và Đầu tư tỉnh Long An vừa có báo cáo kết quả kiểm tra …": a report, a letter
    # or a decision just "had" is one just issued; a plan or a rule "had" is still an intention.
    # "Văn phòng Chính phủ vừa ra thông báo Kết luận …": one just put out is issued too.
    if recent and m.group("verb") in ("có", "ra") and kind in _JUST_HAD_TYPES:
        return len(issuer.split()) <= 14 and not _WEAK_NAME_RE.search(issuer)
    if not _WEAK_CUE_RE.match(text, m.end()):
        return False
    had = m.group("verb") in ("có", "gửi")
    if had and kind not in _HAD_TYPES:
        return False
    return len(issuer.split()) <= 14 and not _WEAK_NAME_RE.search(issuer)


def built_numbered(text: str, m: re.Match[str]) -> bool:
    """Return whether a "xây dựng <Type>" lead gives the plan's number, after it or bracketed."""
    if m.group("sym"):
        return True
    kind = canonical_type(m.group("type"))
    return bool(kind and m.group("type")[:1].isupper() and bracketed_number(text, m.end(), kind))


# "Hội Khuyến học huyện … đã xây dựng kế hoạch triển khai …": a plan made (done, "đã"), no
# longer work to do; "… đã xây dựng kế hoạch, hướng dẫn …" lists work and names no plan.
_BUILT_PLAN_RE = re.compile(r"(?<=\sđã\s)xây dựng\s(?i:kế hoạch)\s(?!,)[a-zà-ỹđ]")


def built_plan(text: str, m: re.Match[str]) -> bool:
    """Return whether a "xây dựng kế hoạch" lead reports a plan already made ("đã")."""
    return bool(_BUILT_PLAN_RE.match(text, m.start("verb")))


ANSWERING_RE = re.compile(r"^\s?(?:Thực hiện|Căn cứ|Để triển khai|Triển khai)\s")
# The end of a text's opening sentence, before its own content: "… như sau:", "… nội dung sau:".
OWN_OPENING_RE = re.compile(r"\s(?:như sau|nội dung (?:như\s)?sau)\s?:")


def sentence_end(text: str, pos: int) -> int:
    """Return where the sentence running at pos ends (its full stop, or the text's end)."""
    end = text.find(". ", pos)
    return len(text) if end < 0 else end + 1


# A body's report of a numbered document: "có Văn bản chỉ đạo số 398", "ban hành Kế hoạch số 08".
_REPORT_RE = re.compile(r"\s(?:có|ban hành)\s(?:[^\s,;.]+\s){0,4}?số\s?(?P<num>\d{1,5})")


def cited_owner(before: str) -> bool:
    """Return whether the text before an issuer ends "<a number or date> … của "."""
    window = before[-80:]
    return before.endswith("của ") and bool(SYMBOL_RE.search(window) or DATE_RE.search(window))


def other_report(text: str, m: re.Match[str]) -> bool:
    """Return whether the lead's sentence also reports another numbered document."""
    start = text.rfind(". ", 0, m.start()) + 1
    end = text.find(". ", m.end())
    end = len(text) if end < 0 else end
    # The page's own number said twice ("có Hướng dẫn số 21-HD/… (văn bản số 21-HD/…)") is one.
    return any(
        not m.start() <= r.start() < m.end() and r.group("num") != m.group("num")
        for r in _REPORT_RE.finditer(text, start, end)
    )


# "Thực hiện Kế hoạch số 44/KH-UBND ngày 31/01/2024 của UBND huyện …, sáng ngày 7/02/2024 …",
# "Tại buổi Hội nghị, bà … triển khai kế hoạch số 200/KH-UBND ngày 23/8/2023 của Ủy ban nhân dân
# Phường 1 về …": an event held under the one numbered document the page names, which is then
# the page's; "Thực hiện Công văn số … của UBND tỉnh, Sở … đề nghị …" is a body's own letter.
# A meeting presenting it ("Tại hội nghị, … giới thiệu nội dung và tinh thần Nghị quyết số …",
# "quán triệt", "công bố", "trình bày") holds it as well.
_AT_MEETING = (
    r"triển khai|quán triệt|công bố|trình bày|giới thiệu(?:\snội dung)?(?:\svà\stinh thần)?|"
    # "Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 04-NQ/TU, ngày 15/7/2021 của BCH …": a
    # meeting reviewing the document it names.
    r"(?:tổng|sơ) kết\s\d{1,2}\snăm\s(?:triển khai\s)?thực hiện"
)
# "Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020, nghị quyết đầu tiên của Ban Chấp
# hành Đảng bộ tỉnh …, tốc độ tăng trưởng …": a report of what the page's one document achieved.
_AFTER_YEARS = r"Sau\s(?:gần\s|hơn\s)?\d{1,2}\snăm\s(?:triển khai\s)?thực hiện"
_CARRIED_OUT_REF_RE = re.compile(
    rf"(?:^|(?<=[\s(]))(?<!và\s)(?<!quán triệt\s)"
    rf"(?P<verb>Thực hiện|Căn cứ|{_AFTER_YEARS}|(?i:{_AT_MEETING}))\s"
    # "hội nghị triển khai các nội dung Thông báo số 55-TB/TW …": what of it is presented.
    rf"(?:(?<!Thực hiện\s)(?<!Căn cứ\s)(?:các\s)?nội dung\s)?(?={REF})"
)
# "… đã tham dự hội nghị triển khai …", "Quận ủy tổ chức hội nghị quán triệt …": the meeting is
# named right before the verb, so the document it presents is the page's even when the page
# cites others (its subject's "… thực hiện Nghị quyết số 26-NQ/TW", "… và Nghị quyết số …").
_MEETING_BEFORE_RE = re.compile(r"(?i:hội nghị)\s$")
_OWNER_RE = re.compile(
    r",?\s(?:ngày\s(?:[\d/.-]{6,10}|\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4}),?\s)?"
    # "…, nghị quyết đầu tiên của …": the document named again in lower case before its owner.
    rf"(?:(?:{TYPE_ALT})(?:\s[a-zà-ỹđ]+){{0,2}}\s)?"
    # "… của Bộ chính trị và chương trình hành động của …": "và" and a lower-case word end it.
    # "… của Bộ Chính trị và Nghị quyết số …": "và" and a document's kind end it too, and so
    # does the quoted title after it ("… của Ban Chấp hành Đảng bộ tỉnh “Về phát triển …”").
    rf"của\s(?P<issuer>{ISSUER_WORDS}\s[^,;.()]{{2,80}}?)"
    rf"(?=\svề\b|\svà\s(?:[a-zà-ỹđ]|(?i:{TYPE_ALT})\s)|\s?[“\"]|[,;.()]|$)"
)
_DAY_TIME = r"(?:(?:sáng|chiều|tối|trưa)(?:\s(?:nay|qua))?(?:\sngày)?|ngày|vào ngày)\s\d{1,2}\b"
# The clause after "Thực hiện …," is the event on its day ("…, sáng ngày 7/02/2024 …"); after
# "Căn cứ …;" its days ("…; trong các ngày từ 19 đến 24/11/2017, …", "…; từ tháng 6 đến …").
_EVENT_CLAUSE_RE = re.compile(
    rf",\s(?i:{_DAY_TIME})|[,;]\s(?i:trong\s(?:các\s)?ngày(?:\stừ)?|từ\stháng)\s\d{{1,2}}\b"
)
_OWN_ISSUE_RE = re.compile(rf"\s(?:ban hành|xây dựng)\s(?:(?i:{TYPE_ALT})|văn bản)\b")
# The sentence deploying the document opens on the event: its day, or "Tại Hội nghị".
_EVENT_OPENING_RE = re.compile(
    rf"^\W{{0,3}}(?i:{_DAY_TIME}|tại\s(?:buổi\s)?(?:hội nghị|lễ|kỳ họp|buổi))"
)


# "… là tỉnh đầu tiên … đánh giá Chỉ số chuyển đổi số … (Quyết định 2425/QĐ-UBND ngày 01/9/2021
# về Bộ chỉ số …)": the act the page reports, its one numbered document given in brackets.
_BRACKETED_REF_RE = re.compile(rf"\((?={REF}\sngày\s)")


def bracketed_sole(lines: list[str]) -> Lead | None:
    """Return the page's one numbered document when it stands dated in brackets, or None."""
    text = "\n".join(line[:1500] for line in lines)
    numbers = {symbol_key(m.group(0)) for line in lines for m in SYMBOL_RE.finditer(line[:1500])}
    if len(numbers) != 1:
        return None
    for m in _BRACKETED_REF_RE.finditer(text):
        ref = REF_RE.match(text, m.end())
        if ref is None or not ref.group("sym") or canonical_type(ref.group("type")) is None:
            continue
        if not ref.group("type")[:1].isupper():
            continue
        lead = lead_from(text, ref, issuer=None)
        # The bracket closing the reference closes no part of its title.
        if lead.title and lead.title.count(")") > lead.title.count("("):
            lead.title = lead.title.rstrip(" )")
        return lead
    return None


# "… tổ chức hội nghị triển khai kế hoạch tổ chức lễ tôn vinh …", "… tổ chức Lễ Công bố Nghị
# quyết của Quốc hội …": a meeting or ceremony presenting a document it names without a number.
# "Tại hội nghị, đại diện Đảng ủy xã đã công bố quyết định giám sát …": the meeting named first;
# "… tổ chức hội nghị ra nghị quyết lãnh đạo …": a meeting making the document.
_MEETING_KIND_RE = re.compile(
    rf"(?:(?i:hội nghị|lễ)|(?i:tại\s(?:buổi\s)?hội nghị),\s[^,.;\n]{{2,60}}?(?:\sđã)?)"
    rf"\s(?i:{_AT_MEETING}|ra|thông qua)\s(?P<type>(?i:{TYPE_ALT}))\s(?=[a-zà-ỹđ]|của\s)"
)


# "Vĩnh Phúc công bố quyết định sáp nhập 2 trường Cao đẳng": a headline on a document announced,
# the announcing body no issuer of it (as at a ceremony).
_ANNOUNCED_KIND_RE = re.compile(
    rf"^[A-ZĐ][^,.;:\n]{{1,60}}?\s(?i:công bố)\s(?P<type>(?i:{TYPE_ALT}))\s(?=[a-zà-ỹđ]|của\s)"
)


# "TP.HCM ban hành chỉ thị về chăm lo Tết …": a short headline on a place issuing a kind, the
# place no body; "Nhiều tỉnh ban hành chỉ thị …" reports many documents.
_PLACE_ISSUED_RE = re.compile(
    rf"^(?!(?:Nhiều|Các|Một số|Loạt|Hàng loạt)\s)[A-ZĐ](?:[^,.;:\n]|\.(?=\S)){{1,30}}?\sban hành\s"
    rf"(?P<type>(?i:{TYPE_ALT}))\s(?=[a-zà-ỹđ])[^.;:\n]{{0,120}}$"
)


def meeting_kind(lines: list[str]) -> Lead | None:
    """Return the kind of an unnumbered document a meeting on the page presents, or None."""
    for line in lines:
        m = (
            _MEETING_KIND_RE.search(line[:1500])
            or _ANNOUNCED_KIND_RE.match(line[:1500])
            or _PLACE_ISSUED_RE.match(line[:1500])
        )
        if m is not None and (kind := canonical_type(m.group("type"))) is not None:
            return Lead(type=kind)
    return None


# "Thực hiện Kết luận của Ban Bí thư số 78-KL/TW ngày 10/6/2020 về …; từ tháng 6 đến tháng
# 10/2020, Liên minh HTX các tỉnh … đã tổ chức …": the owner named before the number.
_OWNER_FIRST_RE = re.compile(
    rf"(?:^|(?<=[\s(]))(?:Thực hiện|Căn cứ)\s(?P<type>(?i:{TYPE_ALT}))\scủa\s"
    rf"(?P<issuer>{ISSUER_WORDS}\s[^,;.()]{{2,60}}?)\s(?i:số)\s?(?P<num>\d{{1,5}}(?:/\d{{4}})?)"
    rf"\s?(?P<sep>[-/])\s?(?P<sym>[A-ZĐ][{SYM_LETTERS}&0-9]{{0,17}}{SYM_TAIL})"
)


def carried_out_owner_first(lines: list[str]) -> Lead | None:
    """Return the page's one numbered document an event carries out, owner named first."""
    text = "\n".join(line[:1500] for line in lines)
    numbers = {symbol_key(m.group(0)) for line in lines for m in SYMBOL_RE.finditer(line[:1500])}
    if len(numbers) != 1:
        return None
    for m in _OWNER_FIRST_RE.finditer(text):
        line_end = text.find("\n", m.end())
        end = min(sentence_end(text, m.end()), len(text) if line_end < 0 else line_end)
        event = _EVENT_CLAUSE_RE.search(text, m.end(), end)
        if event is None or _OWN_ISSUE_RE.search(text, event.end(), end):
            continue
        lead = lead_from(text, m, issuer=None)
        lead.issuer = tidy_issuer(m.group("issuer").strip())
        return lead
    return None


# "Nội dung trên quy định tại Điều 45 Nghị định 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ
# …": a page explaining a rule of the one numbered document it names.
_ARTICLE_OF_RE = re.compile(
    rf"\s(?:quy định|nêu rõ|nêu)\stại\s(?:(?i:khoản)\s\d{{1,2}},?\s)?"
    rf"(?i:điều)\s\d{{1,3}},?\s(?={REF})"
)


# "… ngày 16/11/2018 của Chính phủ quy định …": the Government, the Assembly and its Standing
# Committee own a decree, a law or a resolution without a board's name.
_STATE_OWNER_RE = re.compile(
    r",?\s(?:ngày\s[\d/.-]{6,10},?\s)?của\s"
    r"(?P<issuer>Thủ tướng Chính phủ|Chính phủ|Ủy ban Thường vụ Quốc hội|Quốc hội)\b"
)


def article_sole(lines: list[str]) -> Lead | None:
    """Return the page's one numbered document whose article a sentence cites, or None."""
    text = "\n".join(line[:1500] for line in lines)
    numbers = {symbol_key(m.group(0)) for line in lines for m in SYMBOL_RE.finditer(line[:1500])}
    if len(numbers) != 1:
        return None
    for m in _ARTICLE_OF_RE.finditer(text):
        ref = REF_RE.match(text, m.end())
        if ref is None or not ref.group("sym") or canonical_type(ref.group("type")) is None:
            continue
        lead = lead_from(text, ref, issuer=None)
        owner = _STATE_OWNER_RE.match(text, ref.end()) or _OWNER_RE.match(text, ref.end())
        if owner is not None:
            lead.issuer = tidy_issuer(owner.group("issuer").strip())
        return lead
    return None


# "Mục đích kế hoạch nhằm đẩy mạnh …", " date 2025-09-15 Hướng dẫn nhằm tuyên truyền …": a page
# opening on its own document's purpose names that document's kind.
_PURPOSE_RE = re.compile(
    rf"^\s?(?:date\s[\d-]{{8,10}}\s)?(?:(?i:mục đích)\s)?(?P<type>(?i:{TYPE_ALT}))\snhằm\s"
)


def purpose_kind(lines: list[str]) -> Lead | None:
    """Return the kind a page's opening line names as it states its purpose, or None."""
    first = next((line for line in lines if line.strip()), "")
    m = _PURPOSE_RE.match(first)
    kind = canonical_type(m.group("type")) if m is not None else None
    return Lead(type=kind) if kind is not None else None


# "Phó Chủ tịch … đã thay mặt UBND tỉnh gửi thông báo đến các cơ quan …": the body an officer
# signs for issues the document.
_ON_BEHALF_RE = re.compile(
    rf"\sthay mặt\s(?P<issuer>{ISSUER_WORDS}\s[^,;.()]{{2,40}}?)\s(?:gửi|ban hành|ký|kí)\s"
    rf"(?P<type>(?i:{TYPE_ALT}))\s(?=[a-zà-ỹđ])"
)


def on_behalf(lines: list[str]) -> Lead | None:
    """Return the kind and issuer of an unnumbered document an officer sent for a body."""
    return first_named(lines, _ON_BEHALF_RE, anywhere=True, tidy=True)


def carried_out_sole(lines: list[str]) -> Lead | None:
    """Return the one numbered document a page's event carries out, owner named, or None."""
    text = "\n".join(line[:1500] for line in lines)
    numbers = {symbol_key(m.group(0)) for line in lines for m in SYMBOL_RE.finditer(line[:1500])}
    if not numbers:
        return None
    for m in _CARRIED_OUT_REF_RE.finditer(text):
        after_years = m.group("verb").startswith("Sau")
        meeting = m.group("verb") not in ("Thực hiện", "Căn cứ") and bool(
            _MEETING_BEFORE_RE.search(text, max(0, m.start() - 9), m.start())
        )
        if len(numbers) != 1 and not meeting:
            continue
        ref = REF_RE.match(text, m.end())
        owner = _OWNER_RE.match(text, ref.end()) if ref is not None else None
        kind = canonical_type(ref.group("type")) if ref is not None else None
        if ref is None or owner is None or not ref.group("sym") or kind is None:
            continue
        # The sentence (within its line) the reference stands in.
        dot = text.rfind(". ", 0, m.start())
        opening = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        line_end = text.find("\n", owner.end())
        end = min(sentence_end(text, owner.end()), len(text) if line_end < 0 else line_end)
        if m.group("verb") in ("Thực hiện", "Căn cứ"):
            event = _EVENT_CLAUSE_RE.search(text, owner.end(), end)
            # "…, ngày 5/3/2024, UBND huyện ban hành kế hoạch …": the body's own document follows.
            if event is None or _OWN_ISSUE_RE.search(text, event.end(), end):
                continue
        elif after_years:
            if _OWN_ISSUE_RE.search(text, owner.end(), end):
                continue
        elif not meeting and not _EVENT_OPENING_RE.match(text[opening : m.start()]):
            continue
        lead = lead_from(text, ref, issuer=None)
        lead.issuer = tidy_issuer(owner.group("issuer").strip())
        return lead
    return None


# "Thực hiện Công văn số 2089/UBND-NC ngày 25/4/2024 của UBND tỉnh Quảng Ngãi; Kế hoạch số
# 87/KH-UBND … về việc tổ chức lấy ý kiến cử tri …, tỉnh Quảng Ngãi.": a line of the documents
# the page's account carries out and nothing else (no body or day opens a clause after a comma);
# the first is the page's, the others its references.
_CHAIN_OPENING_RE = re.compile(rf"^Thực hiện\s(?={REF})")
_CLAUSE_AFTER_COMMA_RE = re.compile(r",\s(?:[A-ZĐ0-9]|(?i:ngày|sáng|chiều)\s)")


def cited_chain(lines: list[str]) -> Lead | None:
    """Return the first of the documents a line of citations alone carries out, or None."""
    for line in lines:
        text = line[:1500].strip()
        m = _CHAIN_OPENING_RE.match(text)
        if m is None or not text.endswith(".") or _CLAUSE_AFTER_COMMA_RE.search(text):
            continue
        parts = text[:-1].split(";")
        if len(parts) < 2 or not all(REF_RE.match(p.strip()) for p in parts[1:]):
            continue
        ref = REF_RE.match(text, m.end())
        owner = _OWNER_RE.match(text, ref.end()) if ref is not None else None
        if ref is None or owner is None or not ref.group("sym"):
            continue
        lead = lead_from(text, ref, issuer=None)
        lead.issuer = tidy_issuer(owner.group("issuer").strip())
        return lead
    return None
