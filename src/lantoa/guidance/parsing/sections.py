"""Line preparation (rejoining broken lines) and the section tree (I / 1 / 1.1 / a / bullets)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lantoa.core.partydoc.signing import MODE_PATTERN

from .linewidth import hard_wrapped, long_line, overflows, short_first_lines, wrap_width
from .locate import SUMMARY_RE
from .model import Section
from .numbers import CITATION_RE, TYPE_ALT
from .splitheadings import HEADING_WORD, cited_numeral, cut_at_dash, heading_ahead, numbered_heading

MAX_LINE_CHARS = 20000

ROMAN_RE = re.compile(r"^(?P<label>[IVX]{1,5})(?:\s?[-.):]\s?|\s(?=[A-ZĐÀ-Ỹ]))(?P<title>.*)$")
LETTER_PART_RE = re.compile(r"^(?P<label>[A-E])\.\s(?P<title>\S.{3,})$")
DOTTED_RE = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s?[-)]?\s(?P<title>.*)$")
# "75-KL/TW, …" at a line start is a cited number wrapped there, not item 75: "-" needs a space.
NUM_RE = re.compile(r"^(?P<label>\d{1,2})\s?(?:[.)]|-(?=\s))\s?(?P<title>(?!\d).*)$")
# An article of a Quy định or Quyết định ("Điều 21. Các cơ quan …") ranks as a numbered item.
ARTICLE_RE = re.compile(r"^(?P<label>Điều\s\d{1,3})\s?[.:]\s?(?P<title>\S.*)$")
_BARE_ARTICLE_RE = re.compile(r"^Điều\s\d{1,3}\s?[.:]?$")
# "Chương III" / "TỔ CHỨC THỰC HIỆN", "MỤC IV. TỔ CHỨC THỰC HIỆN": a chapter is a part as a roman
# one is, its title often on the next line.
CHAPTER_RE = re.compile(
    r"^(?:Chương|CHƯƠNG|MỤC)\s(?P<label>[IVXL]{1,6}|\d{1,2})(?:\s?[.:-]\s?|\s|$)(?P<title>.*)$"
)
# thuvienphapluat.vn's crawl prints its caption before a chapter's heading ("Nghị định
# 44/2025/NĐ-CP. Chương VI TRÁCH NHIỆM THỰC HIỆN"): the heading is the chapter's all the same.
_CRAWL_CAPTION_RE = re.compile(rf"^(?i:{TYPE_ALT})\s\d[\w/.-]*\.\s(?=(?:Chương|CHƯƠNG|MỤC)\s)")
ALPHA_RE = re.compile(r"^(?P<label>[a-zđ])\s?[).]\s(?P<title>.*)$")
BULLET_RE = re.compile(r"^(?P<label>[-+•·*])\s?(?P<title>.*)$")

LEVELS: dict[str, float] = {"roman": 1, "num": 2, "dotted": 3, "alpha": 4, "dash": 5, "plus": 6}
_TERMINAL = (".", ":", ";", "!", "?")


@dataclass
class Marker:
    """A recognised list/section marker at the start of a line."""

    kind: str
    label: str
    title: str


def classify(line: str) -> Marker | None:
    """Return the section marker that starts line, or None for a plain paragraph."""
    m = CHAPTER_RE.match(_CRAWL_CAPTION_RE.sub("", line, count=1))
    if m and (not m.group("title") or is_upper_line(m.group("title"))):
        return Marker("roman", m.group("label"), m.group("title").strip())
    m = LETTER_PART_RE.match(line)
    if m and is_upper_line(m.group("title")):
        # "B. NỘI DUNG, NHIỆM VỤ …" / "I. …", "D. TỔ CHỨC THỰC HIỆN": a part as a roman one is.
        return Marker("roman", m.group("label"), m.group("title").strip())
    m = ROMAN_RE.match(line)
    if m and m.group("title").strip():
        return Marker("roman", m.group("label"), m.group("title").strip())
    m = DOTTED_RE.match(line)
    if m:
        return Marker("dotted", m.group("label"), m.group("title").strip())
    if _BARE_ARTICLE_RE.match(line):
        # "Điều 8." alone on its line: an article whose clauses follow, not a paragraph.
        return Marker("num", line.rstrip(" .:"), "")
    m = NUM_RE.match(line) or ARTICLE_RE.match(line)
    if m and m.group("title").strip():
        return Marker("num", m.group("label"), m.group("title").strip())
    m = ALPHA_RE.match(line)
    if m:
        return Marker("alpha", m.group("label"), m.group("title").strip())
    m = BULLET_RE.match(line)
    if m and m.group("title").strip():
        kind = "plus" if m.group("label") == "+" else "dash"
        return Marker(kind, m.group("label"), m.group("title").strip())
    return None


def is_upper_line(line: str) -> bool:
    """Return True when the line has letters and all of them are upper case."""
    # Most lines have a lower-case letter or no cased one: str.isupper says so at C speed (it also
    # counts cased symbols such as ⓐ or ⅰ, which the letters below skip).
    if not line.isupper():
        return False
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


_NO_JOIN_START = re.compile(
    rf"^(?:Nơi nhận|Kính gửi|(?-i:{MODE_PATTERN})(?=\s|[A-ZĐ]|$))", re.IGNORECASE
)
_SENTENCE_START = re.compile(
    r"^(?:Thực hiện|Căn cứ|Triển khai|Để|Nhằm|Trong|Qua|Theo|Sau|Ngày|Đồng thời|Trên cơ sở|"
    r"Ban\s[A-ZĐ][^\s]*\s[^\s]+\s(?:hướng dẫn|ban hành))\b"
)


_YEAR_END = re.compile(r"\b(?:19|20)\d\d$")
_DASH_YEAR = re.compile(r"^-\s?(?:19|20)\d\d\b")
_OPEN_END = re.compile(r"(?:\s(?:và|của|các|với|cho|về|tại|trên|theo|Đề nghị|Giao)|,)$")

# Share of blank lines above which blank lines, not line ends, separate paragraphs; a text
# wrapped at a fixed width has fewer blank lines per line (its paragraphs run over five lines).
_ITEM_WRAPS = 3
_BLANK_PARAGRAPHS = 0.3
_BLANK_WRAPPED = 0.12


def _soft_break(prev_raw: str, line: str, width: int | None) -> bool:
    """Return True when line's first word would not have fitted on the wrapped line above it.

    A wrap cuts a paragraph where its next word overflows the width; a paragraph's own end
    leaves room on its last line, so only such a break is the paragraph's end.
    """
    # "… chịu trách nhiệm thi hành Thông tư này." / "Trong quá trình thực hiện …": a sentence
    # that opens a paragraph of its own may fill the line above it too; so may "Điều" / "16.
    # Trách nhiệm …", an article's word cut from its number.
    if width is None or _SENTENCE_START.match(line) or HEADING_WORD.fullmatch(line):
        return False
    return overflows(prev_raw, line, width)


def prepare_lines(text: str) -> list[str]:
    """Split text into non-empty lines, rejoining lines broken in the middle of a sentence."""
    out: list[str] = []
    prev_kind: str | None = None
    raws = text.split("\n")
    blank = sum(1 for r in raws if not r.strip())
    # Pages copied from a portal wrap lines at ~80 characters and separate paragraphs by a blank
    # line; there a line that follows another directly continues it, whatever its first letter.
    by_blank = blank >= _BLANK_PARAGRAPHS * max(len(raws) - blank, 1) or (
        blank >= _BLANK_WRAPPED * max(len(raws) - blank, 1) and hard_wrapped(raws)
    )
    # Without blank lines, a wrapped text's paragraphs end where a line leaves room (a PDF's text
    # layer, a page copied without its spacing).
    width = None if by_blank else wrap_width(raws)
    short_first = width is not None and short_first_lines(raws, width)
    after_blank = True
    last_num: str | None = None
    last_roman: str | None = None
    wraps = 1
    for n, raw in enumerate(raws):
        line = raw.strip()
        if not line:
            after_blank = True
            continue
        if len(line) > MAX_LINE_CHARS:
            line = line[:MAX_LINE_CHARS]
        if out and (resume := _crawl_break(line)):
            out[-1] = f"{out[-1]} {line[resume:]}"
            continue
        if out and numbered_heading(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
            marker = classify(out[-1])
            prev_kind = marker.kind if marker else "para"
            after_blank = False
            continue
        if out and _numbered_on(out, line, last_num):
            last_num, out[-1] = out[-1], f"{out[-1]} {line}"
            prev_kind, after_blank = "num", False
            continue
        if out and not after_blank and (cut := _number_run_on(out[-1], line, last_num)):
            out[-1], line = out[-1][:cut].rstrip(), f"{out[-1][cut:].strip()} {line}"
        # "giai đoạn 2026" / "- 2030, tập trung …": a year range cut at its dash.
        year_range = _YEAR_END.search(out[-1]) and _DASH_YEAR.match(line) if out else False
        if out and (cut_at_dash(out[-1], line) or year_range) and not out[-1].endswith(_TERMINAL):
            out[-1] = f"{out[-1]} {line}"
            after_blank = False
            continue
        if out and not after_blank and _cited_numeral(out[-1], line, prev_kind, last_roman):
            out[-1] = f"{out[-1]} {line}"
            continue
        soft = by_blank or (n > 0 and _soft_break(raws[n - 1], line, width))
        # Where paragraphs open on a short line, a long one after a full stop goes on.
        soft = soft or (short_first and width is not None and long_line(line, width))
        wrapped = soft and not after_blank and _wrapped(out[-1], line, prev_kind)
        blank_before, after_blank = after_blank, False
        # A numbered item wrapped over three lines is a paragraph, no heading: a capital on the
        # next line goes on with it as it would with a paragraph's ("… năm 2026. Bộ" / "Khoa học").
        kind = "para" if prev_kind == "num" and wraps >= _ITEM_WRAPS else prev_kind
        joins = bool(out) and (wrapped or _continues(out[-1], line, kind, after_blank=blank_before))
        if joins and not heading_ahead(raws, n, line):
            out[-1] = f"{out[-1]} {line}"
            wraps += 1
            continue
        marker = classify(line)
        prev_kind = marker.kind if marker else ("upper" if is_upper_line(line) else "para")
        if marker is not None and marker.kind == "num":
            last_num = marker.label
        if marker is not None and ROMAN_RE.match(line):
            last_roman = marker.label
        out.append(line)
        wraps = 1
    return out


def _cited_numeral(prev: str, line: str, prev_kind: str | None, last_roman: str | None) -> bool:
    """Return True when a line opening on a roman numeral is the rest of an unfinished sentence."""
    # "… Ban Chấp hành Trung ương khóa" / "XI. Sơ kết …" under part III: no part "XI".
    m = ROMAN_RE.match(line)
    if m is None or prev_kind in (None, "upper") or is_upper_line(prev):
        return False
    if prev.endswith(_TERMINAL) or is_upper_line(m.group("title")):
        return False
    return cited_numeral(prev, m.group("label"), m.group("title"), last_roman)


# The same crawl breaks a sentence before the word "Chương" and prints its caption there ("…
# theo quy định tại" / "Nghị định 44/2025/NĐ-CP. Chương III Nghị định này, doanh nghiệp …").
_CRAWL_BREAK_RE = re.compile(r"Chương\s[IVXL]{1,6}\s(?![\[(])")


def _crawl_break(line: str) -> int:
    """Return where a sentence a crawl broke before "Chương" goes on, past its caption, or 0."""
    m = _CRAWL_CAPTION_RE.match(line)
    if m is None or not _CRAWL_BREAK_RE.match(line, m.end()) or classify(line) is not None:
        return 0
    return m.end()


# "3" / "- Ủy ban nhân dân các huyện, thành phố:": a crawl cuts an item "3 - …" after its number.
_BARE_NUMBER = re.compile(r"\d{1,2}")


def _numbered_on(out: list[str], line: str, last_num: str | None) -> bool:
    """Return True when line is the text of the item whose bare number ends out.

    The number must follow the item before it, or open a list after a line ending in ":", so a
    page's number alone on its line stays apart.
    """
    if not (line.startswith("- ") and _BARE_NUMBER.fullmatch(out[-1])):
        return False
    number = int(out[-1])
    if number == 1:
        return len(out) > 1 and out[-2].endswith(":")
    return last_num == str(number - 1)


# "III. TỔ CHỨC THỰC HIỆN 1." / "Các sở, ban, ngành …", "1. Tăng cường … và tiến bộ 1.1." / "Tổ
# chức nghiên cứu …": a crawl runs the next item's number onto the end of the line above it.
_RUN_ON_NUMBER = re.compile(r"(?<=\S)\s(?P<label>\d{1,2}(?:\.\d{1,2}){0,2})\.$")
# "… quy định tại mục 2.1." ends a sentence on a cited part's number.
_CITED_PART = re.compile(
    r"(?:mục|khoản|điểm|điều|phụ lục|phần|chương|số|bảng|biểu|mẫu|tại|theo)$", re.IGNORECASE
)


def _number_run_on(prev: str, line: str, last_num: str | None) -> int | None:
    """Return where the number of the item on line starts at the end of prev, or None.

    The number is 1 under an upper-case heading, or the first sub-item of the numbered item
    prev is ("2. Nâng cao … 2.1."), and line opens in a capital with no marker of its own.
    """
    m = _RUN_ON_NUMBER.search(prev)
    if m is None or not line[:1].isupper() or classify(line) is not None:
        return None
    before = prev[: m.start()]
    if _CITED_PART.search(before):
        return None
    label = m.group("label")
    if label == "1":
        marker = classify(before)
        heading = is_upper_line(before) and (marker is None or marker.kind == "roman")
        return m.start() + 1 if heading else None
    parent, _, last = label.rpartition(".")
    return m.start() + 1 if parent and parent == last_num and last == "1" else None


# Header lines stand alone even without blank lines around them.
_HEADER_PART = re.compile(r"^(?:Số\s?[:.]?\s?\d|V/v\b|Về việc\b|Độc lập\s?-)", re.IGNORECASE)


_SITE_PIECE = re.compile(
    r"^(?:Tìm kiếm(?: tin tức)?|Trang chủ|/\S+\.(?:png|jpe?g|gif|svg|webp))$", re.IGNORECASE
)


def _wrapped(prev: str, line: str, prev_kind: str | None) -> bool:
    """Return True when a line right after another (no blank between) is its wrapped rest."""
    if prev_kind in (None, "upper") or is_upper_line(prev) or is_upper_line(line):
        return False
    if _NO_JOIN_START.match(line) or _HEADER_PART.match(prev) or _HEADER_PART.match(line):
        return False
    # "Tìm kiếm" or an image's path ("/UploadFiles/….png") over a page's title: a site's word or
    # file, no wrapped text.
    if _SITE_PIECE.match(prev):
        return False
    # "Kế hoạch Phát triển du lịch …" over "Số ký hiệu 32/KH-UBND": a portal's summary row.
    if SUMMARY_RE.match(line):
        return False
    if re.match(r"^[^,\d]{2,40},\s?ngày\s?\d", line) or prev.endswith(":"):
        return False
    # "… (theo Phụ lục đính kèm)." / "2." / "Giao Sở …": an item's number alone on its line after
    # a finished sentence starts that item (_continues joins the line below to it).
    if _LONE_NUMBER.fullmatch(line) and prev.endswith(_TERMINAL):
        return False
    # "… tuyệt đối không để người dân đói, rét." / "(2) Huy động …": an item numbered in
    # brackets after a finished sentence starts that item (a table's blank rows may make a text
    # without blank paragraphs look like one with them).
    if (m := _BRACKET_ITEM.match(line)) and m.group(1).isupper() and prev.endswith(_TERMINAL):
        return False
    return classify(line) is None


# "2." or "2.3." (a sub-item's number) alone on its line, its body below it.
_LONE_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5})\s?[.)\-]")
# Not a roman numeral, nor a table's "TT" (order) column.
_ACRONYM = re.compile(r"(?![IVXL]+$)(?!S?TT$)[A-ZĐ]{2,6}")
_BRACKET_ITEM = re.compile(r"\(\d{1,2}\)\s?(\w)")
_LONE_ARTICLE = re.compile(r"Điều\s\d{1,3}[.:]")
_CITED_END = re.compile(r"\s\d{1,5}(?:/\d{4})?\s?[-/]\s?[A-ZĐ][\w/&.-]*;$")

_CUT_NUMBER = re.compile(r"(?<![\d/-])\d{1,5}-$")
_SYMBOL_REST = re.compile(r"^(?![IVX]+/)[A-ZĐ]{1,10}(?:-[A-ZĐ]{1,10})?/[A-ZĐ0-9]")
# "… trong quý" / "II/2026": a quarter cut after its word; its numeral is no heading.
_QUARTER_CUT = re.compile(r"\bquý$", re.IGNORECASE)
_QUARTER_REST = re.compile(r"^(?:I{1,3}|IV)\s?/\s?\d{4}\b")


def _continues(prev: str, line: str, prev_kind: str | None, *, after_blank: bool = False) -> bool:
    """Return True when line continues the previous line's sentence."""
    if re.match(r"^Số\s?[:.]?$", prev):
        return True
    if _QUARTER_CUT.search(prev) and _QUARTER_REST.match(line):
        return True
    # A group number alone on its line ("2." then "Các tỉnh ủy, thành ủy …").
    if _LONE_NUMBER.fullmatch(prev) and classify(line) is None:
        return True
    # "Điều 5." / "Trách nhiệm của Sở Tư pháp": an article's number alone, its title right below
    # (a text without blank lines); a finished sentence there is the article's text, apart.
    if _LONE_ARTICLE.fullmatch(prev) and not after_blank and classify(line) is None:
        return not line.endswith(_TERMINAL)
    # A line ending on a connective ("Sở Văn hóa, Thể thao và", "Đề nghị") is cut mid-phrase.
    # "… Quốc hội và" / "HĐND" / "tỉnh, …": an acronym alone is the phrase's next word.
    if _OPEN_END.search(prev) and classify(line) is None:
        if is_upper_line(line) and not _ACRONYM.fullmatch(line):
            return False
        return prev_kind != "upper" and not is_upper_line(prev)
    # A clause ended by ";" and continued in lower case is one task, not two.
    if prev.endswith(";") and line[0].islower() and classify(line) is None:
        return True
    # "… tuyên truyền Chỉ thị số 37-CT/TW;" / "Quyết định số 416/QĐ-TTg; Kế hoạch số …": a list of
    # cited documents broken after one of them.
    if _CITED_END.search(prev) and CITATION_RE.match(line) and classify(line) is None:
        return True
    # "… Chỉ thị số 49-" / "NQ/TW, đồng thời …": a cited number a wrap cut at its dash.
    if _CUT_NUMBER.search(prev) and _SYMBOL_REST.match(line) and not is_upper_line(line):
        return True
    if re.match(r"^[^,\d]{2,40},\s?ngày\s?\d", line):
        return False
    if prev_kind == "upper" or is_upper_line(prev) or _NO_JOIN_START.match(line):
        return False
    if prev.endswith(_TERMINAL) or prev.rstrip().endswith(("Nơi nhận", "Nơi nhận:")):
        return False
    first = line[0]
    # "… vận động, kêu gọi ủng hộ đồng bào với tinh thần" / "“tình dân tộc, nghĩa đồng bào” …":
    # a quotation opening a line goes on with the unfinished sentence above it.
    if first in '“"' and classify(line) is None:
        return True
    marker = classify(line)
    if first.islower() and (marker is None or marker.kind not in ("alpha",)):
        return True
    if first.isdigit() and marker is None:
        return True
    if is_upper_line(line) or marker is not None or _SENTENCE_START.match(line):
        return False
    # A long line run on by a capital is wrapped text, unless a blank line parts them: then the
    # first is a headline and the second its lead ("… trên địa bàn tỉnh" / "Ban Thường vụ …").
    long_para = prev_kind in ("para", "dash", "plus") and len(prev) >= 60
    return long_para and first.isupper() and not after_blank


