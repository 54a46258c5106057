"""Parse the text of a Vietnamese guidance / plan / dispatch into a GuidanceParse."""

from __future__ import annotations

import re

from .appendix import appendix_start, attached_start, read_caption
from .attached import attached_sections
from .channels import find_audiences, find_channels
from .checks import NO_PART_FLAG, fields_missing, undated_task_flag, undated_within_days
from .deadlines import PHASE_RE, find_schedule
from .groups import unit_groups
from .header import parse_header
from .lead import read_lead
from .leadfields import kind_named_after
from .leadnames import (
    GLOSS_RE,
    ISSUER_WORDS,
    glossed_name,
    placed_name,
    tidy_issuer,
)
from .letters import letter_groups
from .locate import (
    header_start,
    mend_split_place,
    read_summary,
    split_run_in_row,
    summary_fields,
    unflatten_header,
    without_related,
    without_site_notice,
)
from .model import DocRef, DocumentInfo, GuidanceParse, Section
from .namecheck import issuer_checked, place_checked, single_body
from .numbers import TYPE_ALT, find_citations, merge_refs, symbol_key, type_from_symbol
from .runon import join_split_title, unrun_header
from .sections import (
    build_tree,
    iter_nodes,
    lower_words,
    node_text,
    prepare_lines,
)
from .tablecells import join_table_cells
from .tail import (
    find_tail,
    parse_signer,
    signing_blocks,
    unshare_tail,
)
from .tailissuer import closing_issuer, signed_by_body
from .tailrecipients import parse_recipients
from .tailrows import unrow_tail
from .text import normalise_text

MAX_PARSE_CHARS = 5_000_000
_FOOTNOTE_RE = re.compile(r"^\[\d{1,3}\]")

_ISSUER_SENTENCE_RE = re.compile(
    # "Ban hành kèm theo quyết định này Quy định về …" is a verb, not a board.
    # "…09/02/2021, 06:20Thường trực Thành uỷ …": a page's time may run into the name.
    # "Theo đó UBND tỉnh yêu cầu …": what a page's summary says the body asks.
    # "… 21 Tháng 9, 2025 Ủy ban Trung ương MTTQ Việt Nam hướng dẫn …": a post's date run in.
    rf"(?:^|(?<=\n)|[.;,…]\s|\)\.\s|(?<=\d\d:\d\d)|(?<=^Theo đó\s)|(?<=\s\d{{4}}\s))"
    # "Sở Văn hóa, Thể thao và Du lịch yêu cầu …": the one comma a body's name holds.
    rf"(?P<issuer>(?!Ban\shành\b){ISSUER_WORDS}\s(?:[^.;:,()]|,\s(?=(?i:thể thao)\b)){{2,80}}?)\s"
    # "Chính phủ đã ban hành các cơ chế …" reports policies, not one document; "… đã ban hành 15
    # kế hoạch, 30 văn bản …" counts a year's work.
    # "Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường …": the verb capitalised.
    # "Ban Quản lý dự án đầu tư xây dựng tỉnh đề nghị …": "xây dựng" of no document is in the name.
    r"(?:(?:vừa|đã|mới)\s)?(?:[hH]ướng dẫn|ban hành(?!\s(?:các|những|nhiều|\d+)\s)|"
    # "… xây dựng lịch tiếp công dân … như sau:" opens the body's own text.
    rf"xây dựng(?=\s(?i:{TYPE_ALT})|[^.]{{0,150}}\snhư sau\s?:)|"
    # "Ủy ban nhân dân huyện có ý kiến như sau:": a letter's body in its issuer's words.
    # "Ban Thường vụ Tỉnh ủy giao Đảng đoàn …": a body assigning work, not "giao thông".
    # "… triển khai Kế hoạch …" deploys a document; "… triển khai thực hiện các nhiệm vụ" is work;
    # "Ban tổ chức … triển khai kế hoạch số 22/KH-UBND của Ủy ban nhân dân xã" deploys another's.
    r"đề nghị|yêu cầu|kêu gọi|thông báo|chỉ đạo|"
    rf"triển khai(?=\s(?:thực hiện\s)?(?i:{TYPE_ALT}|văn bản))(?![^.;]{{0,80}}?\scủa\s)|"
    # "Ban Chỉ đạo … vừa quyết định thành lập 5 đoàn kiểm tra": a decision just taken.
    r"có văn bản|có ý kiến|(?<=vừa\s)quyết định|(?<=đã\s)quyết định|"
    r"giao(?!\s(?:thông|thương|lưu|dịch|tiếp|nhận|ban))\s)\b"
)

