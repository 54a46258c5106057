"""Which items of section III address units: an item's title, the bodies it names, its bullets."""

from __future__ import annotations

import re
from collections.abc import Callable

from .addressee import duties_heading, looks_addressee, split_inline
from .closing import closes_over, is_closing
from .cued import ITEMS
from .model import Section
from .orgparts import ORG_TITLE_RE, duties_article, mostly
from .sections import lower_words


def addressed_sentence(text: str) -> bool:
    """Return True when a sentence names an addressee and what it is to do."""
    head, inline = split_inline(text)
    return bool(inline) and looks_addressee(head, longest=100)


def inline_addressee(text: str) -> str:
    """Return the addressee an inline heading names."""
    return split_inline(text)[0]


def item_title(node: Section) -> str:
    """Return a numbered item's title, or a bullet's first paragraph."""
    if node.kind in ("dash", "plus"):
        return node.paragraphs[0] if node.paragraphs else ""
    return node.title


_REWARDED_RE = re.compile(r"\s(?:sẽ\s)?được khen thưởng\b")
_STAFF_RE = re.compile(
    r"^(?:Các\s)?(?:cán bộ|công chức|viên chức|người lao động|đảng viên)"
    r"(?:,?\s(?:và\s)?(?:cán bộ|công chức|viên chức|người lao động|đảng viên))*[\s.:]*$",
    re.IGNORECASE,
)


def addresses(node: Section) -> bool:
    """Return True when an item's title names the units it addresses."""
    title = item_title(node)
    # "Điều 6. Tổ chức thực hiện" names a part, not the "Tổ chức" it starts with.
    if not title or is_closing(title) or ORG_TITLE_RE.match(lower_words(title)):
        return False
    # "1. Tổ chức, cá nhân có thành tích … sẽ được khen thưởng …": what a party is given.
    if _REWARDED_RE.search(title):
        return False
    # "2. Bộ trưởng, …, Trưởng ban" / "Ban Quản lý … chịu trách nhiệm thi hành Quyết định này":
    # a closing clause whose line broke before a capital.
    broken = node.kind not in ("dash", "plus") and node.paragraphs
    if broken and closes_over(title, node.paragraphs):
        return False
    if duties_over_text(node) and duties_heading(title):
        return True
    head, inline = split_inline(title)
    # "2. Cán bộ, công chức" / "a) Sử dụng Hệ thống …": staff named alone over their duties.
    if not inline and node.children and _STAFF_RE.match(title.strip()):
        return True
    # A list of a dozen bodies before what they do ("6. Đề nghị Văn phòng Tỉnh ủy …, Kho bạc nhà
    # nước khu vực XI tăng cường …") is long; a heading with no task after it stays short.
    return looks_addressee(head, longest=100 if inline else 60)


def duties_over_text(node: Section) -> bool:
    """Return True for an item with duties below its title: items, or an article's paragraphs."""
    # "Điều 16. Trách nhiệm của thuê bao" / "Thuê bao có trách nhiệm thực hiện …": one paragraph.
    return bool(node.children) or (node.label.startswith("Điều") and bool(node.paragraphs))


def _names(node: Section) -> bool:
    """Return True for an item titled by an addressee alone, or by one before a colon."""
    # "1.1. Ủy ban nhân dân Thành phố:", "2.4. Sở Kế hoạch và Đầu tư: Căn cứ …"; "a) Cơ quan chủ
    # trì" / "- Bộ Quốc phòng." names a role, not a body.
    if not addresses(node):
        return False
    head, inline = split_inline(node.title)
    return ":" in node.title if inline else bool(node.children or node.paragraphs)


def listed_names(item: Section) -> Callable[[Section], bool]:
    """Return how an item's sub-items are told to be addressees heading groups of their own."""
    # "Điều 28. Trách nhiệm của doanh nghiệp …" / "1. Tổng giám đốc, Giám đốc có trách nhiệm:",
    # "2. Hội đồng thành viên … có trách nhiệm:", "3. Trưởng Ban kiểm soát … có trách nhiệm giúp
    # …": beside bodies heading their own lists, most of the sub-items, a body charged inline is
    # one more; sub-items all inline ("- Các doanh nghiệp công nghệ số chủ động …"), or one list
    # beside one inline charge ("a) Giao Công an tỉnh …;", "b) Giao Ban Quản lý … có trách nhiệm:"
    # under "1. Các sở, ngành"), are the item's own tasks.
    items = [c for c in item.children if c.kind in ITEMS]
    if item.label.startswith("Điều") and duties_article(item) and mostly(item, addresses):
        # "Điều 18. Trách nhiệm của các cơ quan, tổ chức" / "1. Các cơ quan đảng … có trách nhiệm
        # chia sẻ …", "2. Văn phòng Trung ương Đảng có trách nhiệm:": the article names bodies in
        # general; each numbered body, inline or over a list, is charged on its own.
        return addresses
    if 2 * sum(1 for c in items if _names(c)) > len(items):
        return lambda node: (
            _names(node) or (addresses(node) and bool(split_inline(item_title(node))[1]))
        )
    return _names


def topic_bullets(item: Section) -> list[Section]:
    """Return a topic item's bullets when they, not the topic, name the bodies; else the item.

    "4. Chế độ phối hợp, báo cáo" / "- Các đơn vị có liên quan phối hợp, kiểm tra …", "- Ủy ban
    nhân dân quận, huyện tổng hợp, báo cáo …": a topic names no body, its bullets each charge one.
    """
    bullets = [c for c in item.children if c.kind == "dash"]
    if addresses(item) or item.paragraphs or not bullets or len(bullets) != len(item.children):
        return [item]
    return bullets if all(addresses(b) for b in bullets) else [item]


def has_groups(node: Section) -> bool:
    """Return True when a part's items, or else its bullets, address units."""
    return any(addresses(c) for c in node.children if c.kind != "plus")
