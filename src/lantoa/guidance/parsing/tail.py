"""A document's tail: where its body ends, its "Nơi nhận" and signer, and the two side by side."""

from __future__ import annotations

import re

from lantoa.core.partydoc.signing import MODE_PATTERN, signing_mode

from .model import Signer
from .orgnames import lower_keeping
from .sections import is_upper_line

MODE_RE = re.compile(rf"^(?P<mode>{MODE_PATTERN})\s?(?P<rest>[A-ZĐÀ-Ỹ].*)?$")
POSITION_RE = re.compile(
    r"^(?:PHÓ\s)?(?:TRƯỞNG BAN|TRƯỞNG TIỂU BAN|BÍ THƯ|TỔNG BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|"
    r"CHÁNH VĂN PHÒNG|CHỦ NHIỆM|THỦ TRƯỞNG|TỔNG BIÊN TẬP|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|"
    r"THƯỜNG TRỰC|ỦY VIÊN|Q\. ?TRƯỞNG BAN|THỦ TƯỚNG|TỔNG CỤC TRƯỞNG|CHÁNH ÁN)"
)
SIGNED_RE = re.compile(r"^[(\[]?\s?(?:đã ký|đã kí|ký|kí)(?:[^)\]]*)[)\]]?$", re.IGNORECASE)
NAME_RE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\.?\s){1,5}[A-ZĐÀ-Ỹ][a-zà-ỹđ]*$")

RECEIVED_RE = re.compile(r"^(?P<left>Nơi\s?nhận\s?:?)\s?(?P<right>\S.*)?$", re.IGNORECASE)
_MODE_AT = re.compile(rf"(?:^|\s)(?-i:{MODE_PATTERN})\s?(?=[A-ZĐÀ-Ỹ])")
_UPPER_WORD = r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.]*"
# The right column's piece at the end of a recipient line: a mode line, a position, or a name,
# after the punctuation that ends the recipient ("- Ban Tuyên giáo Trung ương, PHÓ BÍ THƯ").
_SHARED = re.compile(
    rf"^(?P<left>[-+•].*?[,;.:])\s(?P<right>PHÓ|(?:(?-i:{MODE_PATTERN})\s?)?{_UPPER_WORD}"
    rf"(?:\s{_UPPER_WORD})+|(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){{1,4}}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)$"
)
_BODY_BEFORE_POSITION = re.compile(
    r"\s(?=(?:PHÓ\s)?(?:TỔNG BÍ THƯ|BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG TIỂU BAN|GIÁM ĐỐC)\b)"
)
# Lines from the end of the text where the signature block may start.
_TAIL_LINES = 60


def _signature_piece(text: str) -> bool:
    """Return True for text of the signature column (a mode, a position or an upper-case run)."""
    if _MODE_AT.match(text) or POSITION_RE.match(text):
        return True
    words = text.split()
    # An upper-case body name ("BAN THƯỜNG VỤ") has marked letters; "VT, NC" abbreviations not.
    return len(words) >= 2 and text.isupper() and any(ch in "ƯƠÂÊÔĂỤỦỨỪ" for ch in text)


def split_modes(line: str) -> list[str]:
    """Return a mode line cut before a second mode or a position after the body's name."""
    starts = [m.start() for m in _MODE_AT.finditer(line) if m.start() > 0]
    if starts and _MODE_AT.match(line):
        cut = starts[0]
        return [line[:cut].strip(), *split_modes(line[cut:].strip())]
    m = _MODE_AT.match(line)
    if m:
        # "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ": the position starts the next line; "T/M BAN BÍ THƯ"
        # names the Ban Bí thư, whose "BÍ THƯ" is no position; "TM. TIỂU BAN TRƯỞNG TIỂU BAN"
        # ends a sub-board's name before its head's position.
        for p in _BODY_BEFORE_POSITION.finditer(line, m.end()):
            before = line[: p.start()].split()
            head = re.match(r"(?:PHÓ\s)?TRƯỞNG TIỂU BAN", line[p.end() :]) is not None
            if p.start() > m.end() and before and (before[-1] != "BAN" or head):
                return [line[: p.start()].strip(), line[p.start() :].strip()]
    return [line]


