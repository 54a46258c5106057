"""What a page's title lines, or a leader's conclusion, say of its document when no lead does."""

from __future__ import annotations

import html
import re

from .leadfields import CARRIED_OUT_RE, DAY, REF, REF_RE, Lead, first_named, lead_from
from .leadnames import ISSUER_WORDS, LEVEL_RE, bracketed_number
from .leadsigned import signed_lead
from .numbers import TYPE_ALT, canonical_type, find_date, lower_symbol
from .orgnames import org_case

_ENTRY_RE = re.compile(rf"^(?:\d{{1,2}}\.\s)?(?P<body>{ISSUER_WORDS}[^:;.]{{0,60}}):\s{REF}")
# "Quyết định 439/QĐ-TTg 2023 BCĐ quản lý …": a page titled by the document's type and number;
# "Tại Quy định số 219-QĐ/TW ngày 27/12/2013 của Ban Bí thư …, Văn phòng Tỉnh ủy có …": a page
# opening on what a document lays down; so is "Trong Kế hoạch số 120/KH-UBND vừa ban hành, …".
_TOP_REF_RE = re.compile(rf"^(?P<per>(?:Tại|Theo|Trong nội dung|Trong)\s)?{REF}(?=[\s,]|$)")
# "… Phó Chủ tịch thường trực UBND tỉnh kết luận tại Thông báo số 139/TB-UBND ngày 06/6/2018.":
# a leader's conclusion or order given in the numbered document the page reports.
_CONCLUDED_AT_RE = re.compile(
    rf"\s(?:kết luận|chỉ đạo|yêu cầu|đề nghị|thông báo|nêu rõ|"
    # "… được Chủ tịch UBND … ký ban hành ngày 21/02/2022 tại Kế hoạch số 20/KH-UBND …"
    rf"ký ban hành(?:\s(?i:ngày)\s(?P<when>{DAY}))?)"
    rf"\s(?:rõ\s)?tại\s{REF}"
)
# "Ngày 02/12/2017 UBDN tỉnh Tuyên Quang đã ban hành Công văn số:3817/UBND-KGVX …": a numbered
# document issued by a subject the issuer vocabulary does not know (here misspelt).
_ISSUED_RE = re.compile(rf"\s(?:đã|vừa|mới)\s(?:ban hành|có|ra)\s{REF}")
# The sentence's day, a few words before its verb: "Ngày 02/12/2017 UBND tỉnh … đã ban hành".
_DAY_BEFORE_RE = re.compile(rf"(?i:ngày)\s(?P<when>{DAY}),?\s(?:\S+\s){{0,8}}\S+$")
# "Quy định mức thu học phí …", "HƯỚNG DẪN: Công tác phòng, chống tội phạm …": a title line
# naming the type, then what the document is about.
_TYPE_HEADLINE_RE = re.compile(rf"^(?P<type>(?i:{TYPE_ALT}))\s?:?\s(?P<about>\S.*)$")
# "Đảng ủy xã … triển khai kế hoạch tổ chức Đại hội …": a body's plan or guidance deployed, its
# type named in the page's title (whose document it is, the deploying body's or another's,
# the title leaves open).
_DEPLOYED_RE = re.compile(
    rf"^{ISSUER_WORDS}(?:\s[^.;:]{{2,100}}?)?\s(?:đã\s|vừa\s)?triển khai\s"
    r"(?P<type>(?i:kế hoạch|hướng dẫn))\s(?!(?i:số)\b)"
)
_TITLE_WORDS = 5
_DATED_TITLE_RE = re.compile(rf"^(?:(?i:khẩn|hỏa tốc|hoả tốc)\s)?(?i:ngày)\s(?P<when>{DAY})$")
# "Theo kế hoạch tổ chức các hoạt động kỷ niệm … do UBND tỉnh ban hành, …": a document named in
# the passive with its issuer, without its number.
# "Theo Quyết định số 1234/QĐ-UBND vừa được UBND tỉnh Hà Tĩnh ban hành, …": the body after "được".
_BY_BODY = (
    r"\s(?:do|của|(?:vừa|đã|mới)\sđược(?=\s(?-i:[A-ZĐỦ])))"
    rf"\s(?P<issuer>{ISSUER_WORDS}(?:\s[^\s.;,()]+){{0,8}}?)\s"
    # "Nghị quyết số 57-NQ/TW của Bộ Chính trị được ban hành ngày …": the passive's "được".
    r"(?:vừa\s|đã\s|mới\s)?(?:được\s)?ban hành\b"
)
_BY_ISSUER_RE = re.compile(
    rf"(?:^|\s)(?P<type>(?>(?i:{TYPE_ALT})))\s(?!(?i:số)\b)[^.;]{{3,200}}?{_BY_BODY}"
)
# "(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)": a page's closing line naming the document
# whose body it reprints.
_SOURCE_RE = re.compile(rf"^\(?(?i:nguồn)\s?:\s?(?:(?i:từ|trích|theo)\s)?{REF}")
# "(Theo Kế hoạch số 8/KH-UBND ngày 11/01/2021 của UBND tỉnh)" under a reprinted plan's title,
# "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)" under a reprinted letter: a whole line.
_AFTER_RE = re.compile(rf"^\((?i:theo)\s{REF}[^()]*\)\.?$")
# "Cụ thể xem trong công văn số 2092/BNN-KN trong file đính kèm", "Xem chi tiết công văn đính
# kèm./.": a page's pointer to the document it reports, attached as a file.
_SEE = (
    r"^(?:(?i:cụ thể|chi tiết),?\s)?(?i:xem)\s(?:(?i:chi tiết|nội dung|toàn văn|trong|tại)\s){0,2}"
)
_ATTACHED_RE = re.compile(rf"{_SEE}{REF}(?:\s[^.]{{0,30}}?)?\s(?i:đính kèm|kèm theo)\b")
# "Các đơn vị tải Công văn số 319/VKS-VP tại đây: ….PDF", "TẢI VỀ: Kế hoạch 128-KH/BTGDVTW năm
# 2025 tại đây", "Nội dung chi tiết Kế hoạch số 192/KH-UBND xem tại đây": a link to the
# numbered document the page presents, its file.
_HERE_RE = re.compile(
    rf"^(?:[^.]{{0,40}}?\s)?(?i:tải|xem|chi tiết|nội dung)\b[^.]{{0,40}}?(?<=\s){REF}"
    r"(?:\s[^.]{0,30}?)?\s(?i:xem\s)?(?i:tại đây)"
)
# "Thông tư 03/2004/TTBYT … Do Bộ Y Tế Ban Hành": the same words in a title's capitals.
_ISSUED_BY_RE = re.compile(_BY_BODY, re.IGNORECASE)
_SOURCE_LINES = 40
_AFTER_TOP_LINES = 6


