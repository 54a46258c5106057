"""Where an appendix, or a text the document issues, starts after the tail, and its caption."""

from __future__ import annotations

import re

from lantoa.core.partydoc.signing import MODE_PATTERN

from .numbers import SYM_LETTERS, TYPE_ALT, canonical_type, find_date, normalise_symbol

_APPENDIX_RE = re.compile(
    rf"^(?:PHỤ LỤC|Phụ lục|Mẫu biểu|Biểu mẫu|Biểu số)\b|"
    rf"^[(\[]?\s?(?:Kèm theo|Kem theo|Ban hành kèm theo|Ban hành kem theo)\s(?:{TYPE_ALT})\b",
    re.IGNORECASE,
)
_RECEIVED_RE = re.compile(r"^(?i:Nơi\s?nhận)\b")
_TAIL_MARK_RE = re.compile(rf"^(?:(?i:Nơi\s?nhận)\b|(?:{MODE_PATTERN})(?=\s|[A-ZĐ]|$))")


def appendix_start(lines: list[str]) -> int | None:
    """Return the index where an appendix after the signature starts, or None."""
    seen_tail = False
    # An appendix of tables, one cell a line, can be far longer than the document before it.
    received = next((i for i, ln in enumerate(lines) if _RECEIVED_RE.match(ln)), None)
    first = len(lines) // 3 if received is None else min(len(lines) // 3, received)
    for i in range(first, len(lines)):
        line = lines[i]
        if _TAIL_MARK_RE.match(line):
            seen_tail = True
        elif seen_tail and _APPENDIX_RE.match(line):
            # "DANH SÁCH XÃ, PHƯỜNG …" above "(Ban hành kèm theo …)" is the appendix's title.
            while i > first and _is_title_line(lines[i - 1]):
                i -= 1
            return i
    return _after_signature(lines[:first])


# A signature block's lines: the mode, the post, the name (a gazette copy has no "Nơi nhận").
_BLOCK_LINES = 6
_BLOCK_LINE_CHARS = 60


def _after_signature(lines: list[str]) -> int | None:
    """Return where an appendix starts right below a signature block, or None.

    "TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG" / "Hồ Quốc Dũng" / "Phụ lục": a text
    without "Nơi nhận" whose appendix is longer than it still ends at its signature.
    """
    for i, line in enumerate(lines):
        if not _TAIL_MARK_RE.match(line):
            continue
        for j in range(i + 1, min(i + _BLOCK_LINES + 1, len(lines))):
            if _APPENDIX_RE.match(lines[j]):
                return j
            if len(lines[j]) > _BLOCK_LINE_CHARS:
                break
    return None


def attached_start(lines: list[str]) -> int | None:
    """Return where a text the document issues starts after its tail, or None.

    "QUY ĐỊNH" over "VỀ VIỆC TẶNG QUÀ … (Ban hành kèm theo Quyết định số …)" below "Nơi nhận" or
    a signing mode: a type's name alone in capitals over an upper-case title, its caption under
    it or in it (a text with no caption is not read as the document's, attached.py).
    """
    tail = next((i for i, ln in enumerate(lines) if _TAIL_MARK_RE.match(ln)), None)
    if tail is None:
        return None
    for i in range(tail + 1, len(lines) - 1):
        line, below = lines[i].strip(), lines[i + 1].split()[:3]
        titled = len(below) == 3 and all(w.isupper() for w in below)
        if line.isupper() and canonical_type(line) and titled and read_caption(lines[i : i + 8]):
            return i
        if _typed_title(line) and read_caption(lines[i + 1 : i + 1 + _CAPTION_BELOW]):
            return i
        if _captioned_title(line):
            # A title wrapped over two lines ("… KẾ HOẠCH PHÁT TRIỂN KINH TẾ" / "- XÃ HỘI …
            # NĂM 2024 (Kèm theo …)") starts on the line above its caption's.
            while i > tail + 1 and _is_title_line(lines[i - 1]):
                i -= 1
            return i
    return None


# "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ" / "thực hiện Chỉ thị số 49-CT/TW …" / "(Kèm theo Nghị
# quyết số 100/NQ-CP …)": the programme a resolution issues, its title led by its type, the rest
# of the title and the caption below it.
_TYPE_LED_RE = re.compile(rf"^(?i:{TYPE_ALT})\s")
_CAPTION_BELOW = 3


def _typed_title(line: str) -> bool:
    """Return True for an upper-case title line that opens with a document type."""
    return bool(_TYPE_LED_RE.match(line)) and line.isupper() and len(line.split()) >= _TITLE_WORDS