POSITION_AT = re.compile(
    r"\s(?=(?:PHÓ\s)?(?:BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG TIỂU BAN|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|"
    r"TỔNG CỤC TRƯỞNG|CHÁNH ÁN|CHÁNH VĂN PHÒNG|THỦ TƯỚNG)\b)"
)
# Family names that start the second of two names printed on one line.
FAMILY_NAMES = frozenset(
    (
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đào",
        "Đoàn",
        "Vương",
        "Trịnh",
        "Đinh",
        "Lò",
        "Lương",
        "Cao",
        "Tạ",
        "Quách",
        "Triệu",
        "Hầu",
        "Lục",
        "Mạc",
        "Nông",
        "Giàng",
        "Sùng",
        "Thào",
        "Vi",
    )
)


def is_person_name(line: str) -> bool:
    """Return True for a line that is a person's name alone ("Trần Cẩm Tú")."""
    return bool(NAME_RE.match(line)) and line.split()[0] in FAMILY_NAMES


_PERSON = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){3,7}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")


def _two_pieces(line: str) -> tuple[str, str] | None:
    """Return the two columns of a title or name line printed side by side, or None."""
    if line.isupper():
        # "PHÓ BÍ THƯ PHÓ GIÁM ĐỐC": the second position starts at its own "PHÓ", not inside one.
        cuts = [
            m.start() for m in POSITION_AT.finditer(line) if line[: m.start()].split()[-1] != "PHÓ"
        ]
        return (line[: cuts[0]].strip(), line[cuts[0] :].strip()) if cuts else None
    if _PERSON.match(line):
        words = line.split()
        at = [i for i in range(2, len(words) - 1) if words[i] in FAMILY_NAMES]
        return (" ".join(words[: at[-1]]), " ".join(words[at[-1] :])) if at else None
    return None


def _side_by_side(lines: list[str]) -> list[str]:
    """Return two signing blocks printed side by side (one line each row) one after the other."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        modes = split_modes(lines[i])
        if len([p for p in modes if _MODE_AT.match(p)]) < 2:
            out.extend(modes)
            i += 1
            continue
        first, second = [modes[0]], modes[1:]
        i += 1
        while i < len(lines) and (pair := _two_pieces(lines[i])) is not None:
            first.append(pair[0])
            second.append(pair[1])
            i += 1
        out.extend(first + second)
    return out


# "- Lưu Văn phòng Trung ương Đảng. Trần Cẩm Tú": a PDF's text layer runs the signer's name,
# printed below the recipients' column, onto the filing line that ends the text.
_NAME_AFTER_FILED_RE = re.compile(r"^[-+•]?\s?Lưu\b.*?[.;)](?=\s(?P<name>[A-ZĐÀ-Ỹ][^.;,()]*)$)")


def _name_after_filed(line: str) -> list[str]:
    """Return the filing line and the signer's name run onto its end, or the line alone."""
    m = _NAME_AFTER_FILED_RE.match(line)
    if m is None or not is_person_name(m.group("name")):
        return [line]
    return [line[: m.end()], m.group("name")]


def unshare_tail(lines: list[str]) -> list[str]:
    """Return lines with the signature column taken out of the "Nơi nhận" lines it shares.

    A copy that joined the two columns row by row prints "Nơi nhận: T/M BAN THƯỜNG VỤ",
    "- Ban Tuyên giáo Trung ương, PHÓ BÍ THƯ", "- Lưu VPTU. Nguyễn Văn An": the recipients are
    read first, the signature block after them, as a two-column page is read.
    """
    first = max(0, len(lines) - _TAIL_LINES)
    tail: list[str] = []
    left: list[str] = []
    right: list[str] = []
    shared = False
    for line in lines[first:]:
        m = RECEIVED_RE.match(line)
        if m and m.group("right") and _signature_piece(m.group("right")):
            tail.extend(left + right)
            left, right, shared = [m.group("left")], [m.group("right")], True
        elif tail and RECEIVED_RE.match(tail[-1]) and _MODE_AT.match(line):
            # "Nơi nhận:" / "K/T TRƯỞNG BAN" / "- Ban Bí thư (để báo cáo), PHÓ": a PDF's text
            # layer gives the two columns' rows one after the other, the mode's below the heading.
            tail.extend(left + right)
            left, right, shared = [tail.pop()], [line], True
        elif not shared:
            tail.append(line)
        elif (s := _SHARED.match(line)) and (
            _signature_piece(s.group("right"))
            or not s.group("right").isupper()
            or s.group("right") == "PHÓ"
        ):
            left.append(s.group("left"))
            right.append(s.group("right"))
        elif line[:1] in "-+•":
            left.append(line)
        else:
            right.append(line)
    # "PHÓ" at a recipient's line end, "TRƯỞNG BAN" on the next: one position, cut.
    right = re.sub(r"(?m)^PHÓ\n", "PHÓ ", "\n".join(right)).split("\n") if right else []
    tail.extend(left + right)
    if tail and not shared:
        tail[-1:] = _name_after_filed(tail[-1])
    return [*lines[:first], *_side_by_side(tail)]


