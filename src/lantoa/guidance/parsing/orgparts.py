"""Section III's parts: the titles that name a part assigning tasks, and a chapter's articles."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .closing import is_closing
from .model import Section
from .sections import iter_nodes, lower_words

# "5.2. Tổ chức thực hiện công tác tuyên truyền về bầu cử; …" is a task in a plan's contents:
# the words before the work they carry out are no part's title.
# A decree's or circular's "Điều 16. Trách nhiệm thi hành" / "1. Bộ Tài chính chủ trì …" charges
# bodies too; its closing "… chịu trách nhiệm thi hành Nghị định này" is no group (closing.py).
# "Điều 17. Trách nhiệm tổ chức thực hiện" names the part too, no organisation ("tổ chức").
ORG_TITLE_RE = re.compile(
    r"tổ chức thực hiện(?! công tác\b)|trách nhiệm (?:tổ chức )?(?:thực hiện|thi hành)|"
    r"phân công (?:nhiệm vụ|thực hiện|trách nhiệm)"
)

# "Chương III / TRÌNH TỰ, THỦ TỤC … VÀ TRÁCH NHIỆM CỦA CÁC TỔ CHỨC …", "QUYỀN HẠN, TRÁCH NHIỆM CỦA
# CÁC NGÀNH …", "TRÁCH NHIỆM CỦA CÔNG AN CÁC ĐƠN VỊ, ĐỊA PHƯƠNG …": a part (a chapter) named for
# the duties of bodies assigns them as well, beside a closing "Điều 18. Trách nhiệm thi hành".
_DUTY_BODIES = r"(?:tổ chức|cơ quan|ngành|cấp|đơn vị|bộ|sở|địa phương|công an)\b"
_DUTIES_PART_RE = re.compile(rf"\btrách nhiệm của (?:các )?{_DUTY_BODIES}")

# "Điều 23. Trách nhiệm của các đơn vị trong việc thực hiện …": an article of a procedure named
# for the duties of its bodies, one numbered item each ("1. Văn phòng Tổng cục Hải quan thực
# hiện:"); an article of one body's duties ("Trách nhiệm của Bộ trưởng …") is no such part.
_DUTIES_ARTICLE_RE = re.compile(rf"^trách nhiệm của các {_DUTY_BODIES}")


def duties_article(node: Section) -> bool:
    """Return True for a title "Trách nhiệm của các cơ quan, tổ chức" naming bodies in general."""
    return bool(_DUTIES_ARTICLE_RE.match(lower_words(node.title)))


# "Điều 9. Công nhận …" / "2. Tổ chức thực hiện công nhận, công nhận lại doanh nghiệp …:": a
# clause of an article that carries out a procedure's step is no part; one titled by the words
# alone ("3. Tổ chức thực hiện:") is.
_BARE_ORG_TITLE_RE = re.compile(rf"^(?:{ORG_TITLE_RE.pattern})[\s.:]*$")


def _org_title(path: tuple[str, ...], title: str) -> bool:
    """Return True for a title naming the part that assigns tasks."""
    words = lower_words(title)
    if any(label.startswith("Điều") for label in path[:-1]):
        return bool(_BARE_ORG_TITLE_RE.match(words))
    return bool(ORG_TITLE_RE.match(words))


def org_sections(sections: list[Section]) -> Iterator[tuple[tuple[str, ...], Section]]:
    """Yield the parts that assign tasks: titles starting with the words, else containing them."""
    found = [
        (p, n)
        for p, n in iter_nodes(sections)
        if n.title
        and (
            _org_title(p, n.title)
            or (n.kind == "roman" and _DUTIES_PART_RE.search(lower_words(n.title)))
            or (n.label.startswith("Điều") and _DUTIES_ARTICLE_RE.match(lower_words(n.title)))
        )
    ]
    if not found:
        # "V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN": a heading, not a task that mentions the words.
        found = [
            (p, n)
            for p, n in iter_nodes(sections)
            if n.title
            and n.kind in ("roman", "num", "dotted")
            and len(n.title.split()) <= 10
            and ORG_TITLE_RE.search(lower_words(n.title))
        ]
    yield from found


def articles(
    path: tuple[str, ...], node: Section, addresses: Callable[[Section], bool]
) -> list[tuple[tuple[str, ...], Section]]:
    """Return a part's articles ("Điều 5. …") whose items mostly address units."""
    # "Điều 13." / "1. Người thuộc diện … nộp hồ sơ …", "2. Trên cơ sở …", "3. Cơ quan quản lý nhà
    # cấp tỉnh có trách nhiệm …": a procedure's steps, one naming a body, assign no group each.
    return [
        ((*path, c.label), c)
        for c in node.children
        if c.kind == "num" and c.label.startswith("Điều") and mostly(c, addresses)
    ]