# "QUY TRÌNH XÁC ĐỊNH TRƯỚC MÃ SỐ … (Ban hành kèm theo Quyết định số 2135/QĐ-TCHQ …) Phần I …",
# "KẾ HOẠCH … NĂM 2015 (Ban hành kèm theo …)", "CHƯƠNG TRÌNH … (Kèm theo Quyết định số …) Thực
# hiện …": a crawl runs the issued text's title, its caption and its first part into one line.
# "(Ban hành kèm Thông tư số 22/2019/TT-BTC …)": a caption may drop "theo" after "Ban hành kèm".
_CAPTION_OPEN_RE = re.compile(r"\((?i:ban hành kèm(?: theo)?|kèm theo)\s")
_TITLE_WORDS = 4


def _captioned_title(line: str) -> bool:
    """Return True for an upper-case title run on into the caption of the decision issuing it."""
    m = _CAPTION_OPEN_RE.search(line)
    if m is None or len(line[: m.start()].split()) < _TITLE_WORDS:
        return False
    letters = [ch for ch in line[: m.start()] if ch.isalpha()]
    return all(ch.isupper() for ch in letters) and bool(read_caption([line[m.start() :]]))


def _is_title_line(line: str) -> bool:
    """Return True for an upper-case title line of five words or more (no signer, no mode)."""
    letters = [ch for ch in line if ch.isalpha()]
    upper = bool(letters) and all(ch.isupper() for ch in letters)
    return upper and len(line.split()) >= 5 and not _TAIL_MARK_RE.match(line)


# ---------------------------------------------------------------- captions

_CAPTION_RE = re.compile(
    # "Ban hành kèm Thông tư số …": "theo" may be left out after "Ban hành".
    r"(?:K[èe]m theo|(?<=(?i:ban hành) )(?i:kèm))"
    rf"\s(?P<type>(?i:{TYPE_ALT}))\s(?:(?i:số)\s?:?\s?)?(?P<num>\d{{1,5}}(?:\s?/\d{{4}})?)"
    rf"\s?(?P<sep>[-/])\s?(?P<sym>[A-ZĐ][{SYM_LETTERS}&0-9]{{0,17}}(?:\s?[-/]\s?[A-ZĐ0-9][{SYM_LETTERS}0-9&]"
    r"{0,15}){0,4})",
    re.IGNORECASE,
)
# "… ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)": the caption's issuer, to its bracket.
# Its first letter in capitals, "Ủy ban …" too (read_caption checks it: [A-Z] has no "Ủ").
_CAPTION_ISSUER_RE = re.compile(r"\s?của\s(?P<issuer>\w[^()]{2,120}?)\)")
# "Kèm theo Kế hoạch số 120/KH-UBND ngày 12 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Hà Tĩnh": a
# caption printed without brackets names its issuer to the end of its line.
_CAPTION_ISSUER_LINE_RE = re.compile(r"\s?của\s(?P<issuer>\w[^()]{2,120}?)\.?$")
# "(Kèm theo Quyết định số 4385/QĐ-BVHTTDL … của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch)": the
# head who signs it issues it under the header of the body the post names.
_HEAD_OF_BODY_RE = re.compile(
    r"^(?:Bộ trưởng|Tổng cục trưởng|Cục trưởng|Giám đốc|Viện trưởng|Trưởng ban)\s"
    r"(?=(?:Bộ|Tổng cục|Cục|Sở|Viện|Ban)\s)"
)


def read_caption(lines: list[str]) -> dict[str, object]:
    """Return the type, number, date and issuer an appendix's caption "Kèm theo …" states."""
    for i, line in enumerate(lines[:8]):
        m = _CAPTION_RE.search(line)
        if m:
            number = normalise_symbol(m.group("num"), m.group("sep"), m.group("sym"))
            # The caption may wrap: its issuer ends at the closing bracket on a later line.
            bracketed = "(" in line[: m.start()]
            rest = (
                " ".join([line[m.end() :], *lines[i + 1 : i + 3]]) if bracketed else line[m.end() :]
            )
            when, dm = find_date(rest[:40])
            owner = _CAPTION_ISSUER_RE if bracketed else _CAPTION_ISSUER_LINE_RE
            im = owner.match(rest[dm.end() if dm else 0 :].rstrip())
            im = im if im is not None and im.group("issuer")[:1].isupper() else None
            return {
                "type": canonical_type(m.group("type")),
                "number": number,
                "date": when,
                "issuer": _HEAD_OF_BODY_RE.sub("", re.sub(r"\s+", " ", im.group("issuer")).strip())
                if im
                else None,
                # "(Ban hành kèm theo Quyết định số …)" under a Thể lệ's title: the decision
                # that issued the text, not the text itself (an attachment's "Kèm theo …" is).
                "issuing": line[: m.start()].rstrip().lower().endswith("ban hành"),
            }
    return {}