def signing_blocks(lines: list[str], start: int) -> int:
    """Return how many signing blocks (a mode line, then a signer's name) follow start."""
    blocks, open_block = 0, False
    for line in lines[start:]:
        if _MODE_AT.match(line):
            open_block = True
        elif open_block and NAME_RE.match(line) and not SIGNED_RE.match(line):
            blocks, open_block = blocks + 1, False
    return blocks


_POSITION_WORDS = [
    "phó",
    "trưởng",
    "bí thư",
    "chủ tịch",
    "giám đốc",
    "chánh văn phòng",
    "chánh án",
    "quốc hội",
    "thường trực",
    "chủ nhiệm",
    "tổng biên tập",
    "ủy viên",
    "thủ trưởng",
    "bộ trưởng",
    "thủ tướng",
]
_POSITION_CASE = {word: word[:1].upper() + word[1:] for word in _POSITION_WORDS}


def position_case(text: str) -> str:
    """Return "PHÓ TRƯỞNG BAN" as "Phó Trưởng ban"."""
    low = lower_keeping(text, _POSITION_CASE)
    # "Trưởng" heads "Trưởng ban", but a minister is a "Bộ trưởng", a deputy a "Thứ trưởng", the
    # head of a department a "Tổng cục trưởng" or "Cục trưởng".
    low = re.sub(r"(?<!\w)(bộ|thứ|cục) Trưởng(?!\w)", r"\1 trưởng", low)
    low = re.sub(r"(?<!\w)tổng cục trưởng(?!\w)", "Tổng cục trưởng", low)
    return low[:1].upper() + low[1:]


_RECEIVED_ABOVE_MODE = 30


_RECEIVED_LINE_RE = re.compile(r"^Nơi\s?nhận\b", re.IGNORECASE)


def _short_mode(line: str) -> bool:
    """Return True for a signing-mode line of a signature block ("TM. CHÍNH PHỦ")."""
    return bool(MODE_RE.match(line)) and len(line) < 80


