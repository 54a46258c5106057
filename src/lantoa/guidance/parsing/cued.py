"""Section III beyond its named part: addressees cued inside an item, a dispatch's other parts."""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import Section

# "… chính quyền địa phương 2 cấp. Yêu cầu các đồng chí bí thư tỉnh uỷ … phải quán xuyến …":
# a sentence that opens by asking or charging someone starts that addressee's group.
_CUE = r"(?:Yêu cầu|Giao|Đề nghị)\s"
_CUE_RE = re.compile(rf"(?<=[.!?])\s+(?={_CUE})")
_OPENS_RE = re.compile(_CUE)


def _pieces(text: str) -> list[str]:
    """Return a text cut before each sentence that opens with a cue word."""
    return [piece.strip() for piece in _CUE_RE.split(text) if piece.strip()]


def cued_parts(item: Section, addressed: Callable[[str], bool]) -> list[Section]:
    """Return an item as one part per cued addressee, or the item alone when it names none."""
    if item.kind in ("dash", "plus") or not item.title:
        return [item]

    def cued(piece: str) -> bool:
        return bool(_OPENS_RE.match(piece)) and addressed(piece)

    parts = [Section(label=item.label, title="", kind=item.kind)]
    for n, piece in enumerate(_pieces(item.title)):
        if n and cued(piece):
            parts.append(Section(label=item.label, title=piece, kind=item.kind))
        else:
            last = parts[-1]
            last.title = f"{last.title} {piece}".strip()
    for para in item.paragraphs:
        if cued(para):
            parts.append(Section(label=item.label, title=para, kind=item.kind))
        else:
            parts[-1].paragraphs.append(para)
    if len(parts) == 1:
        return [item]
    parts[-1].children = item.children
    return parts


# A dispatch addresses units throughout: its roman parts before "III. TỔ CHỨC THỰC HIỆN"
# ("I. VỀ HOÀN THIỆN THỂ CHẾ" / "1. Bộ trưởng các Bộ …") assign tasks as that part does. A plan's
# "II. NHIỆM VỤ" stays out: its section III is the one part so named.
DISPATCH_TYPES = frozenset({"Công điện"})

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
            and any(addresses(c) for c in node.children if c.kind in ("num", "dotted", "alpha"))
        ):
            parts.append(((node.label,), node))
    # A part found deeper than the top level keeps its place after the others.
    parts.extend(part for part in org if part not in parts)
    return parts


def _holds(node: Section, ids: set[int]) -> bool:
    """Return True when one of the node's descendants is among ids."""
    return any(id(child) in ids or _holds(child, ids) for child in node.children)
