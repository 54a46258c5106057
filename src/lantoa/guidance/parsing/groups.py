"""Section III: the unit groups of "Tổ chức thực hiện" / "Phân công nhiệm vụ" and their tasks."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .addressee import PERIOD_LEAD_RE, duties_heading, split_inline, strip_lead_in
from .checks import NO_PART_FLAG, UNNUMBERED_PART_FLAG, group_kind_flag
from .closing import is_closing
from .cued import (
    DISPATCH_TYPES,
    ITEMS,
    addressed_lists,
    cued_parts,
    dispatch_parts,
    listed_groups,
    nested_groups,
)
from .deadlines import find_deadline
from .groupitems import (
    addressed_sentence,
    addresses,
    duties_over_text,
    has_groups,
    inline_addressee,
    item_title,
    listed_names,
    topic_bullets,
)
from .grouptasks import group_tasks, own_duty
from .leads import asked, bare_lead, inner_lead, lead_addressee, lead_items
from .model import ParsedUnitGroup, Section
from .orgparts import articles, duty_articles, org_sections, own_items
from .sections import iter_nodes
from .unitgroup import group_read, period_group, task_read


def unit_groups(
    sections: list[Section],
    issuer: str | None,
    doc_date: date | None,
    flags: list[str],
    *,
    doc_type: str | None = None,
    preamble: list[str] | None = None,
) -> list[ParsedUnitGroup]:
    """Return the unit groups of every part that assigns tasks, flagging what needs a person."""
    found = list(org_sections(sections))
    if doc_type == "Quyết định":
        # The Quy chế or Quy định a decision issues charges its bodies in articles of their own.
        found = duty_articles(sections, found, addresses)
    lead = None if found else lead_addressee(preamble or [])
    org: list[tuple[tuple[str, ...], Section]] = []
    inside: set[int] = set()
    # "II. TỔ CHỨC THỰC HIỆN" may hold "2. Trách nhiệm thực hiện": the part whose items address
    # units is read, once.
    for path, node in found:
        if id(node) in inside:
            continue
        # "Chương III / TỔ CHỨC THỰC HIỆN" / "Điều 5. Giao trách nhiệm:" / "1. Sở …": a chapter's
        # article holds the items that address units.
        held = [(path, node)] if has_groups(node) else articles(path, node, addresses)
        for held_part in held:
            org.append(held_part)
            # "Chương III TRÁCH NHIỆM THỰC HIỆN …" / "Điều 9. Trách nhiệm thực hiện": the chapter's
            # article is a found part too, read once as the chapter's.
            inside.add(id(held_part[1]))
            inside.update(id(d) for _, d in iter_nodes(held_part[1].children))
    if org and doc_type in DISPATCH_TYPES:
        org = dispatch_parts(sections, org, addresses)
    if not found:
        # A Chỉ thị or Công văn addresses units in numbered items without such a part.
        org = addressed_lists(sections, addresses)
        led = _led_group(lead, sections, issuer, doc_date) if lead else None
        bare = None if lead or org else bare_lead(preamble or [])
        if bare and (asked_groups := _bare_groups(bare, sections, issuer, doc_date)):
            return asked_groups
        if not org and led is None:
            if inner := _inner_groups(sections, issuer, doc_date):
                return inner
            flags.append(NO_PART_FLAG)
            return []
    elif not org:
        # "Điều 11. Tổ chức thực hiện" / "… Giám đốc Sở … chủ trì hướng dẫn …": prose, no items.
        if prose := _prose_groups(found, issuer, doc_date):
            return prose
        flags.append(UNNUMBERED_PART_FLAG)
        return []
    groups: list[ParsedUnitGroup] = [led] if lead and led else []
    for path, node in org:
        items = own_items(node, ITEMS)
        bullets = not any(addresses(c) for c in items)
        if bullets:
            # "- Sở Nội vụ: …" bullets addressing units stand for numbered groups; under a lead's
            # topics they are the lead's tasks ("- Cấp ủy, chính quyền địa phương xác định …").
            items = [c for c in node.children if c.kind == "dash"] if lead is None else []
        else:
            # Beside items naming bodies, a topic ("4. Chế độ phối hợp, báo cáo") whose bullets
            # each charge a body gives those bullets as groups.
            items = [b for c in items for b in topic_bullets(c)]
        first = len(groups)
        for child in items:
            # "1.1." under "1." carries its parent's number.
            dotted = path and child.label.startswith(f"{path[-1]}.")
            gref = ".".join((*path[:-1], child.label) if dotted else (*path, child.label))
            child, nested = nested_groups(child, addresses)
            listed = False
            if not nested:
                child, nested = listed_groups(child, listed_names(child))
                listed = bool(nested)
            parts = [] if listed else cued_parts(child, addressed_sentence, inline_addressee)
            for n, part in enumerate(parts):
                group = _group(part, f"{gref}, đoạn {n + 1}" if n else gref, issuer, doc_date)
                # "3. Đối với các tổ chức khác" / "Đề nghị Ủy ban Mặt trận … phát động …": a title
                # with nothing of its own before the body a paragraph asks heads no group.
                if group is None or (n == 0 and not group.tasks and len(parts) > 1):
                    continue
                if bullets and len(groups) > first and groups[-1].heading == group.heading:
                    # "- Giao Sở Xây dựng chủ trì …" / "- Trên cơ sở kết quả …, Sở Xây dựng chủ trì
                    # …": a bullet naming the body the one before named is its task, as printed.
                    groups[-1].tasks.extend(group_tasks(part, gref, group.heading, doc_date))
                else:
                    groups.append(group)
            for label, sub in nested:
                if (group := _group(sub, f"{gref}.{label}", issuer, doc_date)) is not None:
                    groups.append(group)
        if len(groups) > first and (after := period_group(groups[-1], issuer, doc_date)):
            groups.append(after)
    if org:
        # "Điều 11. Tổ chức thực hiện" / "… Giám đốc Sở … chủ trì hướng dẫn …" after the chapter
        # whose articles address units: a part in prose names its body in a sentence.
        groups.extend(_prose_groups([f for f in found if id(f[1]) not in inside], issuer, doc_date))
    for group in groups:
        if not group.unit_kinds and not group.units:
            flags.append(group_kind_flag(heading=group.heading, ref=group.ref))
    return groups


_LEAD_REF = "lời dẫn"


def _lead_group(
    lead: str, items: list[Section], issuer: str | None, doc_date: date | None
) -> ParsedUnitGroup:
    """Return the group of the addressee a lead names, its tasks read from the given items."""
    group = group_read(lead, ref=_LEAD_REF, issuer=issuer)
    group.tasks = group_tasks(Section(label="", children=items), _LEAD_REF, group.heading, doc_date)
    # The tasks stand in the items, not in the lead: each keeps its item's own number.
    for task in group.tasks:
        task.ref = task.ref.removeprefix(f"{_LEAD_REF}.")
    return group


def _led_group(
    lead: str, sections: list[Section], issuer: str | None, doc_date: date | None
) -> ParsedUnitGroup | None:
    """Return the group of the addressee a lead names, its tasks the items naming no other."""
    group = _lead_group(lead, lead_items(sections, addresses), issuer, doc_date)
    return group if group.tasks else None


def _bare_groups(
    lead: str, sections: list[Section], issuer: str | None, doc_date: date | None
) -> list[ParsedUnitGroup]:
    """Return the group a lead ends on, its tasks the items naming no body, then the others'."""
    if not sections or any(node.kind != "num" for node in sections):
        return []
    own = [n for n in sections if not addresses(n)]
    group = _lead_group(lead, own, issuer, doc_date)
    named = (_group(n, n.label, issuer, doc_date) for n in sections if addresses(n))
    return [g for g in (group, *named) if g is not None and g.tasks]


