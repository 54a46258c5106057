"""A news copy's opening sentence: the type, number, issuer and date of the document it reports."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .leadfields import (
    CARRIED_OUT_RE,
    LEAD_DATE_RE,
    REF,
    REF_RE,
    Lead,
    issued_day,
    lead_from,
    own_notice,
)
from .leadnames import (
    GLOSS_RE,
    ISSUER_WORDS,
    NEXT_SUBJECT_RE,
    NUMBER_IN_NAME_RE,
    SCAN_LINES,
    central_board,
    defined_name,
    done_first,
    placed_name,
    qualified_number,
    tidy_issuer,
    usual_form,
)
from .leadreports import (
    ANSWERING_RE,
    OWN_OPENING_RE,
    article_sole,
    bracketed_sole,
    built_numbered,
    built_plan,
    carried_out_owner_first,
    carried_out_sole,
    cited_chain,
    cited_owner,
    meeting_kind,
    on_behalf,
    other_report,
    purpose_kind,
    sentence_end,
    weak_reference,
)
from .leadsigned import (
    CONTENT_IN_RE,
    PASSIVE_LEAD_RE,
    THAT_IS_RE,
    central_owned,
    owned_number,
    recently_signed,
    signed_lead,
    that_is_lead,
    unnumbered_signing_day,
)
from .leadtitles import (
    TERM_RE,
    TITLE_LINES,
    by_decision,
    concluded_at,
    html_titled,
    issued_reference,
    per_document,
    source_line,
    title_lead,
    top_reference,
    type_headline,
)
from .numbers import (
    TYPE_ALT,
    canonical_type,
    find_date,
)

# "Cục trưởng Cục Quản lý Dược đã ban hành …": the body, not its head, issued the document.
_HEAD_OF_RE = re.compile(
    rf"^(?:Tổng cục trưởng|Cục trưởng|Giám đốc|Bộ trưởng|Trưởng ban|Thủ trưởng)\s"
    rf"(?={ISSUER_WORDS}\s)"
)
# "TP.", "T.Ư Đoàn", "TP.HCM": a dot between letters abbreviates a name, it ends no sentence.
_DOTTED = r"TP\.|(?:[A-ZĐ]{1,2}\.)+[A-ZĐƯ][^\s;.:()]*"
# "Ngày 5/1/2017, Ban Tuyên giáo Trung ương đã ban hành Hướng dẫn số 21-HD/BTGTW về …"
_LEAD_RE = re.compile(
    # "…Môi trường - 16/06 16:30UBND huyện …": a page's time may run into the name.
    rf"(?:^|(?<=[\s(\d]))(?P<issuer>{ISSUER_WORDS}(?:\s(?:{_DOTTED}|[^\s;.:()]+)){{0,30}}?)\s"
    # "Chính phủ mới đây đã ban hành …": when, not part of the issuer's name.
    # "Ban Chỉ đạo xây dựng nông thôn mới ban hành …": there "mới" ends the name.
    rf"(?:(?:mới đây|vừa qua|gần đây|hôm nay|hôm qua),?\s)?(?:đã\s|vừa\s|(?<!nông thôn\s)mới\s)?"
    # "Ủy ban nhân dân tỉnh Cà Mau có ban hành Thông báo …": "có" is no part of the name.
    # "UBND tỉnh vừa ra Thông báo …": "ra" issues only after "vừa", "đã" or "mới".
    # "HĐND tỉnh thông qua Nghị quyết số 12/2024/NQ-HĐND …": a council issues by passing it.
    # "Tỉnh Ủy tỉnh Bình Phước Ban hành Chỉ thị số 17-CT/TU": the verb capitalised mid-sentence.
    # "Văn phòng Chính phủ vừa phát đi Thông báo số 134/TB-VPCP …": sent out, so issued.
    # "Bộ Y tế đã gửi công văn đề nghị …": a letter sent, read as "có" is (a cue after it).
    rf"(?P<verb>(?:có\s)?(?:[Bb]an|phát) hành|phát đi|có|(?<=đã\s)gửi|(?<=vừa\s)gửi|"
    r"xây dựng|thông qua|"
    # "Ban Thường vụ Hội … triển khai Kế hoạch tổ chức chuỗi hoạt động …": a body deploying a
    # plan it names by its title, unnumbered and no one else's, deploys its own.
    r"triển khai(?=\sKế hoạch\s(?!số\b|của\b))|"
    # "… ra Thông tri số 17/TT-MTTW-BTT": "ra" a numbered document issues it too, and so does
    # "ra văn bản" ("Ngày 2/12/2021, UBND tỉnh … ra văn bản chỉ đạo …"); "chỉ ra văn bản trái
    # quy định", "tìm ra", "nhận ra" point one out.
    rf"(?:(?<=đã\s)|(?<=vừa\s)|(?<=mới\s))ra|ra(?=\s(?i:{TYPE_ALT})\s(?i:số)\b)|"
    r"(?<!chỉ\s)(?<!tìm\s)(?<!nhận\s)ra(?=\svăn\sbản\s))"
    # "Bộ Chính trị vừa ban hành các quyết định chuẩn y …": decisions, one act each, issued
    # together (other kinds in the plural are policies reported, not documents).
    rf"\s(?P<many>(?<=hành\s)các\s(?=(?i:quyết định)\s))?{REF}"
)
# "Ngày 14/4/2025, đồng chí …, Trưởng Ban …, đã ký ban hành Kế hoạch số 47-KH/BCĐ … của Ban
# Chỉ đạo về …": the signer, not the issuer, leads the sentence.
_SIGNED_LEAD_RE = re.compile(rf"\s(?:đã\s|vừa\s)?(?:ký|kí),?\s(?:ban hành\s)?{REF}")
_PERSON_RE = re.compile(r"(?i:\bđồng chí\b|\bđ/c\b|\bthay mặt\b|\bký\b|\bkí\b)|Tổng Bí thư")
# A news page's headline: "Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp …"
_HEADLINE_RE = re.compile(rf"^{REF}\s(?:về|hướng dẫn|triển khai)\b")


def read_lead(lines: list[str]) -> Lead | None:
    """Return type, number, issuer and date from a news copy's opening sentence, or None."""
    lines = html_titled(lines)
    lead = _first_lead(lines)
    if lead is not None and lead.number:
        lead.number = usual_form(lines, lead.number)
        lead.date = lead.date or issued_day(lines[:SCAN_LINES], lead.number)
    # "Ban Tuyên giáo Quận ủy ban hành Hướng dẫn …" above "… đăng tải Hướng dẫn số 35-HD/BTG
    # ngày 25/12/2018 của Ban Tuyên giáo Quận ủy": the same document numbered further down.
    owned = (
        owned_number(lines[:SCAN_LINES], lead.type, lead.issuer)
        if lead is not None and lead.number is None and lead.type and lead.issuer
        else None
    )
    if lead is not None and owned is not None:
        lead.number, lead.date = owned[0], lead.date or owned[1]
    if lead is not None and lead.issuer:
        lead.issuer = placed_name(lines, lead.issuer)
    if lead is not None and lead.issuer is None and lead.short_issuer:
        full = defined_name(lines, lead.short_issuer)
        if full:
            lead.issuer, lead.issuer_withheld = full, False
    return lead


