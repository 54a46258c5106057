"""Section III of a letter with no numbered items: "Đề nghị <addressee> <what it does>" in prose."""

from __future__ import annotations

import re
from datetime import date

from .addressee import looks_addressee, split_inline
from .closing import is_closing
from .model import ParsedUnitGroup
from .unitgroup import group_read, task_read

_SALUTATION_RE = re.compile(r"^(?:Kính\s?gửi|KÍNH GỬI)\b")
# "… Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường … thực hiện …", "Đề nghị Ủy ban …".
_ASK_RE = re.compile(r"(?:^|(?<=\s))(?:[Kk]ính\s)?(?:Đề|đề)\snghị\s")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
# "… chủ động điều chỉnh lịch học tập. Cụ thể:" announces the bullets below as the tasks.
_SPECIFIC_RE = re.compile(r"(?:Cụ thể|cụ thể như sau|như sau)\s?:$")


def letter_groups(
    paragraphs: list[str], issuer: str | None, doc_date: date | None
) -> list[ParsedUnitGroup]:
    """Return the groups a letter's prose asks of its addressees, when it numbers no items."""
    if not paragraphs or not _SALUTATION_RE.match(paragraphs[0]):
        return []
    groups: list[ParsedUnitGroup] = []
    for n, para in enumerate(paragraphs):
        for sentence in _SENTENCE_RE.split(para):
            ask = _ASK_RE.search(sentence)
            if ask is None or is_closing(sentence[ask.start() :]):
                continue
            heading, inline = split_inline(sentence[ask.end() :])
            if not inline or not looks_addressee(heading, longest=40):
                continue
            group = group_read(heading, ref=f"đoạn {n + 1}", issuer=issuer)
            texts = [inline]
            if _SPECIFIC_RE.search(para):
                bullets = []
                for below in paragraphs[n + 1 :]:
                    if not below.startswith("- "):
                        break
                    bullets.append(below[2:].strip())
                texts = bullets or texts
            group.tasks = [
                task_read(text, ref=group.ref, heading=heading, doc_date=doc_date) for text in texts
            ]
            groups.append(group)
    return groups
