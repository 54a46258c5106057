"""Headings and bullets a line break splits (a chapter's word, its number) or fakes (a cut name)."""

from __future__ import annotations

import re

# A portal prints "Chương" / "III" / "TỔ CHỨC THỰC HIỆN" and "Điều" / "9. Trách nhiệm …" on
# lines of their own: the word alone and the numeral below it are one heading.
HEADING_WORD = re.compile(r"(?:Chương|CHƯƠNG|Điều)")
_CHAPTER_NUMERAL = re.compile(r"[IVXL]{1,6}(?:\s?[.:-]?\s[A-ZĐÀ-Ỹ].*)?")
_ARTICLE_NUMERAL = re.compile(r"\d{1,3}\s?[.:](?:\s.*)?")


def numbered_heading(prev: str, line: str) -> bool:
    """Return True when prev is a chapter's or article's word alone and line its number."""
    if not HEADING_WORD.fullmatch(prev):
        return False
    numeral = _ARTICLE_NUMERAL if prev == "Điều" else _CHAPTER_NUMERAL
    return bool(numeral.fullmatch(line))


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(label: str) -> int:
    """Return the value of a roman numeral."""
    values = [_ROMAN_VALUES[ch] for ch in label]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


# Words a roman numeral is cited after: "Ban Chấp hành Trung ương khóa" / "XI", "Phụ lục" / "II".
_CITES_NUMERAL = re.compile(
    r"\b(?:kh[óo]a|phụ lục|mục|phần|chương|quý|lần thứ|hạng|loại|nhóm|vùng|khu vực|cấp độ)$",
    re.IGNORECASE,
)


def cited_numeral(prev: str, label: str, title: str, last: str | None) -> bool:
    """Return True when a roman numeral opening a line is cited by the open line above it.

    "… khóa" / "XI. Sơ kết …": the word ending the line takes a numeral; "… thông qua chức năng"
    / "IX.8.8 “Thêm/sửa …”": a function's code. A part's own numeral follows the last part's (or
    is I, the first) and stays a part.
    """
    if not (_CITES_NUMERAL.search(prev) or title[:1].isdigit()):
        return False
    return _roman(label) != (_roman(last) if last else 0) + 1


_COMPOUND_REST = re.compile(r"^-\s(?:xã hội|nghề nghiệp|kinh tế|văn hóa|văn hoá|kỹ thuật)\b")
# A line this long that stops without a stop was cut by a wrap.
_WRAPPED_CHARS = 60
# A department's name cut before its dash: "… Sở Lao động" / "- Thương binh và Xã hội …".
_NAME_HALVES = re.compile(
    r"\b(?:Lao động\|- Thương binh|Văn ho[áa]\|- (?:Xã hội|Thể thao)|Kinh tế\|- Xã hội|"
    r"Giáo dục\|- Đào tạo|Khoa học\|- Công nghệ|Kế hoạch\|- Đầu tư)\b"
)


def cut_at_dash(prev: str, line: str) -> bool:
    """Return True when a line opening on "- " is the rest of a phrase a line break cut at its dash.

    "tổ chức chính trị" / "- xã hội …": a compound's second word; "… Xã hội quận" / "- huyện.":
    a word in lower case under a line as long as a wrapped one ("a) ý một" / "- gạch" is a
    bullet); "… Sở Lao động" / "- Thương binh và Xã hội …": a department's second half.
    """
    if not line.startswith("- "):
        return False
    if _COMPOUND_REST.match(line) or (line[2:3].islower() and len(prev) >= _WRAPPED_CHARS):
        return True
    return bool(_NAME_HALVES.search(f"{prev[-12:]}|{line[:14]}"))


def heading_ahead(raws: list[str], n: int, line: str) -> bool:
    """Return True when line is "Điều" or "Chương" alone and the next line its number.

    "… theo quy định" / "Điều" / "6. Trách nhiệm …": without a blank line the open paragraph
    would take the word; it heads the article the number below opens.
    """
    if not HEADING_WORD.fullmatch(line):
        return False
    ahead = next((raws[i].strip() for i in range(n + 1, len(raws)) if raws[i].strip()), "")
    return numbered_heading(line, ahead)