_VERB_TWICE_RE = re.compile(r"\s(?:đã\s|vừa\s)?ban hành$")
# "… Trung ương đã khẩn trương ban hành": "đã" and the adverbs after it before the verb are no
# part of a body's name (an upper-case word after "đã" may be the real issuer: left alone).
_ASPECT_TAIL_RE = re.compile(r"\s(?:đã|vừa)(?:\s[a-zà-ỹđ]+){1,2}$")
_CLAUSE_RE = re.compile(
    r"\s(?:khi|do|để|thì|là|được|nếu|ban hành|theo|nhằm|phù hợp)\s|,\sngày\s", re.IGNORECASE
)


def _lead_matches(text: str) -> Iterator[re.Match[str]]:
    """Yield a lead match at each place an issuer's name may start (a rejected one is no end)."""
    pos = 0
    while (m := _LEAD_RE.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


_AGENCY_TAG_RE = re.compile(r"(?:^|\s)\((?:[A-ZĐ][\w.]{1,12})\)\s?[-–]\s")


# A document reported as just signed: "… kế hoạch vừa được Chủ tịch UBND tỉnh ký ban hành".
_JUST_ISSUED_RE = re.compile(
    rf"(?:\b(?P<type>(?i:{TYPE_ALT}))\s)?\bvừa được\s[^.]{{3,80}}?\s(?:ký|kí)\sban hành\b"
)


# "Ngày 16/9/2008 Thủ tướng Chính phủ đã ký Quyết định số 1277/QĐ-TTg lấy ngày 2/10 …" above
# "…, Thường vụ Trung ương Hội … đã ban hành văn bản số 283/CV-KHVN ngày 23/8/2022 …": a document
# signed years before the one the next lines report is the history the news recalls.
_RECALLED_YEARS = 3
_SIGNING_YEAR_RE = re.compile(
    r"(?i:ngày)\s\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?P<year>(?:19|20)\d{2})\b"
)


def _later_lead(lead: Lead, before: str, below: list[str]) -> Lead:
    """Return a numbered lead just below dated years after a signed lead's day, or the lead."""
    year = lead.date.year if lead.date is not None else None
    if year is None and (day := _SIGNING_YEAR_RE.search(before)) is not None:
        year = int(day.group("year"))
    if year is None:
        return lead
    for line in below:
        later = _issuer_lead(line[:1500])
        if later is not None and later.number and later.date is not None:
            return later if later.date.year - year >= _RECALLED_YEARS else lead
    return lead


def _first_lead(lines: list[str]) -> Lead | None:
    """Return the lead of the first sentence naming the issuer or the signer, else a title."""
    # The first line that reports a document wins: a later "Chính phủ có Nghị quyết …" further
    # down the page is another document, not the one a signer-led opening reports.
    # A page's search box or menu word above it ("Tìm kiếm") does not stop a headline being first.
    first = next((ln for ln in lines if ln.strip() and not _CHROME_WORDS_RE.match(ln)), "")
    for i, line in enumerate(lines[:SCAN_LINES]):
        text = line[:1500]
        lead = _issuer_lead(text, opening=line is first)
        if lead is not None and line is first and lead.number is None:
            _number_from_below(lead, lines[i + 1 : i + 4])
        if lead is not None:
            return lead
        signed = _SIGNED_LEAD_RE.search(text)
        if signed and signed.group("sym"):
            return _later_lead(
                signed_lead(text, signed), text[: signed.start()], lines[i + 1 : i + 4]
            )
        if (owned := central_owned(text)) is not None:
            return owned
        if signed and (day := unnumbered_signing_day(text, signed)) is not None:
            return day
        if signed and (recent := recently_signed(text, signed)) is not None:
            return recent
        that = THAT_IS_RE.search(text)
        if that and that.group("sym"):
            return that_is_lead(text, that)
        passive = PASSIVE_LEAD_RE.search(text)
        if (
            passive
            and (
                passive.group("recent")
                or passive.group("recent_sign")
                or passive.start() == 0
                or CONTENT_IN_RE.search(text, 0, passive.start())
            )
            and (passive.group("sym") or passive.group("type")[:1].isupper())
        ):
            sentence = text[text.rfind(". ", 0, passive.start()) + 1 : passive.start()]
            if not CARRIED_OUT_RE.search(sentence):
                ref = REF_RE.match(text, passive.start())
                assert ref is not None  # the passive lead starts with this reference
                lead = signed_lead(text, ref)
                if lead.date is None and passive.group("when"):
                    lead.date, _ = find_date(passive.group("when"))
                return lead
        # "(QBĐT) - UBND tỉnh vừa có công văn thông báo …": an agency's lead opens the page's
        # first article; a later article's document ("Ngày 7-9, đồng chí … đã ký …") is not it.
        tag = _AGENCY_TAG_RE.search(text)
        if tag is not None and (weak := _issuer_lead(text[tag.end() :], weak=True)) is not None:
            return weak
        # "Theo kế hoạch vừa được Chủ tịch UBND tỉnh ký ban hành, …" over "Chủ tịch UBND tỉnh
        # vừa ký công văn …": the page's news is the document it reports first; a later line's
        # is another item of a digest, not read in its place.
        if i == 0 and (just := _JUST_ISSUED_RE.search(text)) is not None:
            # Its kind named right before is the page's; whose it is, the signer leaves unsaid.
            if (kind := canonical_type(just.group("type") or "")) is not None:
                return Lead(type=kind, issuer_withheld=True)
            break

    # A headline wins only when no sentence reports the document.
    for line in lines[:SCAN_LINES]:
        headline = _HEADLINE_RE.match(line[:1500])
        if headline and headline.group("sym"):
            return lead_from(line[:1500], headline, issuer=None)
    titled = title_lead(lines[:TITLE_LINES])
    top = (
        source_line(lines)
        or top_reference(lines[:TITLE_LINES], lines[TITLE_LINES : TITLE_LINES + 1])
        or concluded_at(lines[:SCAN_LINES])
        or issued_reference(lines[:SCAN_LINES])
    )
    # "Công văn của UBND tỉnh … về việc …" over "… đã ban hành Công văn số 3817/…": one document.
    if titled is not None and top is not None and top.type == titled.type:
        titled.number, titled.date = top.number, top.date
    if titled is not None or top is not None:
        return titled or top
    # No sentence reports a numbered or titled document: "… vừa ban hành văn bản về việc …".
    for line in lines[:SCAN_LINES]:
        lead = _issuer_lead(line[:1500], weak=True)
        if lead is not None:
            return lead
    # An event held under the page's one numbered document: that document, as a last resort.
    return (
        type_headline(lines[:TITLE_LINES], lines[:TITLE_LINES])
        or carried_out_sole(lines[:SCAN_LINES])
        or carried_out_owner_first(lines[:SCAN_LINES])
        or article_sole(lines[:SCAN_LINES])
        or bracketed_sole(lines[:SCAN_LINES])
        or meeting_kind(lines[:SCAN_LINES])
        or purpose_kind(lines[:SCAN_LINES])
        or own_notice(lines[:SCAN_LINES])
        or on_behalf(lines[:SCAN_LINES])
        or per_document(lines[:SCAN_LINES])
        or by_decision(lines[:SCAN_LINES])
        or cited_chain(lines[:SCAN_LINES])
    )


def _issuer_lead(text: str, *, opening: bool = False, weak: bool = False) -> Lead | None:
    """Return the lead of a sentence whose subject is the issuer (_LEAD_RE), or None.

    With weak, a document named in lower case or as "văn bản" without its number is read too.
    """
    text = GLOSS_RE.sub("", text)
    rejected: set[int] = set()
    plural: Lead | None = None
    for m in _lead_matches(text):
        # A verb found to report a cited document is rejected for every start of its subject
        # ("Thủ tướng Chính phủ ban hành" is "Chính phủ ban hành" too).
        if m.start("verb") in rejected:
            continue
        # "… Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương
        # trình …": the owner of a cited document and what it issued, not the page's document.
        if cited_owner(text[: m.start("issuer")]):
            # "… của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy ban hành …": the owner's name
            # ends at the comma and the verb is the next subject's, read from a later start.
            if "," not in m.group("issuer"):
                rejected.add(m.start("verb"))
            continue
        # "Thực hiện … Chương trình làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Chấp hành Đảng bộ
        # Tỉnh ủy ban hành …": the same, the cited document unnumbered.
        if text[: m.start("issuer")].endswith("của ") and NEXT_SUBJECT_RE.search(m.group("issuer")):
            continue
        # "Bộ X có Văn bản số 398/…; Ban Y có Hướng dẫn số 22-HD/…; Sở Z đề nghị …": a sentence
        # that reports two numbered documents gives neither as the page's own.
        if other_report(text, m):
            rejected.add(m.start("verb"))
            continue
        # "Đoàn Thanh niên xã triển khai Kế hoạch …" opening a line, as a title does: whose plan
        # it is stays open (type_headline reads its type); inside a sentence, it is the body's.
        if m.group("verb") == "triển khai" and m.start("issuer") == 0:
            continue
        # "Chính phủ ban hành ban hành Nghị định …": the verb typed twice.
        issuer = done_first(_VERB_TWICE_RE.sub("", m.group("issuer").strip().rstrip(",")))
        # "Bộ luật Hình sự có quy định như sau": a law quoted, no document issued.
        if issuer.startswith("Bộ luật"):
            continue
        # "… ban hành quy định như sau", "… có quy định": a lower-case type without a number is
        # no title; "Thủ tướng đã có Công điện yêu cầu …", a title, names one without its number;
        # so does a headline, written in sentence case ("Bộ Chính trị ban hành quy định mới về …").
        # The headline is the page's opening words, often run into the lead below it.
        lower_title = opening and m.start("issuer") == 0 and m.group("verb").endswith("hành")
        # "X xây dựng Kế hoạch … như sau:": a plan opening its own text; "xây dựng kế hoạch"
        # anywhere else is work still to be done, no document.
        # A numbered plan "xây dựng"-ed is one issued ("… đã xây dựng Kế hoạch số 65-KH/ĐU …",
        # "… xây dựng Kế hoạch tổ chức … (Kế hoạch số 08/KH-UBND)").
        if m.group("verb") == "xây dựng" and not built_numbered(text, m):
            # "Thực hiện Kế hoạch số 78-KH/HU … . Ban Thường vụ Huyện đoàn xây dựng Kế hoạch tổ
            # chức …": a paragraph answering another body's document opens the body's own plan.
            answering = ANSWERING_RE.match(text) and m.group("type")[:1].isupper()
            if (
                not answering
                and not built_plan(text, m)
                and not OWN_OPENING_RE.search(text, m.end(), sentence_end(text, m.end()))
            ):
                continue
            lower_title = True
        unnamed = canonical_type(m.group("type")) is None
        lower = m.group("type")[:1].islower() and not (lower_title or m.group("many"))
        # "… ban hành quyết định xử phạt số 1820/QĐ-XPVPHC …": numbered, a word or two after it.
        numbered = m.group("sym") or qualified_number(
            text, m.end(), canonical_type(m.group("type"))
        )
        if not numbered and (lower or unnamed) and not (weak and weak_reference(text, m, issuer)):
            continue
        # "thay mặt Bộ Chính trị, đồng chí … đã ký ban hành": a person signed, read below;
        # "Kho bạc Nhà nước khi thực hiện … do Bộ Tài chính": a clause, not a name.
        if _PERSON_RE.search(issuer) or _CLAUSE_RE.search(issuer):
            continue
        issuer = tidy_issuer(_HEAD_OF_RE.sub("", _ASPECT_TAIL_RE.sub("", issuer)))
        # "Chương trình … của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57 Ban Thường vụ Tỉnh
        # ủy vừa ban hành …": a headline run in; a later start names the body alone.
        if NUMBER_IN_NAME_RE.search(issuer):
            continue
        # "Ban Bí thư Trung ương Đảng khóa IX": the term is not part of the body's name.
        lead = lead_from(text, m, issuer=central_board(TERM_RE.sub("", issuer)))
        # "… và HĐND các cấp nhiệm kỳ 2026–2031 UBND tỉnh Lâm Đồng vừa ban hành …": "các" names
        # many bodies, not one; a later start in the same sentence may name the issuer.
        if " các " in issuer:
            plural = plural or lead
            continue
        return lead
    return plural


_ISSUED_NUMBER_RE = re.compile(rf"\s(?:đã\s|vừa\s)?ban hành\s{REF}")
_CHROME_WORDS_RE = re.compile(r"^(?:Tìm kiếm|Trang chủ|Tin tức|Menu)$", re.IGNORECASE)


def _number_from_below(lead: Lead, below: list[str]) -> None:
    """Give a headline's lead the number and date the lead paragraph below it reports."""
    # "UBND thành phố ban hành Kế hoạch tổ chức …" / "… Ngày 13/8/2025, UBND thành phố ban hành
    # Kế hoạch số 23/KH-UBND …": the same document, numbered in the paragraph under its headline.
    for line in below:
        found = _issuer_lead(line[:1500])
        # "Ngày 15/10/2018, UBMTTQVN Huyện ban hành Kế hoạch số 20/KH-BTT …": the headline named
        # the body; the sentence below, its subject abbreviated past reading, gives the number.
        if found is None and (issued := _ISSUED_NUMBER_RE.search(line[:1500])) is not None:
            found = lead_from(line[:1500], issued, issuer=None)
            day = LEAD_DATE_RE.match(line)
            found.date = find_date(day.group("when"))[0] if day else found.date
        if found is not None and found.number and found.type == lead.type:
            lead.number, lead.date = found.number, lead.date or found.date
            return
