"""Section III: the unit groups of "Tổ chức thực hiện" / "Phân công nhiệm vụ" and their tasks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .channels import explicit_units, named_unit, unit_kinds
from .deadlines import find_deadline
from .model import Section, Task, UnitGroup
from .sections import iter_nodes, lower_words, node_text

ORG_TITLE_RE = re.compile(
    r"tổ chức thực hiện|trách nhiệm thực hiện|phân công (?:nhiệm vụ|thực hiện|trách nhiệm)"
)
# What a unit does in an inline heading "2. Các tỉnh ủy, thành ủy … cụ thể hóa …": the heading
# ends before the first such verb (not one after a comma or "và", where "tổ chức" is a noun).
_VERBS = (
    "chịu trách nhiệm|có trách nhiệm|là cơ quan|chủ trì|chủ động|phối hợp|theo dõi|cụ thể hóa|"
    "cụ thể hoá|tổ chức|triển khai|chỉ đạo|xây dựng|tham mưu|hướng dẫn|thực hiện|lãnh đạo|"
    "rà soát|nghiên cứu|quán triệt|bố trí|đẩy mạnh|tăng cường|kiểm tra|thường xuyên|tiếp tục|"
    "phát động|làm tốt|quan tâm|kịp thời|khẩn trương|định kỳ|căn cứ|ban hành|nắm|đôn đốc|"
    "giám sát|vận động|phổ biến|tuyên truyền|cập nhật|bảo đảm|đảm bảo|trực tiếp"
)
_INLINE_RE = re.compile(
    rf"^(?P<head>[A-ZĐÀ-Ỹ].{{2,400}}?)(?<![,;])(?<!\svà)(?<!\sgiao)(?<!\sđược)\s(?P<verb>{_VERBS})\b"
)
# Words before the addressee that are not part of it: "Đề nghị", "Giao", "Căn cứ kế hoạch này,".
_LEAD_IN_RE = re.compile(
    r"^(?:Căn cứ (?:kế hoạch|hướng dẫn|chỉ thị|quy định|chương trình) (?:này|trên),?\s)?"
    r"(?:(?:Đề nghị|Giao cho|Giao|Yêu cầu)\s)?",
    re.IGNORECASE,
)
# Closing clauses of a document are not tasks: validity, replacement, reporting difficulties.
_CLOSING_RE = re.compile(
    r"^(?:(?:Hướng dẫn|Kế hoạch|Chỉ thị|Quy định|Công văn|Chương trình|Quyết định) này "
    r"(?:thay thế|có hiệu lực|được phổ biến)|.{0,80}có hiệu lực (?:thi hành )?kể từ ngày|"
    r"Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện,? nếu có|Quá trình thực hiện,? nếu có|"
    r"Trên đây là|Kể từ ngày .{0,60}có hiệu lực)",
    re.IGNORECASE,
)


def is_closing(text: str) -> bool:
    """Return True for a closing clause ("Hướng dẫn này thay thế…", "có hiệu lực kể từ ngày ký")."""
    return bool(_CLOSING_RE.match(text.strip()))


def split_inline(title: str) -> tuple[str, str]:
    """Return (addressee, first task) of an inline heading, or (title, "") for a bare name."""
    text = _LEAD_IN_RE.sub("", title.strip(), count=1)
    text = text[:1].upper() + text[1:]
    m = _INLINE_RE.match(text)
    if m and len(m.group("head").split()) < 2:
        m = None
    colon = text.find(":")
    if colon >= 0 and (m is None or colon < m.start("verb")):
        return text[:colon].strip().rstrip("."), text[colon + 1 :].strip()
    if m is None:
        return text.rstrip("."), ""
    return m.group("head").strip(" ,"), text[m.start("verb") :].strip()


def _tasks(group: Section, gref: str, heading: str, doc_date: date | None) -> list[Task]:
    tasks: list[Task] = []

    def add(text: str, ref: str) -> None:
        text = re.sub(r"\s+", " ", text).strip()
        if text and not is_closing(text):
            tasks.append(
                Task(
                    text=text,
                    ref=ref,
                    deadline=find_deadline(text, doc_date=doc_date),
                    unit=named_unit(text, heading=heading),
                )
            )

    paras = [p for p in group.paragraphs if p]
    for n, para in enumerate(paras, 1):
        add(para, gref if len(paras) == 1 and not group.children else f"{gref}, đoạn {n}")
    dash_no = 0
    for child in group.children:
        if child.kind in ("dash", "plus"):
            dash_no += 1
            extra = " ".join(node_text(g) for _, g in iter_nodes(child.children))
            # A closing clause printed after the last bullet lands in that bullet's paragraphs.
            own = " ".join(p for p in child.paragraphs if p and not is_closing(p))
            add(f"{own} {extra}", f"{gref}, gạch đầu dòng {dash_no}")
            continue
        cref = f"{gref}.{child.label}"
        if any(c.kind in ("dash", "plus", "alpha", "dotted", "num") for c in child.children):
            sub = _tasks(child, cref, heading, doc_date)
            if child.title:
                add(child.title, cref)
            tasks.extend(sub)
        else:
            add(" ".join([child.title, *child.paragraphs]), cref)
    return tasks


def _org_sections(sections: list[Section]) -> Iterator[tuple[tuple[str, ...], Section]]:
    """Yield the parts that assign tasks: titles starting with the words, else containing them."""
    found = [
        (p, n)
        for p, n in iter_nodes(sections)
        if n.title and ORG_TITLE_RE.match(lower_words(n.title))
    ]
    if not found:
        found = [
            (p, n)
            for p, n in iter_nodes(sections)
            if n.title and ORG_TITLE_RE.search(lower_words(n.title))
        ]
    inside: set[int] = set()
    for path, node in found:
        if id(node) in inside:
            continue
        inside.update(id(d) for _, d in iter_nodes(node.children))
        yield path, node


def unit_groups(
    sections: list[Section], issuer: str | None, doc_date: date | None, flags: list[str]
) -> list[UnitGroup]:
    """Return the unit groups of every part that assigns tasks, flagging what needs a person."""
    org = list(_org_sections(sections))
    if not org:
        flags.append(
            'Không tìm thấy phần "Tổ chức thực hiện": chưa tách được nhóm đơn vị và nhiệm vụ.'
        )
        return []
    groups: list[UnitGroup] = []
    for path, node in org:
        for child in node.children:
            if child.kind in ("num", "dotted", "alpha"):
                group = _group(child, ".".join((*path, child.label)), issuer, doc_date)
                if group is not None:
                    groups.append(group)
    if not groups:
        flags.append(
            'Phần "Tổ chức thực hiện" không có các mục đánh số theo đơn vị; cần phân nhóm thủ công.'
        )
    for group in groups:
        if not group.unit_kinds and not group.units:
            flags.append(
                f'Chưa xác định được loại đơn vị của nhóm "{group.heading}" ({group.ref}).'
            )
    return groups


def _group(
    child: Section, gref: str, issuer: str | None, doc_date: date | None
) -> UnitGroup | None:
    """Return the group a numbered item addresses, or None for a closing clause."""
    if is_closing(child.title):
        return None
    heading, inline = split_inline(child.title)
    group = UnitGroup(heading=heading, ref=gref)
    group.unit_kinds = unit_kinds(group.heading, issuer=issuer)
    group.units = explicit_units(group.heading)
    body = Section(
        label=child.label,
        paragraphs=[inline, *child.paragraphs] if inline else child.paragraphs,
        children=child.children,
    )
    group.tasks = _tasks(body, gref, group.heading, doc_date)
    return group