def _inner_groups(
    sections: list[Section], issuer: str | None, doc_date: date | None
) -> list[ParsedUnitGroup]:
    """Return the groups topics ask in their paragraphs, when no item names an addressee."""
    groups: list[ParsedUnitGroup] = []
    for node in sections:
        if node.kind != "num" or node.children:
            continue
        paras = node.paragraphs
        lead = inner_lead(paras)
        skip = range(lead[0], lead[0] + lead[2] + 1) if lead else range(0)
        for n, para in enumerate(paras):
            ref = f"{node.label}, đoạn {n + 1}"
            if lead and n == lead[0]:
                group = group_read(lead[1], ref=ref, issuer=issuer)
                body = Section(label=node.label, paragraphs=paras[n + 1 : n + 1 + lead[2]])
                group.tasks = group_tasks(body, ref, group.heading, doc_date)
            elif n not in skip and not is_closing(para) and (ask := asked(para)):
                # "Đề nghị thường trực các tỉnh uỷ, thành uỷ tiếp tục quan tâm lãnh đạo …".
                group = group_read(ask[0], ref=ref, issuer=issuer)
                group.tasks = [task_read(ask[1], ref=ref, heading=group.heading, doc_date=doc_date)]
            else:
                continue
            groups.append(group)
    return groups


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")


