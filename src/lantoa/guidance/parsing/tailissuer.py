"""Who a text's end says issued it: a portal's title-case signature, a notice's closing words."""

from __future__ import annotations

import re

from .leadnames import BARE_LEVEL_RE, ISSUER_WORDS, placed_name
from .sections import is_upper_line
from .tail import NAME_RE, POSITION_RE, SIGNED_RE, position_case

# "Ủy ban nhân dân tỉnh Quảng Ninh / Phó Chủ tịch / (Đã ký) / Nghiêm Xuân Cường": a legal
# portal's signature in title case, the body's name above the signer's position.
_BODY_LINE_RE = re.compile(rf"^{ISSUER_WORDS}\s[^.;:\d]{{2,90}}$")
_SIGNATURE_LINES = 12


def signed_by_body(lines: list[str]) -> tuple[str, str, str] | None:
    """Return (body, position, name) of a title-case signature at the end, or None."""
    tail = lines[-_SIGNATURE_LINES:]
    for i, line in enumerate(tail[:-2]):
        position = tail[i + 1]
        if not (_BODY_LINE_RE.match(line) and POSITION_RE.match(position.upper())):
            continue
        if len(position) > 60 or is_upper_line(position):
            continue
        rest = tail[i + 2 : i + 4]
        names = [ln for ln in rest if NAME_RE.match(ln) and not SIGNED_RE.match(ln)]
        if names:
            return line.strip(), position_case(position), names[0]
    return None


# A notice's closing words name who gives it: "Vậy UBND thị trấn Thanh Bình thông báo để cán
# bộ …", "Với nội dung trên, HĐND huyện thông báo để các đơn vị …", "… trân trọng thông báo để …".
_CLOSING_RE = re.compile(
    rf"(?:^|(?<=\.\s)|(?<=Vậy\s)|(?<=vậy,\s)|(?<=trên,\s))(?P<issuer>{ISSUER_WORDS}"
    r"(?:\s[^\s.;:,()]+){0,12}?)\s(?:trân trọng\s)?thông báo\s(?:để|đến)\s",
    re.MULTILINE,
)
_CLOSING_LINES = 12


def closing_issuer(body_lines: list[str], lines: list[str]) -> str | None:
    """Return the body a text's closing "… thông báo để …" names, placed as the page names it.

    A district or commune body left without its place ("HĐND huyện" where the page's title says
    "HĐND huyện Ngân Sơn" only after an office) is not read: the closing words are no header.
    """
    text = "\n".join(ln.strip() for ln in body_lines[-_CLOSING_LINES:])
    found = [m.group("issuer") for m in _CLOSING_RE.finditer(text)]
    name = placed_name(lines, found[-1]) if found else None
    return None if name is None or BARE_LEVEL_RE.search(name) else name
