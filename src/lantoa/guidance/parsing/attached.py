"""The document a decision issues, printed after its signature with a "(Kèm theo …)" caption."""

from __future__ import annotations

import re

from .appendix import read_caption
from .model import Section
from .numbers import TYPE_ALT
from .sections import build_tree

# What follows the signature: a Phụ lục (tables, forms) or a document this one issues, whose
# caption "(Kèm theo Quyết định số …)" stands under its title (read_caption finds it).
_SCHEDULE_RE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|Mẫu|Biểu)\b", re.IGNORECASE)
# A draft's or a portal's caption may leave the number blank: "(Kèm theo Quyết định số
# /QĐ-TTg ngày tháng năm 2025 …)" still says the text above it is what the decision issues.
_BLANK_CAPTION_RE = re.compile(
    rf"^[(\[]?\s?(?:Ban hành\s)?[Kk][èe]m theo\s(?i:{TYPE_ALT})\s(?i:số)[\s.…:]*/"
)


def _captioned(appendix: list[str]) -> bool:
    """Return True when a caption under the attached text's title names the issuing document."""
    if read_caption(appendix):
        return True
    # "(Ban hành kèm theo Quyết định số" / "/2025/QĐ -UBND)": the blank number wrapped below.
    heads = appendix[:8]
    pairs = (" ".join(heads[i : i + 2]) for i in range(len(heads)))
    return any(_BLANK_CAPTION_RE.match(line.strip(" *_")) for line in pairs)


def attached_sections(appendix: list[str]) -> list[Section]:
    """Return the parts of a document issued by this one and printed after its signature.

    A Quyết định that issues a Kế hoạch signs first, then prints the plan, whose "Tổ chức thực
    hiện" assigns the tasks; a Phụ lục of tables is no such document and gives nothing.
    """
    if not appendix or _SCHEDULE_RE.match(appendix[0]) or not _captioned(appendix):
        return []
    sections, _ = build_tree(appendix)
    return [n for n in sections if n.kind == "roman"]
