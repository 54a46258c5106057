"""Section III led by a sentence: "… yêu cầu <addressee> <verb> … các nội dung sau:" first."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .addressee import looks_addressee, split_inline
from .cued import ITEMS
from .model import Section

# "Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức đảng … tập trung thực hiện tốt một số nhiệm vụ,
# giải pháp sau:", "… Ban Chỉ đạo … yêu cầu các đồng chí Bộ trưởng … chỉ đạo thực hiện các nội
# dung sau:": the text before the first item asks someone to do what the items say.
_CUE_RE = re.compile(r"(?:^|(?<=\s))(?:yêu cầu|đề nghị|giao)\s", re.IGNORECASE)
_ANNOUNCES_RE = re.compile(r"\s(?:như sau|sau đây|sau)\s?:$")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
# A topic's heading ("1. Về kiện toàn tổ chức bộ máy …") over its tasks is no task itself.
_TOPIC_RE = re.compile(r"^Về\s")
# An addressee named in a lead is short; a longer head is a clause that happens to start alike.
_LEAD_WORDS = 30


def lead_addressee(preamble: list[str]) -> str | None:
    """Return whom the sentence before the first item asks to do what the items say, or None."""
    if not preamble:
        return None
    sentence = _SENTENCE_RE.split(preamble[-1].strip())[-1]
    if not _ANNOUNCES_RE.search(sentence):
        return None
    for cue in reversed(list(_CUE_RE.finditer(sentence))):
        head, inline = split_inline(sentence[cue.end() :])
        if inline and looks_addressee(head, longest=_LEAD_WORDS):
            return head
    return None


def bare_lead(preamble: list[str]) -> str | None:
    """Return the addressee a lead ends on before its items ("… yêu cầu <addressee>:"), or None."""
    # "…, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc
    # Trung ương:" / "1. Chỉ đạo các cấp …": each item says what that addressee is to do.
    sentence = _SENTENCE_RE.split(preamble[-1].strip())[-1] if preamble else ""
    cues = list(_CUE_RE.finditer(sentence))
    if not sentence.endswith(":") or not cues:
        return None
    head, inline = split_inline(sentence[cues[-1].end() :].rstrip(" :"))
    return head if not inline and looks_addressee(head, longest=_LEAD_WORDS) else None


def lead_items(sections: list[Section], addresses: Callable[[Section], bool]) -> list[Section]:
    """Return the items a lead's addressee is to do: those that name no addressee of their own."""
    # A plan's roman parts are no list of what the lead asks; a directive whose numbered items name
    # their own addressees ("4. Sở Nông nghiệp …") asks the lead's bodies in general, no group.
    if any(node.kind != "num" or addresses(node) for node in sections):
        return []
    items: list[Section] = []
    for node in sections:
        subs = [c for c in node.children if c.kind in ITEMS]
        if any(addresses(c) for c in subs):
            # "1. Về phân cấp …" / "1.1. …, các Bộ … khẩn trương …" / "2.2. Khẩn trương …": the
            # sub-items naming a body are its groups, the others the lead's.
            items.extend(c for c in subs if not addresses(c))
        elif _TOPIC_RE.match(node.title) and (node.children or node.paragraphs):
            items.append(replace(node, title=""))
        else:
            items.append(node)
    return items


# "(1) Tích cực, chủ động …", "(2) Nâng cao …": the paragraphs a lead inside an item announces,
# tasks ("… cần tập trung một số nhiệm vụ trọng tâm sau:"), not results ("… kết quả như sau:").
_TASKS_NEXT_RE = re.compile(
    r"\b(?:nhiệm vụ|nội dung|giải pháp|công việc)\b[^:;]{0,60}\s(?:như sau|sau đây|sau)\s?:$"
)
_ENUMERATED_RE = re.compile(r"^(?:\(\d{1,2}\)|-)\s")
_CLAUSE_RE = re.compile(r"[,;]\s")


def _named(sentence: str) -> str | None:
    """Return the addressee a clause of the sentence opens with and says what it does, or None."""
    for start in (0, *(m.end() for m in _CLAUSE_RE.finditer(sentence))):
        head, inline = split_inline(sentence[start:])
        if inline and looks_addressee(head, longest=_LEAD_WORDS):
            return head
    return None


def inner_lead(paragraphs: list[str]) -> tuple[int, str, int] | None:
    """Return (index, addressee, how many) of a paragraph leading the enumerated ones after it."""
    # "2. Về nhiệm vụ trọng tâm …" / "…, Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành
    # uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:" /
    # "(1) …" … "(6) …": the item's own lead names whom the enumerated paragraphs ask.
    for n, para in enumerate(paragraphs):
        listed = 0
        for below in paragraphs[n + 1 :]:
            if not _ENUMERATED_RE.match(below):
                break
            listed += 1
        sentence = _SENTENCE_RE.split(para.strip())[-1]
        if listed < 2 or not _TASKS_NEXT_RE.search(sentence):
            continue
        if (head := _named(sentence)) is not None:
            return n, head, listed
    return None


_ASKS_RE = re.compile(r"^(?:Đề nghị|Yêu cầu)\s")


def asked(paragraph: str) -> tuple[str, str] | None:
    """Return (addressee, task) of a paragraph asking a body ("Đề nghị Thường trực tỉnh uỷ …")."""
    if not _ASKS_RE.match(paragraph):
        return None
    head, inline = split_inline(paragraph)
    return (head, inline) if inline and looks_addressee(head, longest=_LEAD_WORDS) else None
