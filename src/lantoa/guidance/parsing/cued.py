"""Section III beyond its named part: addressees cued inside an item, a dispatch's other parts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .closing import ends_body, is_closing_part
from .model import Section
from .orgparts import mostly
from .sections import iter_nodes

# The numbered kinds of item that may each address a unit ("1.", "1.1.", "a)").
ITEMS = ("num", "dotted", "alpha")

# "… chính quyền địa phương 2 cấp. Yêu cầu các đồng chí bí thư tỉnh uỷ … phải quán xuyến …":
# a sentence that opens by asking or charging someone starts that addressee's group.
_CUE = r"(?:Yêu cầu|Giao|Đề nghị)\s"
_CUE_RE = re.compile(rf"(?<=[.!?])\s+(?={_CUE})")
_OPENS_RE = re.compile(_CUE)

# A text of this many topics or more explains rules (a guidance, a Quy định), not only tasks.
_MANY_TOPICS = 8


def _pieces(text: str) -> list[str]:
    """Return a text cut before each sentence that opens with a cue word."""
    return [piece.strip() for piece in _CUE_RE.split(text) if piece.strip()]


def cued_parts(
    item: Section, addressed: Callable[[str], bool], head: Callable[[str], str] | None = None
) -> list[Section]:
    """Return an item as one part per cued addressee, or the item alone when it names none."""
    if item.kind in ("dash", "plus") or not item.title:
        return [item]

    def cued(piece: str) -> bool:
        return bool(_OPENS_RE.match(piece)) and addressed(piece)

    item, asked = _asked_after_bullets(item, cued)
    return [*_cued_item(item, cued, addressed, head), *asked]


def _asked_after_bullets(
    item: Section, cued: Callable[[str], bool]
) -> tuple[Section, list[Section]]:
    """Return the item without the paragraphs after its last bullet that ask another body.

    "- Tham mưu chuẩn bị …" / "Đề nghị Văn phòng Đảng ủy, … phối hợp …": a paragraph printed
    after the last bullet lands in that bullet, yet it asks a body of its own (not after the
    document's "Trên đây là …", where a call to everyone concerned closes it).
    """
    last = item.children[-1] if item.children else None
    if last is None or last.kind not in ("dash", "plus") or last.children:
        return item, []
    end = next((n for n, para in enumerate(last.paragraphs) if ends_body(para)), None)
    at = next((n for n, para in enumerate(last.paragraphs[:end]) if n and cued(para)), None)
    if at is None:
        return item, []
    asked: list[Section] = []
    for para in last.paragraphs[at:]:
        if cued(para):
            asked.append(Section(label=item.label, title=para, kind=item.kind))
        else:
            asked[-1].paragraphs.append(para)
    kept = replace(last, paragraphs=last.paragraphs[:at])
    return replace(item, children=[*item.children[:-1], kept]), asked


def _cued_item(
    item: Section,
    cued: Callable[[str], bool],
    addressed: Callable[[str], bool],
    head: Callable[[str], str] | None,
) -> list[Section]:
    """Return an item as one part per addressee cued in its title or paragraphs."""

    parts = [Section(label=item.label, title="", kind=item.kind)]
    for n, piece in enumerate(_pieces(item.title)):
        if n and cued(piece):
            parts.append(Section(label=item.label, title=piece, kind=item.kind))
        else:
            last = parts[-1]
            last.title = f"{last.title} {piece}".strip()
    # "18. Khuyến khích Mặt trận … phát huy vai trò …" / "Hội, hiệp hội … chủ động, tích cực …":
    # under an item that names its addressee inline, a paragraph naming another starts its group
    # ("Bộ Tư pháp báo cáo kết quả." under "Giao Bộ Tư pháp rà soát …" goes on with its own).
    own = head(item.title) if head is not None and addressed(item.title) else None

    def other(para: str) -> bool:
        return own is not None and head is not None and addressed(para) and head(para) != own

    for para in item.paragraphs:
        if cued(para) or other(para):
            parts.append(Section(label=item.label, title=para, kind=item.kind))
        else:
            parts[-1].paragraphs.append(para)
    if len(parts) == 1:
        return [item]
    parts[-1].children = item.children
    return parts


# A dispatch or a directive addresses units throughout: its roman parts before "III. TỔ CHỨC THỰC
# HIỆN" ("I. VỀ HOÀN THIỆN THỂ CHẾ" / "1. Bộ trưởng các Bộ …"; a Chỉ thị's "I. Trách nhiệm phối
# hợp …" / "1. Các cơ quan đăng ký đầu tư …") assign tasks as that part does. A plan's
# "II. NHIỆM VỤ" stays out: its section III is the one part so named.
DISPATCH_TYPES = frozenset({"Công điện", "Chỉ thị"})

Part = tuple[tuple[str, ...], Section]


def dispatch_parts(
    sections: list[Section], org: list[Part], addresses: Callable[[Section], bool]
) -> list[Part]:
    """Return a dispatch's parts that assign tasks: its other roman parts addressing units too."""
    taken = {id(node) for _, node in org}
    parts: list[Part] = []
    for node in sections:
        if id(node) in taken:
            parts.extend(part for part in org if part[1] is node)
        elif (
            node.kind == "roman"
            and not _holds(node, taken)
            and any(addresses(c) for c in node.children if c.kind in ITEMS)
        ):
            parts.append(((node.label,), node))
    # A part found deeper than the top level keeps its place after the others.
    parts.extend(part for part in org if part not in parts)
    return parts


def _holds(node: Section, ids: set[int]) -> bool:
    """Return True when one of the node's descendants is among ids."""
    return any(id(child) in ids for _, child in iter_nodes(node.children))


def nested_groups(
    item: Section, addresses: Callable[[Section], bool]
) -> tuple[Section, list[tuple[str, Section]]]:
    """Return an item without its sub-parts that list addressees, and those addressees' items."""
    # "2. Các sở, ban, ngành, địa phương: …" / "2.2. Trách nhiệm cụ thể" / "a) Sở Nông nghiệp …",
    # "b) Sở Xây dựng": a sub-part whose own items address units holds groups of its own.
    kept: list[Section] = []
    nested: list[tuple[str, Section]] = []
    for sub in item.children:
        items = [c for c in sub.children if c.kind in ITEMS]
        # Every item is a heading naming one, its tasks below: "a) Tổ chức hội nghị …." and
        # "b) Báo cáo kết quả …." are sentences, tasks that read like addressees.
        named = [c for c in items if _heading(c) and addresses(c)]
        if sub.kind in ITEMS and len(named) >= 2 and len(named) == len(items):
            # "2.2." under "2." is part 2 of it: its ref is "…2.2.a", not "…2.2.2.a".
            nested.extend((f"{sub.label.rsplit('.', 1)[-1]}.{c.label}", c) for c in named)
        else:
            kept.append(sub)
    if not nested:
        return item, []
    return replace(item, children=kept), nested


def listed_groups(
    item: Section, names: Callable[[Section], bool]
) -> tuple[Section, list[tuple[str, Section]]]:
    """Return an item without its sub-items when each of them is an addressee's heading."""
    # "1. Đối với Ủy ban nhân dân các cấp" / "1.1. Ủy ban nhân dân Thành phố:" / "- …", "1.2. Ủy
    # ban nhân dân quận, huyện:" / "- …": the item only heads the groups its sub-items are.
    if item.paragraphs or not item.children:
        return item, []
    named = [c for c in item.children if c.kind in ITEMS and names(c)]
    if len(named) < 2 or len(named) != len(item.children):
        return item, []
    return replace(item, children=[]), [(c.label.rsplit(".", 1)[-1], c) for c in named]


def _heading(item: Section) -> bool:
    """Return True for an item whose title is no sentence and that has text below it."""
    return not item.title.rstrip().endswith((".", ";")) and bool(item.children or item.paragraphs)


def addressed_lists(sections: list[Section], addresses: Callable[[Section], bool]) -> list[Part]:
    """Return the lists that address units in a text with no part named for it."""
    # A Chỉ thị or Công văn addresses units in numbered items: the top level or the roman part
    # whose numbered items most address units.
    candidates: list[Part] = [((), Section(label="", children=sections))]
    candidates += [((n.label,), n) for n in sections if n.kind == "roman"]
    best, best_count = None, 1
    for path, node in candidates:
        count = sum(1 for c in node.children if c.kind == "num" and addresses(c))
        if count > best_count:
            best, best_count = (path, node), count
    if best is None:
        # "Điều 2. Sở Lao động … có trách nhiệm xây dựng kế hoạch …": a decision's one article
        # charging a body assigns its task as a list would; "Điều 7. Trách nhiệm của các Bộ …"
        # whose clauses name the bodies is the part that lists them.
        articles = [
            ((c.label,), c)
            if sum(1 for x in c.children if x.kind in ITEMS and addresses(x)) >= 2
            else ((), Section(label="", children=[c]))
            for c in sections
            if c.kind == "num" and c.label.startswith("Điều") and addresses(c)
        ]
        best = articles[0] if len(articles) == 1 else None
    if best is not None:
        return [best]
    # "I. Các Chi cục Hải quan trên toàn quốc" / "1. Hướng dẫn bổ sung …", "III. Cục Hải quan TP.Hồ
    # Chí Minh hướng dẫn …": a letter's roman parts named for their addressees are its groups,
    # their numbered items the tasks (the items' own lettered points and bullets tell how).
    named = [
        replace(n, kind="num", children=[replace(c, children=[]) for c in n.children])
        for n in sections
        if n.kind == "roman" and addresses(n)
    ]
    if len(named) >= 2:
        return [((), Section(label="", children=named))]
    # "1. Về việc rà soát …" / "1.1. Giao Sở Nông nghiệp …", "2. Về …" / "- Giao Sở Xây dựng …":
    # topics whose own items, or else bullets, address units.
    topics = [
        ((n.label,), n)
        for n in sections
        if n.kind == "num" and not addresses(n) and not is_closing_part(n.title)
    ]
    # "16. Về kiểm tra sau thông quan" / "a) Cục trưởng Cục Hải quan … ban hành quyết định …", "b)
    # Thời gian kiểm tra …": a rule's clauses, one naming who acts, are no topic's groups.
    counts = [
        sum(1 for c in n.children if c.kind != "plus" and addresses(c))
        if mostly(n, addresses)
        else 0
        for _, n in topics
    ]
    chosen: list[Part] = [topic for topic, count in zip(topics, counts, strict=True) if count]
    # "7. Phát và quản lý thẻ đảng viên" / "a) Chi bộ: …" in two of a guidance's nineteen topics:
    # who acts in a procedure it explains; a letter's topics that assign tasks are not so few.
    if sum(counts) < 2 or (len(topics) >= _MANY_TOPICS and 4 * len(chosen) < len(topics)):
        return []
    return chosen