# A text's first part, "I. MỤC ĐÍCH, YÊU CẦU" or "I/ …".
_FIRST_PART_RE = re.compile(r"^I\s?[./:)-]\s?[A-ZĐÀ-Ỹ]")
# A body's own words opening a letter's text: "… có ý kiến như sau:", "… thông báo thi tuyển
# công chức năm 2023, cụ thể như sau:".
_OWN_WORDS_RE = re.compile(r"\s(?:có ý kiến|thông báo|đề nghị|yêu cầu)\b.*:$")
# A letter's salutation, near the top of a pasted letter's body.
_LETTER_RE = re.compile(r"^(?:Kính\s?gửi|KÍNH GỬI)\b")
_LETTER_LINES = 8
# "… có quyền yêu cầu", "Mặt trận Tổ quốc và các tổ chức … đã triển khai": no one body's name;
# "Hội Cựu chiến binh tỉnh tiếp tục chỉ đạo …" reports work going on, no document issued; nor
# does "UBND xã … tổ chức hội nghị triển khai …" (a meeting; "Ban tổ chức" is a name).
_NOT_A_NAME_RE = re.compile(
    r"\s(?:có|là|được|phải|cần|sẽ|các|những|tiếp tục|(?<!Ban\s)tổ chức|tiến hành|họp|"
    r"phát động|ra quân|làm việc|kiểm tra|tiếp nhận)(?:\s|$)"
)


def _items(node: Section) -> list[str]:
    """Return a section's paragraphs and child items as a flat list of strings."""
    out = [p for p in node.paragraphs if p]
    for child in node.children:
        if child.kind in ("dash", "plus"):
            extra = " ".join(node_text(g) for g in child.children)
            out.append(f"{node_text(child)} {extra}".strip())
        else:
            body = " ".join([child.title, *child.paragraphs]).strip()
            sub = _items(Section(label="", paragraphs=[], children=child.children))
            out.append(body) if body else None
            out.extend(sub)
    return [o for o in out if o]


def _find_nodes(sections: list[Section], test) -> list[tuple[tuple[str, ...], Section]]:  # noqa: ANN001
    return [
        (path, node)
        for path, node in iter_nodes(sections)
        if node.title and test(lower_words(node.title))
    ]


def _deepest(found: list[tuple[tuple[str, ...], Section]]) -> list[tuple[tuple[str, ...], Section]]:
    ids = {id(n) for _, n in found}
    out = []
    for path, node in found:
        has_desc = any(id(d) in ids for _, d in iter_nodes(node.children))
        if not has_desc:
            out.append((path, node))
    return out


def _subject_and_refs(head_title: str, body: str, own: str | None) -> tuple[DocRef, list[DocRef]]:
    title_cites = find_citations(head_title)
    all_cites = title_cites + find_citations(body)
    own_key = symbol_key(own) if own else None
    merged = [
        r for r in merge_refs([c.ref for c in all_cites]) if symbol_key(r.number or "") != own_key
    ]
    subject = DocRef()
    if title_cites:
        key = symbol_key(title_cites[0].ref.number or "")
        subject = next((r for r in merged if symbol_key(r.number or "") == key), DocRef())
    refs = [r for r in merged if r is not subject]
    return subject, refs


_SUMMARY_LINES = 80