def build_tree(lines: list[str]) -> tuple[list[Section], list[str]]:
    """Return the section tree of body lines and the lines before the first section."""
    root = Section(label="", kind="root")
    stack: list[Section] = [root]
    preamble: list[str] = []
    for line in lines:
        marker = classify(line)
        if marker is None:
            node = stack[-1]
            if node is root:
                preamble.append(line)
            elif (
                node.kind == "roman"
                and not node.paragraphs
                and not node.children
                and is_upper_line(line)
            ):
                node.title = f"{node.title} {line}".strip()
            else:
                node.paragraphs.append(line)
            continue
        if marker.kind in ("dash", "plus") and len(stack) == 1:
            preamble.append(line)
            continue
        level = _marker_level(marker.kind, marker.label)
        while len(stack) > 1 and _level(stack[-1]) >= level:
            stack.pop()
        if marker.kind in ("dash", "plus"):
            node = Section(
                label=marker.label, title="", kind=marker.kind, paragraphs=[marker.title]
            )
        else:
            node = Section(label=marker.label, title=marker.title, kind=marker.kind)
        stack[-1].children.append(node)
        stack.append(node)
    return root.children, preamble


# "Điều 8. Tổ chức thực hiện" / "1. Trách nhiệm của …": an article holds its numbered clauses.
_ARTICLE_LEVEL = 1.5


def _marker_level(kind: str, label: str) -> float:
    if kind == "dotted":
        return LEVELS["dotted"] + label.count(".") - 1
    if kind == "num" and label.startswith("Điều"):
        return _ARTICLE_LEVEL
    return LEVELS.get(kind, 0)


def _level(node: Section) -> float:
    return _marker_level(node.kind, node.label)


def node_text(node: Section) -> str:
    """Return a bullet's or section's body text (bullet text plus continuation paragraphs)."""
    return " ".join(p for p in node.paragraphs if p).strip()


def iter_nodes(nodes: list[Section], path: tuple[str, ...] = ()):  # noqa: ANN201
    """Yield (path, node) for every node depth-first."""
    for node in nodes:
        here = (*path, node.label)
        yield here, node
        yield from iter_nodes(node.children, here)


def lower_words(text: str) -> str:
    """Return text lower-cased with collapsed spaces (diacritics kept) for keyword tests."""
    return re.sub(r"\s+", " ", text).strip().lower()