def top_reference(lines: list[str], after: list[str] | None = None) -> Lead | None:
    """Return the document a title line opens on ("Quyết định 439/QĐ-TTg …"), or None.

    The lines after the title window tell a title from the first entry of a list of documents.
    """
    for i, line in enumerate(lines):
        # "1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 …": a digest's entry.
        entry = _ENTRY_RE.match(line[:1500])
        if entry and entry.group("sym") and entry.group("type")[:1].isupper():
            ref = REF_RE.match(line[:1500], entry.start("type"))
            assert ref is not None  # the entry's reference starts there
            lead = lead_from(line[:1500], ref, issuer=None)
            lead.issuer, lead.origin = entry.group("body").strip(), "title"
            return lead
        m = _TOP_REF_RE.match(line[:1500])
        # "Theo thông báo (số 34/TB-UBND ngày 19/4/2017), Chủ tịch UBND tỉnh …": the number in a
        # bracket right after the type (lead_from reads it).
        kind = canonical_type(m.group("type")) if m else None
        bracketed = bool(
            m and m.group("per") and kind and bracketed_number(line[:1500], m.end(), kind)
        )
        if m and ((m.group("sym") and m.group("type")[:1].isupper()) or bracketed):
            # "Kế hoạch số 12/KH-UBND ngày …" over "Công văn số 34/UBND-VX ngày …": a list of
            # documents, none of them the page's.
            below = [*lines[i + 1 :], *(after or [])][:1]
            other = _TOP_REF_RE.match(below[0][:300]) if below else None
            if other and other.group("sym") and other.group("num") != m.group("num"):
                return None
            lead = signed_lead(line[:1500], m)
            # "Trong nội dung Công văn số 4913/VP-KT, …, UBND thành phố Hà Nội yêu cầu …": a
            # sentence, not a title, whose subject may still name the issuer.
            lead.origin = "lead" if m.group("per") else "title"
            lead.issuer_withheld = lead.issuer_withheld and not m.group("per")
            # "Thông tư 03/2004/TTBYT Hướng dẫn … Do Bộ Y Tế Ban Hành": a law database's title
            # names the issuer last.
            if lead.issuer is None and (by := _ISSUED_BY_RE.search(line[:300])) is not None:
                body = by.group("issuer").strip()
                lead.issuer = org_case(body) if body.isupper() else body
                lead.issuer_withheld = False
            return lead
    return None