def _prose_groups(
    found: list[tuple[tuple[str, ...], Section]], issuer: str | None, doc_date: date | None
) -> list[ParsedUnitGroup]:
    """Return a group for each sentence of an item-less part that names a body and its duty."""
    groups: list[ParsedUnitGroup] = []
    for path, node in found:
        if node.children:
            continue
        for n, para in enumerate(node.paragraphs):
            for sentence in _SENTENCE_END_RE.split(para) if not is_closing(para) else []:
                if is_closing(sentence) or not addressed_sentence(sentence):
                    continue
                head, inline = split_inline(sentence)
                group = group_read(head, ref=f"{'.'.join(path)}, đoạn {n + 1}", issuer=issuer)
                group.tasks = [task_read(inline, ref=group.ref, heading=head, doc_date=doc_date)]
                groups.append(group)
    return groups


def _open_phrase(text: str) -> bool:
    """Return True for a short phrase that no punctuation closes (a heading's broken rest)."""
    text = text.strip()
    return bool(text) and len(text.split()) <= 25 and not text.endswith((".", ";", ":", "!", "?"))


_TERMINAL = (".", ";", ":", "!", "?")


def _group(
    child: Section, gref: str, issuer: str | None, doc_date: date | None
) -> ParsedUnitGroup | None:
    """Return the group an item addresses, or None for a closing clause or a general item."""
    if not addresses(child):
        return None
    title = item_title(child)
    heading, inline = split_inline(title)
    if duties_over_text(child) and (who := duties_heading(title)):
        heading, inline = who, ""
    rest = child.paragraphs[1:] if child.kind in ("dash", "plus") else child.paragraphs
    # A heading broken over two lines or paragraphs ("8. Giám đốc" / "Sở, Thủ trưởng cơ quan")
    # goes on in a short open phrase right before the tasks below it.
    if not inline and rest and child.children and _open_phrase(title) and _open_phrase(rest[0]):
        title = f"{title} {rest[0]}"
        heading, inline = split_inline(title)
        rest = rest[1:]
    if inline and rest and not title.rstrip().endswith(_TERMINAL) and rest[0].endswith(":"):
        # "1. Bí thư tỉnh ủy … nhanh chóng ổn định tình hình" / "Nhân dân, …, trong đó tập trung
        # một số nhiệm vụ sau:": an open title goes on in the paragraph that introduces the list.
        title = f"{title} {rest[0]}"
        heading, inline = split_inline(title)
        rest = rest[1:]
    intro = ""
    if inline and (rest or child.children):
        if inline.endswith(":") or len(inline.split()) < 4:
            intro = inline
            # "… thực hiện các nội dung sau:" or a bare "có trách nhiệm" introduces the tasks,
            # unless it first states a duty of its own.
            inline = own_duty(inline)
        elif not rest and _open_phrase(inline):
            # "2. Các Sở, ngành chủ trì, quản lý … thuộc Chương trình" with no full stop names
            # the addressee by what it does; its tasks are the items below.
            heading, inline = strip_lead_in(title).rstrip(" ."), ""
    elif not inline and len(rest) == 1 and child.children and rest[0].endswith(":"):
        # "3. Sở Văn hóa …" / "Chủ trì, phối hợp … tham mưu cho Ủy ban nhân dân các tỉnh:" / "a) …":
        # the paragraph under a bare heading introduces its items as an inline one would.
        intro = rest[0]
        rest = [duty] if (duty := own_duty(rest[0])) else []
    group = group_read(heading, ref=gref, issuer=issuer)
    body = Section(
        label=child.label,
        paragraphs=[inline, *rest] if inline else rest,
        children=child.children,
    )
    group.tasks = group_tasks(body, gref, group.heading, doc_date)
    # "…, trong thời hạn không quá 15 ngày làm việc … có trách nhiệm:" / "a) …", "b) …": a time
    # limit the introduction sets is each item's that sets none of its own.
    if intro and not inline and (limit := find_deadline(intro, doc_date=doc_date)) is not None:
        for task in group.tasks:
            # "Hàng quý, UBND xã … có trách nhiệm …" keeps its own time.
            if task.deadline is None and not PERIOD_LEAD_RE.match(task.text):
                task.deadline = replace(limit)
    # "Định kỳ trước ngày 15 tháng 12 hằng năm …, Ủy ban nhân dân các tỉnh có trách nhiệm báo cáo
    # …": the time the lead-in sets is the inline task's.
    if inline and group.tasks and group.tasks[0].deadline is None:
        stripped = title.strip()
        if lead := stripped[: len(stripped) - len(strip_lead_in(stripped))]:
            group.tasks[0].deadline = find_deadline(lead, doc_date=doc_date)
    return group
