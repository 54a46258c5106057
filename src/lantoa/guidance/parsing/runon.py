"""A crawled page's header run on in a few lines, or its type word broken in two, mended."""

from __future__ import annotations

import re

from .numbers import SYMBOL_RE, canonical_type
from .sections import is_upper_line

# thuvienphapluat.vn as its crawlers save it: "BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI
# CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------", "Số: 3397/BKHĐT-QLKTTW V/v …
# Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: …", "Hà Nội, ngày 31 tháng 07 năm 2015 QUYẾT ĐỊNH
# VỀ VIỆC …": the body, the motto, the number, the subject, the dateline and what follows it.
_SCAN_LINES = 8
# "Số: 299/TTg Hà Nội, ngày …": the place starts a word, not inside the number's symbol.
_DATELINE_RE = re.compile(
    r"(?<!\S)(?:(?:Thành phố|Thị xã|TP\.|Tp\.)\s?)?"
    r"(?:[A-ZĐ][a-zà-ỹđ]+(?:-[A-ZĐ][a-zà-ỹđ]+)?\s){0,3}"
    r"[A-ZĐ][a-zà-ỹđ]+,\sngày\s\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4}"
)
# What a crawl runs on after the dateline: the salutation or the title in capitals.
_AFTER_DATE_RE = re.compile(r"^\s(?:Kính gửi\b|[A-ZĐÀ-Ỹ]{2,}\s[A-ZĐÀ-Ỹ]{2,})")
_MOTTO_END_RE = re.compile(r"Hạnh phúc(?:\s[-_]{3,})?")
# Where one part of the header ends and the next starts, before the dateline.
_BEFORE_DATE_CUTS = (
    re.compile(r"(?<=\s[-_]{3})[-_]*\s+(?=\S)"),  # after a rule drawn under a name or the motto
    re.compile(r"(?<=\S)\s+(?=CỘNG H(?:ÒA|OÀ) XÃ HỘI)"),  # before the motto
    re.compile(r"(?<=Hạnh phúc)\s+(?=[^-_\s])"),  # after the motto
    re.compile(r"(?<=\S)\s+(?=Số\s?[:.]?\s?\d|Số\s?:)"),  # before the number
    re.compile(r"(?<=\S)\s+(?=V/v\s)"),  # before the subject
)
# "… QUỐC HỘI NƯỚC CỘNG HOÀ … VIỆT NAM Xét thấy, …": the title in capitals, then the text;
# "… TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng …": or a date opening it.
_TITLE_THEN_TEXT_RE = re.compile(
    r"(?<=[A-ZĐÀ-Ỹ]{2})\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]*[\s,]+[a-zà-ỹđ]|(?:Ngày|Hôm nay)\s\d)"
)
# The motto with the number run on after it: "… Hạnh phúc --------------- Số: 16/2023/NĐ-CP".
_RUN_ON_MOTTO_RE = re.compile(r"Hạnh phúc(?:\s[-_]{3,})?\s+Số\s?[:.]?\s?\d")
# "Nghị quyết số:" / "132/2020/QH14", "… Hạnh phúc Số:" / "755/2005/NQ-UBTVQH11 …".
_BARE_NUMBER_LABEL_RE = re.compile(r"^(?:[A-ZĐ][a-zà-ỹđ]*\s(?:[a-zà-ỹđ]+\s)?)?[Ss]ố\s?:$")


def unrun_header(lines: list[str], flat: bool) -> tuple[list[str], bool]:
    """Return the lines with a crawled header's run-on parts put on lines of their own.

    Only a header whose dateline runs on into the salutation or the title is touched: a header
    one part a line, in a table, or on one line (flat), stays as it is.
    """
    if flat:
        return lines, flat
    top = lines[:_SCAN_LINES]
    date_at = next((i for i, line in enumerate(top) if _DATELINE_RE.search(line)), None)
    motto_at = next((i for i, line in enumerate(top) if _MOTTO_END_RE.search(line)), None)
    if date_at is None or motto_at is None or motto_at > date_at:
        return lines, flat
    # A header copied as a table keeps its cells ("| ỦY BAN … ------- | CỘNG HÒA … |").
    if any("|" in line for line in top[: date_at + 1]):
        return lines, flat
    date_line = top[date_at]
    date_m = _DATELINE_RE.search(date_line)
    assert date_m is not None
    # "… Hạnh phúc --------------- Số: 122/2021/NĐ-CP" / "Hà Nội, ngày 28 …": a dateline alone on
    # its line below a motto the number ran onto is the same crawl's header.
    alone = not date_line[date_m.end() :].strip() and any(
        _RUN_ON_MOTTO_RE.search(line) for line in top[:date_at]
    )
    if not (alone or _AFTER_DATE_RE.match(date_line[date_m.end() :])):
        return lines, flat
    pieces: list[str] = []
    for line in [*top[:date_at], date_line[: date_m.start()]]:
        for cut in _BEFORE_DATE_CUTS:
            line = cut.sub("\n", line)
        pieces.extend(p.strip() for p in line.split("\n"))
    rest = date_line[date_m.end() :].strip()
    after = _TITLE_THEN_TEXT_RE.split(rest, maxsplit=1) if rest[:2].isupper() else [rest]
    pieces.extend([date_m.group(0), *after])
    return [*_numbers_joined([p for p in pieces if p]), *lines[date_at + 1 :]], flat


def _numbers_joined(pieces: list[str]) -> list[str]:
    """Return pieces with a bare "Số:" label joined to the number on the piece after it."""
    out: list[str] = []
    for piece in pieces:
        if out and _BARE_NUMBER_LABEL_RE.match(out[-1]) and SYMBOL_RE.match(piece):
            out[-1] = f"Số: {piece}"
        else:
            out.append(piece)
    return out


_TITLE_SCAN_LINES = 60


def join_split_title(lines: list[str]) -> list[str]:
    """Return lines with a type word a web copy broke in two ("THÔNG" / "TƯ") joined again."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (
            i < _TITLE_SCAN_LINES
            and i + 1 < len(lines)
            and is_upper_line(line)
            and canonical_type(line) is None
            and canonical_type(f"{line} {lines[i + 1]}") is not None
        ):
            out.append(f"{line.strip()} {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(line)
        i += 1
    return out