def concluded_at(lines: list[str]) -> Lead | None:
    """Return the numbered document a leader concluded or ordered in, or None."""
    for line in lines:
        text = line[:1500]
        for m in _CONCLUDED_AT_RE.finditer(text):
            # The space the cue opens on ends the sentence's words: "Thực hiện chỉ đạo tại …".
            sentence = text[text.rfind(". ", 0, m.start()) + 1 : m.start() + 1]
            # "Thực hiện chỉ đạo … tại Công văn số …": a document carried out, not reported.
            if m.group("sym") and not CARRIED_OUT_RE.search(sentence):
                # The sentence's opening day is the meeting's; the document's follows its number.
                lead = lead_from(text, m, issuer=None)
                if lead.date is None and m.group("when"):
                    lead.date, _ = find_date(m.group("when"))
                lead.issuer_withheld = True
                return lead
    return None


# "Tỉnh Quảng Ngãi vừa ban hành Kế hoạch tổ chức …": a document named in title case without its
# number, issued by a subject the vocabulary does not name.
_ISSUED_TYPE_RE = re.compile(
    rf"\s(?:đã|vừa|mới)\sban hành\s(?P<type>(?>(?i:{TYPE_ALT})))\s(?!(?i:số)\b)(?=[a-zà-ỹđ])"
)


# "TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức chiến dịch …, tháng 7 sẽ là …": a
# lead that opens on a directive, its body and its subject, reports that document; a report cited
# for figures ("Theo báo cáo của Sở …") or a plan followed mid-sentence is only a source.
_PER_DOCUMENT_RE = re.compile(
    r"^(?:[A-ZĐ][\w.]{0,12}\s?[-–]\s|\([^()]{1,24}\)\s?[-–]\s?)?Theo\s"
    r"(?P<type>(?i:kế hoạch|hướng dẫn|chỉ thị|công văn|công điện|quyết định|thông báo|thông tri|"
    r"chương trình|nghị quyết|kết luận))\scủa\s"
    rf"(?P<issuer>{ISSUER_WORDS}(?:\s(?:[A-ZĐ]{{1,2}}\.)+[^\s;.:(),]*|\s[^\s;.:(),]+){{0,12}}?)"
    r"\svề\s"
)


def per_document(lines: list[str]) -> Lead | None:
    """Return the kind and body of the unnumbered directive a lead opens on ("Theo …"), or None."""
    return first_named(lines, _PER_DOCUMENT_RE, anywhere=False)


# "Theo Quyết định Bộ Chính trị, đồng chí … thôi giữ chức …": a central body's unnumbered
# decision a personnel item reports.
_BY_DECISION_RE = re.compile(
    r"(?:^|\s)Theo\s(?P<type>Quyết định|Nghị quyết|Kết luận|Thông báo)\s(?:của\s)?"
    r"(?P<issuer>Bộ Chính trị|Ban Bí thư|Thủ tướng Chính phủ|Chính phủ),\s"
)


def by_decision(lines: list[str]) -> Lead | None:
    """Return the kind and issuer of an unnumbered central decision a page reports, or None."""
    return first_named(lines, _BY_DECISION_RE, anywhere=True)


def type_headline(lines: list[str], body: list[str] | None = None) -> Lead | None:
    """Return the type a title line names without a number ("Quy định mức thu …"), or None.

    Failing that, the type a sentence of the body says was issued, in title case.
    """
    for line in body or []:
        issued = _ISSUED_TYPE_RE.search(line[:1500])
        if issued and issued.group("type")[:1].isupper():
            return Lead(type=canonical_type(issued.group("type")))
        passive = _BY_ISSUER_RE.search(line[:1500])
        if passive:
            return Lead(type=canonical_type(passive.group("type")), issuer=passive.group("issuer"))
    for line in lines:
        deployed = _DEPLOYED_RE.match(line)
        if deployed:
            kind = canonical_type(deployed.group("type"))
            return Lead(type=kind, issuer_withheld=True, origin="title")
        m = _TYPE_HEADLINE_RE.match(line)
        if m is None or not m.group("type")[:1].isupper():
            continue
        about = m.group("about")
        # "Thông báo Khẩn ngày 18/10/2020": a notice titled by its day alone.
        if dated := _DATED_TITLE_RE.match(about):
            when, _ = find_date(dated.group("when"))
            return Lead(type=canonical_type(m.group("type")), date=when, origin="title")
        # "Quyết định có hiệu lực kể từ ngày ký.": a closing clause, its verb after the type.
        if len(line.split()) < _TITLE_WORDS or re.match(
            r"(?i:số|của|có|này|được|đã|sẽ|là)\b", about
        ):
            continue
        kind = canonical_type(m.group("type"))
        # "Thông tư 77/2014/tt-btc hướng dẫn …": a search snippet's title writes the symbol in
        # lower case; it is the number when its kind's initials are the title's kind ("tt").
        number = lower_symbol(kind, about)
        # The title names no body: one a sentence below names may still be the issuer.
        # A numbered title's words after its number are the document's title (its subject read
        # from them, "… hướng dẫn nghị định 46/2014/nđ-cp"); an unnumbered one's are left.
        title = about[len(number) :].strip() if number else None
        return Lead(type=kind, number=number, title=title, origin="title")
    return None