def parse_document(text: str) -> GuidanceParse:
    """Return the structured parse of a guidance document's text."""
    if len(text) > MAX_PARSE_CHARS:
        text = text[:MAX_PARSE_CHARS]
    result = GuidanceParse()
    flags = result.review_flags
    normalised = normalise_text(text)
    prepared = split_run_in_row(prepare_lines(normalised))
    lines, flat = unrun_header(*unflatten_header(join_split_title(join_table_cells(prepared))))
    start = header_start(lines)
    # A page whose document has no header block still has the portal's table at its top.
    summary = summary_fields(read_summary(lines[:start] if start else lines[:_SUMMARY_LINES]))
    lines = unrow_tail(lines[start:])
    cut = appendix_start(lines)
    appendix = lines[cut:] if cut is not None else []
    lines = unshare_tail(lines[:cut] if cut is not None else lines)
    head = parse_header(lines)
    # A text the decision issues, printed after the signature with its caption inside its title
    # ("QUY ĐỊNH" / "VỀ VIỆC … (Ban hành kèm theo …)", which appendix_start does not cut): the
    # tail is the decision's, the text's parts are read as body.
    attached = attached_start(lines)
    own = lines[:attached] if attached is not None else lines
    end, rec_index, mode_index = find_tail(own, head.body_start)
    body_lines = lines[head.body_start : end] + (lines[attached:] if attached is not None else [])
    sections, preamble = build_tree(body_lines)
    result.sections = sections
    title, place = mend_split_place(head.title or "", head.place, head.issuer)
    doc = DocumentInfo(
        type=head.type, number=head.number, date=head.date, place=place, title=title or None
    )
    # A header pasted as one line gives no issuer: its columns are lost (see unflatten_header),
    # unless the one column names a single body ("BỘ KHOA HỌC VÀ CÔNG NGHỆ") and no superior.
    doc.issuer = head.issuer if not flat or single_body(head.issuer) else None
    _note_origins(result.origins, doc, "header")
    _fill_identity(doc, result.origins, summary, "summary")
    # A letter's body ("Kính gửi: …" above it) reports the documents it acts on, not itself:
    # only the lines above the salutation (its title) may say what the letter is.
    salutation = next(
        (i for i, line in enumerate(lines[:_LETTER_LINES]) if _LETTER_RE.match(line)), None
    )
    # The text's own first part ("I. MỤC ĐÍCH, YÊU CẦU") under its title ends its opening: a
    # sentence below it ("Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy đã ban hành Kết luận số …")
    # cites another document. A page that starts at "I." (a bulletin) has no opening above it.
    first_part = next((i for i, line in enumerate(lines) if i and _FIRST_PART_RE.match(line)), None)
    opening = lines[: min(i for i in (salutation, first_part, len(lines)) if i is not None)]
    lead = read_lead(without_related(opening)) if not (doc.number and doc.date) else None
    if lead is not None:
        _fill_identity(doc, result.origins, vars(lead), lead.origin)
        if doc.type is None and lead.type is None and (kind := kind_named_after(opening)):
            doc.type, result.origins["document.type"] = kind, lead.origin
        # "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH" over "… đã ban hành Quyết định số 119/QĐ-UBND về kế
        # hoạch …": a page title's type yields to the numbered document its lead reports, when
        # the number's symbol says that type too.
        if (
            result.origins.get("document.number") == lead.origin
            and lead.type
            and lead.type != doc.type
            and type_from_symbol(lead.number or "") == lead.type
        ):
            doc.type, result.origins["document.type"] = lead.type, lead.origin
    if appendix:
        _fill_identity(doc, result.origins, read_caption(appendix), "caption")
    elif doc.number is None:
        # A page that opens on an attachment: "(Kèm theo Hướng dẫn số 33-HD/BTGTU ngày … của …)".
        caption = read_caption(lines[: head.body_start + 4])
        if not caption.get("issuing"):
            _fill_identity(doc, result.origins, caption, "caption")
    if doc.type is None and doc.number:
        doc.type = type_from_symbol(doc.number)
        _note_origins(result.origins, doc, result.origins.get("document.number", "header"))
    body_text = "\n".join(body_lines)
    if doc.issuer is None and not flat and not (lead is not None and lead.issuer_withheld):
        # "UBND tỉnh có ý kiến như sau:" taken for a header line gave no issuer: it is a sentence.
        above = [ln for ln in lines[: head.body_start] if _OWN_WORDS_RE.search(ln)]
        for m in _ISSUER_SENTENCE_RE.finditer(GLOSS_RE.sub("", "\n".join(above + preamble))):
            # "Uỷ ban kiểm tra có quyền yêu cầu …" states a power, not who issued the text.
            if _NOT_A_NAME_RE.search(m.group("issuer")):
                continue
            # "Ngày 03/6/2020, Thủ tướng Chính phủ đã ban hành …" in a letter: what it acts on;
            # so is "Bộ Kế hoạch và Đầu tư đã giao cho Tổng cục Thống kê …", the task it answers.
            if salutation is not None and m.group(0).rstrip().endswith(("ban hành", "giao")):
                continue
            doc.issuer = placed_name(lines, tidy_issuer(m.group("issuer")))
            result.origins["document.issuer"] = "sentence"
            break
    # Read from the lines as pasted: a run-on of short title-case lines would hide the block.
    signature = (
        signed_by_body([ln.strip() for ln in normalised[-4000:].split("\n") if ln.strip()])
        if doc.issuer is None and not flat
        else None
    )
    if signature is not None and not (lead is not None and lead.issuer_withheld):
        doc.issuer = signature[0]
        result.origins["document.issuer"] = "signature"
    elif doc.issuer is None and not flat and (closing := closing_issuer(body_lines, lines)):
        doc.issuer, result.origins["document.issuer"] = closing, "closing"
    head_title = head.title_text or (lead.title if lead and lead.title else "")

    recipients_stop = mode_index if mode_index is not None and rec_index is not None else None
    result.recipients = parse_recipients(own, rec_index, recipients_stop)
    tail_start = end
    signer, leftovers = parse_signer(own, mode_index, tail_start)
    if signer.name:
        result.origins["signer.name"] = "header"
    elif signature is not None:
        signer.title, signer.name = signature[1], signature[2]
        result.origins["signer.name"] = "signature"
    elif summary.get("signer"):
        signer.name = str(summary["signer"])
        result.origins["signer.name"] = "summary"
    doc.signer = signer
    # One check for every reader's issuer and place (namecheck); a decision's authority line
    # names the issuer when no reader did.
    doc.issuer = issuer_checked(glossed_name(lines, doc.issuer) if doc.issuer else None)
    if doc.issuer is None and head.authority and not flat:
        doc.issuer, result.origins["document.issuer"] = head.authority, "header"
    elif doc.issuer is None:
        result.origins.pop("document.issuer", None)
    doc.place = place_checked(doc.place)
    if doc.place is None:
        result.origins.pop("document.place", None)
    if signer.name and signing_blocks(own, end) > 1:
        flags.append(
            "Văn bản có hai khối chữ ký (hai cơ quan cùng ký): người ký được lấy ở khối cuối "
            "(cơ quan chủ trì), cần kiểm tra."
        )
    result.document = doc
    rec_set = {r.lower() for r in result.recipients}
    # Footnotes ("[1] …") after the signature and an appendix cite documents too; a web page's
    # footer there does not.
    first_note = next((i for i, ln in enumerate(leftovers) if _FOOTNOTE_RE.match(ln)), None)
    notes = leftovers[first_note:] if first_note is not None else []
    cited = without_site_notice("\n".join([body_text, *notes, *appendix]))
    result.subject, result.references = _subject_and_refs(head_title, cited, doc.number)
    result.unparsed = [
        *head.leftovers,
        *[
            ln
            for ln in leftovers
            if re.sub(r"^[-+]\s?", "", ln).rstrip(";,.").lower() not in rec_set
        ],
    ]

    for label, target in (("mục đích", result.purposes), ("yêu cầu", result.requirements)):
        for _, node in _deepest(_find_nodes(sections, lambda t, lb=label: t.startswith(lb))):
            target.extend(_items(node))
    content_nodes = _deepest(_find_nodes(sections, lambda t: t.startswith("nội dung")))
    for _, node in content_nodes[:1]:
        result.content = _items(node)

    forms_nodes = _deepest(_find_nodes(sections, lambda t: "hình thức" in t))
    forms_texts = [n.full_text() for _, n in forms_nodes]
    forms_texts += [ln for ln in body_lines if re.match(r"^(?:-\s)?Hình thức\b", ln)]
    if forms_texts:
        result.channels = find_channels("\n".join(forms_texts))
    else:
        result.channels = find_channels(body_text)
        if result.channels:
            flags.append(
                'Không có mục "Hình thức": các kênh được suy ra từ toàn văn, cần kiểm tra.'
            )
    time_nodes = _find_nodes(sections, lambda t: "thời gian" in t or "tiến độ" in t)
    time_texts = [n.full_text() for _, n in time_nodes] + forms_texts
    time_texts += [ln for ln in body_lines if "cao điểm" in ln.lower()]
    phase_lines = [ln for ln in body_lines if PHASE_RE.match(ln)]
    result.schedule = find_schedule(time_texts, phase_lines)
    result.audiences = find_audiences([*result.purposes, *result.requirements, *forms_texts])
    result.unit_groups = unit_groups(
        [*sections, *attached_sections(appendix)],
        doc.issuer,
        doc.date,
        flags,
        doc_type=doc.type,
        preamble=preamble,
    )
    if not (sections or result.unit_groups) and (
        asked := letter_groups(preamble, doc.issuer, doc.date)
    ):
        # A letter's prose that asks its addressees ("Đề nghị UBND các xã … thực hiện …") has them.
        flags[:] = [flag for flag in flags if flag != NO_PART_FLAG]
        result.unit_groups = asked
    _flag_missing(result, rec_index)
    return result