def mostly(node: Section, addresses: Callable[[Section], bool]) -> bool:
    """Return True when half of a node's items at least, and one at least, address units."""
    # A closing clause among them ("1. Thủ trưởng … chịu trách nhiệm thi hành …") is no item.
    items = [c for c in node.children if c.kind != "plus" and not is_closing(c.title)]
    named = sum(1 for c in items if addresses(c))
    return named > 0 and 2 * named >= len(items)


def own_items(node: Section, kinds: tuple[str, ...]) -> list[Section]:
    """Return a part's items up to where their numbers start over ("1." after "2.")."""
    # "Điều 24. Tổ chức thực hiện" / "1. Thủ trưởng các đơn vị …", "2. Trong quá trình …" / "1.
    # Hàng hóa đề nghị …", "3. Báo cáo nội dung sự việc …": the forms printed after the last
    # article's items number their own fields, no body's duties.
    items: list[Section] = []
    for child in node.children:
        if child.kind not in kinds:
            continue
        if child.kind == "num" and child.label == "1" and any(c.kind == "num" for c in items):
            break
        items.append(child)
    return items


# "Điều 6. Trách nhiệm Văn phòng UBND tỉnh", "Điều 16. Trách nhiệm, quyền hạn của Sở Tư pháp",
# "Điều 12. Đề nghị Ủy ban Mặt trận …": a regulation's article of one body's duties, wherever its
# chapter stands; "Trách nhiệm giám định …" names a matter, no body (the addressee test).
_DUTY_ARTICLE_RE = re.compile(r"^(?:trách nhiệm(?:, quyền hạn)?(?: của)?|đề nghị|nội dung)\s")


def duty_articles(
    sections: list[Section],
    found: list[tuple[tuple[str, ...], Section]],
    addresses: Callable[[Section], bool],
) -> list[tuple[tuple[str, ...], Section]]:
    """Return the parts found and, as parts, the articles of a body's duties none of them holds.

    Each run of such articles under one chapter becomes one part, its articles the items that
    name the bodies, as a "Tổ chức thực hiện" chapter's are.
    """
    # "Điều 7. Trách nhiệm của các Sở, ban, ngành cấp tỉnh" over duties is those bodies' article;
    # over numbered bodies ("1. Sở Tư pháp", …) it stays their lead-in.
    found = [
        (p, n) for p, n in found if not (_own_duties(n, addresses) and not mostly(n, addresses))
    ]
    held = {id(n) for _, part in found for _, n in iter_nodes([part])}
    parts: list[tuple[tuple[str, ...], Section]] = []
    for path, node in [((), Section(label="", children=sections)), *iter_nodes(sections)]:
        if id(node) in held:
            continue
        duties = [c for c in node.children if id(c) not in held and _own_duties(c, addresses)]
        if duties:
            parts.append((path, Section(label=node.label, kind=node.kind, children=duties)))
    if not parts:
        return found
    # In the order the text prints them: a part's place is its first article's.
    order = {id(n): i for i, (_, n) in enumerate(iter_nodes(sections))}
    first = {id(node): id(node.children[0]) for _, node in parts}
    return sorted(
        [*found, *parts], key=lambda part: order.get(first.get(id(part[1]), id(part[1])), 0)
    )


def _own_duties(node: Section, addresses: Callable[[Section], bool]) -> bool:
    """Return True for an article titled for the duties of the bodies it names, with text."""
    return (
        node.label.startswith("Điều")
        and bool(_DUTY_ARTICLE_RE.match(lower_words(node.title)))
        and bool(node.children or node.paragraphs)
        and addresses(node)
    )