def source_line(lines: list[str]) -> Lead | None:
    """Return the document a "(Nguồn: Công văn số …)" or "(Theo Kế hoạch số …)" line names."""
    top = lines[:_AFTER_TOP_LINES]
    for line in [*reversed(lines[-_SOURCE_LINES:]), *top]:
        m = _SOURCE_RE.match(line[:300])
        if m is None and _AFTER_RE.match(line[:300]):
            # The reference itself, so its date and owner are read after its number.
            m = REF_RE.search(line[:300])
        if m and m.group("sym"):
            lead = signed_lead(line[:300], m)
            # The reprinted body above the line may name its issuer ("UBND huyện có ý kiến …").
            lead.issuer_withheld, lead.origin = False, "source"
            return lead
        attached = _ATTACHED_RE.match(line[:300])
        if attached is None and (here := _HERE_RE.match(line[:300])) and here.group("sym"):
            attached = here
        if attached and (kind := canonical_type(attached.group("type"))) is not None:
            lead = lead_from(line[:300], attached, issuer=None)
            lead.type, lead.origin = kind, "attachment"
            return lead
    return None


def issued_reference(lines: list[str]) -> Lead | None:
    """Return a numbered document "đã/vừa ban hành" by a subject not read as a body, or None."""
    for line in lines:
        text = line[:1500]
        for m in _ISSUED_RE.finditer(text):
            sentence = text[text.rfind(". ", 0, m.start()) + 1 : m.start()]
            # "Thực hiện …, Sở đã ban hành …" is read by the lead; here only a plain report.
            if not m.group("sym") or CARRIED_OUT_RE.search(sentence):
                continue
            lead = lead_from(text, m, issuer=None)
            if lead.date is None and (day := _DAY_BEFORE_RE.search(sentence)) is not None:
                lead.date, _ = find_date(day.group("when"))
            return lead
    return None


# "Ban Bí thư Trung ương Đảng khóa IX", "Hội đồng nhân dân tỉnh khóa XVI, kỳ họp thứ 20": the
# term and the sitting are not part of the body's name.
TERM_RE = re.compile(
    r"\s(?:khóa|khoá)\s[IVXLC]+(?:,?\s(?:kỳ họp|nhiệm kỳ)\s[^,;.]{1,30})?$", re.IGNORECASE
)


# A page's title line naming type and issuer without a number: "Chỉ thị của Chủ tịch Uỷ ban
# nhân dân tỉnh về việc …", "Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện …".
_TITLE_OF_RE = re.compile(
    # "Xem Toàn văn Chỉ thị của Bí thư Thành ủy … về …": a link to the full text is a title too.
    rf"^(?:Xem\s)?(?:(?i:toàn văn)\s)?(?P<type>(?i:{TYPE_ALT}))(?:\s(?i:khẩn|hỏa tốc|hoả tốc))?"
    # "TP.HCM": a dot inside a word abbreviates, it ends no name.
    r"\scủa\s(?P<issuer>(?:[^,;.()]|\.(?=\S)){3,120}?)"
    r"\s(?:về việc|về|thực hiện|triển khai)\s"
)
TITLE_LINES = 3


def title_lead(lines: list[str]) -> Lead | None:
    """Return the type and issuer a title line "<Type> của <body> về …" names, or None."""
    for line in lines:
        title = _TITLE_OF_RE.match(line)
        if title and title.group("type")[:1].isupper() and LEVEL_RE.search(title.group("issuer")):
            issuer = TERM_RE.sub("", title.group("issuer"))
            return Lead(type=canonical_type(title.group("type")), issuer=issuer, origin="title")
    return None


# "<!DOCTYPE html>" / "<html …>" / "<head>" / "<title>Đề án Thành lập, sắp xếp …</title>": a
# page's HTML head pasted as it was; its title is the page's title line.
_HTML_TITLE_RE = re.compile(r"^<title>(?P<title>[^<>]{3,300})</title>$", re.IGNORECASE)
_HTML_HEAD_LINES = 8


def html_titled(lines: list[str]) -> list[str]:
    """Return the lines from an HTML head's title on, the title as text, or the lines as given."""
    for i, line in enumerate(lines[:_HTML_HEAD_LINES]):
        m = _HTML_TITLE_RE.match(line.strip())
        if m and all(above.lstrip().startswith("<") for above in lines[:i]):
            return [html.unescape(m.group("title")).strip(), *lines[i + 1 :]]
    return lines