_IDENTITY = ("type", "number", "issuer", "date", "title")


def _note_origins(origins: dict[str, str], doc: DocumentInfo, origin: str) -> None:
    """Record origin for each identity field that has a value and no origin yet."""
    for name in _IDENTITY:
        if getattr(doc, name) and f"document.{name}" not in origins:
            origins[f"document.{name}"] = origin


def _fill_identity(
    doc: DocumentInfo, origins: dict[str, str], values: dict[str, object], origin: str
) -> None:
    """Fill the identity fields the header lacked from another source, noting where from."""
    for name in _IDENTITY:
        if getattr(doc, name) is None and values.get(name):
            setattr(doc, name, values[name])
            origins[f"document.{name}"] = origin


def _flag_missing(result: GuidanceParse, rec_index: int | None) -> None:
    doc, subject, schedule = result.document, result.subject, result.schedule
    # The parse's fields by the draft's names: the review screen asks the same checks again.
    values = {
        "doc_type": doc.type,
        "doc_number": doc.number,
        "issuer": doc.issuer,
        "doc_date": doc.date,
        "doc_place": doc.place,
        "subject_number": subject.number,
        "subject_date": subject.date,
        "subject_issuer": subject.issuer,
        "channels": result.channels,
        "peak_start": schedule.peak_start,
        "peak_end": schedule.peak_end,
        "continuous": schedule.continuous,
        "recipients": rec_index is not None,
        "signer_name": doc.signer.name,
        "signer_title": doc.signer.title,
    }
    result.review_flags[:0] = [message for _field, message in fields_missing(values)]
    for group in result.unit_groups:
        for task in group.tasks:
            deadline = task.deadline
            if deadline and undated_within_days(kind=deadline.kind, due=deadline.date):
                result.review_flags.append(
                    undated_task_flag(name=f"Nhiệm vụ {task.ref}", deadline_text=deadline.text)
                )