def find_tail(lines: list[str], start: int) -> tuple[int, int | None, int | None]:
    """Return (end of body, index of "Nơi nhận", index of the signing-mode line)."""
    recipients = None
    mode = None
    floor = max(start, len(lines) // 3)
    for i in range(len(lines) - 1, floor - 1, -1):
        line = lines[i]
        if recipients is None and re.match(r"^Nơi\s?nhận\b", line, re.IGNORECASE):
            recipients = i
        if mode is None and _short_mode(line):
            mode = i
    if recipients is None and mode is None:
        # No signing line below the floor: a page's long chrome after the signature ("THỦ
        # TƯỚNG" / name, then the site's footer) leaves "Nơi nhận" above a third of the text.
        recipients = next(
            (i for i in range(floor - 1, start - 1, -1) if _RECEIVED_LINE_RE.match(lines[i])), None
        )
    if recipients is None and mode is not None:
        # A page's chrome after the signature ("Hiệu lực: …", related documents) pulls the floor
        # down past a "Nơi nhận" that stands just above the signing block.
        for i in range(mode - 1, max(start, mode - _RECEIVED_ABOVE_MODE) - 1, -1):
            if re.match(r"^Nơi\s?nhận\b", lines[i], re.IGNORECASE):
                recipients = i
                break
    # "TM. CHÍNH PHỦ" / "KT. THỦ TƯỚNG": the block signed for a body by its head's deputy starts
    # at the first of its modes; the last one says how it is signed.
    top = mode
    while top is not None and top - 1 >= start and _short_mode(lines[top - 1]):
        top -= 1
    cands = [i for i in (recipients, top) if i is not None]
    if not cands:
        for i in range(len(lines) - 1, max(floor, len(lines) - 8) - 1, -1):
            if POSITION_RE.match(lines[i]) and is_upper_line(lines[i]):
                cands.append(i)
                mode = None
                break
    end = min(cands) if cands else len(lines)
    return end, recipients, mode


# "Đại tướng Lương Tam Quang": a general or officer signs with the rank before the name.
_RANK_RE = re.compile(r"^(?:Đại|Thượng|Trung|Thiếu)\s(?:tướng|tá|úy|uý)\s(?=[A-ZĐÀ-Ỹ])")
_NAME_SIGNED_RE = re.compile(rf"^(?P<name>{NAME_RE.pattern[1:-1]})\s?\((?:Đã ký|đã ký|Đã kí)\)$")


# "Triệu Thị Ngọc 8": a PDF's last page prints its number below the name, read onto its line.
_PAGE_AFTER_NAME_RE = re.compile(r"\s\d{1,3}$")


def _signed_name(line: str) -> str | None:
    """Return the name a line prints, without a rank before it or a page number after it."""
    name = _PAGE_AFTER_NAME_RE.sub("", _RANK_RE.sub("", line))
    return name if NAME_RE.match(name) else None


def _position_line(line: str) -> bool:
    return bool(POSITION_RE.match(line)) and is_upper_line(line) and len(line) < 60


def parse_signer(lines: list[str], mode_index: int | None, end: int) -> tuple[Signer, list[str]]:
    """Return the signer and any tail lines that were not understood."""
    signer = Signer()
    start = mode_index
    if start is None:
        # The last position line near the end; else, where footnotes and a portal's footer follow
        # the signature ("THỦ TƯỚNG" / "Phạm Minh Chính" / "[1] …"), the first below the body.
        last = range(len(lines) - 1, max(end, len(lines) - 40) - 1, -1)
        start = next((i for i in last if _position_line(lines[i])), None)
        if start is None:
            start = next(
                (i for i in range(end, min(len(lines), end + 40)) if _position_line(lines[i])), None
            )
    if start is None:
        # "Nguyễn Văn An (Đã ký)" closing the text: a copy that kept the signer's name and the
        # mark of the signature, not the position above them.
        signer.name = next(
            (m.group("name") for ln in lines[-2:] if (m := _NAME_SIGNED_RE.match(ln))), None
        )
        return signer, []
    line = lines[start]
    m = MODE_RE.match(line)
    i = start + 1
    if m:
        signer.mode = signing_mode(m.group("mode")) or None
        title_lines: list[str] = []
        while i < len(lines) and is_upper_line(lines[i]) and not NAME_RE.match(lines[i]):
            title_lines.append(lines[i])
            i += 1
        # "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / PHÓ THỦ TƯỚNG": a deputy signs with the
        # deputy's office under the head's; a line below it is another office the signer holds.
        deputy = [t for t in title_lines if t.startswith("PHÓ ")]
        # "T/M BỘ CHÍNH" / "TRỊ", "T/M BAN BÍ THƯ": on behalf of a body, whose name may wrap; the
        # signer's title is a position below it, never the body's name or its last word.
        if signer.mode == "T/M":
            title_lines = [t for t in title_lines if _position_line(t)]
        if title_lines and signer.mode == "K/T" and deputy:
            signer.title = position_case(deputy[0])
        elif title_lines:
            signer.title = position_case(title_lines[-1])
        elif m.group("rest") and signer.mode != "T/M":
            signer.title = position_case(m.group("rest"))
    else:
        signer.title = position_case(line)
    names = [ln for ln in lines[i:] if _signed_name(ln) and not SIGNED_RE.match(ln)]
    if names:
        signer.name = _signed_name(names[-1])
        leftovers = [
            ln
            for ln in lines[i:]
            if ln != names[-1]
            and not SIGNED_RE.match(ln)
            and not re.match(r"^Nơi\s?nhận", ln, re.IGNORECASE)
        ]
    else:
        leftovers = []
    return signer, leftovers
