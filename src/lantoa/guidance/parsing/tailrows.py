"""A signature copied as a table row, its recipients' cell and its signature's, put back."""

from __future__ import annotations

import re

from lantoa.core.partydoc.signing import MODE_PATTERN

from .tail import MODE_RE, POSITION_AT, POSITION_RE, RECEIVED_RE, split_modes

# A signature copied as a table row: "| Nơi nhận: - Văn phòng Chính phủ; - … | TM. ỦY BAN NHÂN
# DÂN TỈNH CHỦ TỊCH Chẩu Văn Lâm |", "|  | THỦ TƯỚNG Nguyễn Tấn Dũng |": the recipients' cell and
# the signature's, each on one line.
_ROW_SIGNATURE_RE = re.compile(
    rf"^(?P<upper>(?:(?:{MODE_PATTERN})\s?)?[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.,\s]*?)"
    r"\s(?P<name>(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,5}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)"
    # "… Nguyễn Văn Hoàn TRƯỞNG BAN XÂY DỰNG ĐẢNG": the signer's own office printed under the name.
    r"(?:\s(?P<office>[A-ZĐÀ-Ỹ]{2,}(?:\s[A-ZĐÀ-Ỹ]{2,})+))?$"
)
# A recipient's bullet after the end of the one before it ("…; - Bộ Tư pháp", "(báo cáo) - …"),
# not a dash inside a name ("Bộ Lao động - TB và XH"); after an end a dash run into its name
# ("…, -Thường trực Uỷ ban MTTQVN Phường") is a bullet too.
_ROW_BULLET_RE = re.compile(r"(?:(?<=[;.,)])|(?<=:))\s(?=[-+](?:\s|[A-ZĐÀ-Ỹ]))")
_ROW_CELLS = 3


def _positions(text: str) -> list[str]:
    """Return text cut before each position, a deputy's "PHÓ" kept with its position."""
    cuts = [m.start() for m in POSITION_AT.finditer(text) if text[: m.start()].split()[-1] != "PHÓ"]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _row_cells(line: str) -> list[str] | None:
    """Return the lines a tail's table row stands for, or None for any other line."""
    if not line.startswith("|"):
        return None
    # A line the copy ran into the row after its last bar ("… Chẩu Văn Lâm | 12_2012_QĐ_UBND_…")
    # follows it.
    row, _, after = line.rpartition("|")
    cells = [c.strip() for c in row.strip("|").split("|")]
    if len(cells) > _ROW_CELLS:
        return None
    out: list[str] = []
    signed = False
    for cell in filter(None, cells):
        signature = _signature_parts(cell)
        if RECEIVED_RE.match(cell):
            out.extend(_ROW_BULLET_RE.split(cell))
        elif signature is not None:
            out.extend(signature)
            signed = True
        else:
            return None
    return [*out, *filter(None, [after.strip()])] if signed else None


def _signature_parts(text: str) -> list[str] | None:
    """Return a signature run onto one piece of text as its lines (modes, positions, name)."""
    sign = _ROW_SIGNATURE_RE.match(text)
    if not (
        sign and (MODE_RE.match(sign.group("upper")) or POSITION_RE.match(sign.group("upper")))
    ):
        return None
    upper = [p for m in split_modes(sign.group("upper")) for p in _positions(m)]
    office = [sign.group("office")] if sign.group("office") else []
    return [*filter(None, (p.strip() for p in upper)), sign.group("name"), *office]


# A crawled page runs the signature block onto one line under "Nơi nhận" or the last article
# ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn", "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân"): only
# the text's last lines, or those just below the "Lưu" recipient, may be one.
_BARE_LAST_LINES = 2
_BARE_BELOW_FILED = 2
_FILED_RE = re.compile(r"^[-+•]?\s?Lưu\b")


# "… Nguyễn Dương Thái QUY TRÌNH XÁC ĐỊNH …", "… Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:…": what the
# crawl runs on after the signer's name (an attached text's title, a form) starts in capitals,
# or is an appendix's caption ("… Lê Minh Khái Phụ lục I (Ban hành kèm theo Nghị định số …)").
# (The range à-ỹ holds capitals too: the letter before the cut is tested for lower case.)
_AFTER_NAME_RE = re.compile(r"(?<=\w)\s(?=[A-ZĐÀ-Ỹ]{2,}[\s:]|Phụ lục\s(?:[IVXLC]+|\d+)\b)")
# "- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG …", "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, …":
# the signature run into the filing line starts at its mode or its position.
_SIGNATURE_AT_RE = re.compile(
    rf"\s(?=(?:{MODE_PATTERN})\s?[A-ZĐÀ-Ỹ]{{2,}}|{POSITION_RE.pattern[1:]})"
)


def _bare_parts(line: str) -> list[str] | None:
    """Return a signature run onto a line as its lines, what follows the name on one of its own."""
    cut = next((m for m in _AFTER_NAME_RE.finditer(line) if line[m.start() - 1].islower()), None)
    text, rest = (line[: cut.start()], line[cut.end() :]) if cut else (line, "")
    parts = _signature_parts(text)
    return [*parts, rest] if parts and rest else parts


def _filed_parts(line: str) -> list[str] | None:
    """Return the filing line and the signature run into it, one part a line, or None."""
    at = _SIGNATURE_AT_RE.search(line)
    parts = _bare_parts(line[at.end() :]) if at else None
    return [line[: at.start()].strip(), *parts] if at and parts else None


def unrow_tail(lines: list[str]) -> list[str]:
    """Return lines with a signature printed as a table row, or run onto a line, put back."""
    out: list[str] = []
    filed = None
    for i, line in enumerate(lines):
        if _FILED_RE.match(line):
            filed = i
            if parts := _filed_parts(line):
                out.extend(parts)
                continue
        bare = i >= len(lines) - _BARE_LAST_LINES or (
            filed is not None and 0 < i - filed <= _BARE_BELOW_FILED
        )
        parts = _row_cells(line) or (_bare_parts(line) if bare else None)
        if parts is None and filed == i - 1 and not line.startswith(("-", "+")):
            # "- Lưu VT;" / "TCHQ.(195) KT. BỘ TRƯỞNG …": the filing line's end wrapped onto the
            # next line, the signature run on after it.
            parts = _filed_parts(line)
        out.extend(parts or [line])
    return out
