"""Masking phone, citizen ID and e-mail numbers in people's text (opinion items, survey answers).

Mask tokens are ASCII placeholders ("<PHONE>", "<ID>", "<EMAIL>", "<USER>"): they hold no
Vietnamese letter, so they neither flip a no-diacritics flag nor read as Vietnamese words;
`strip_masks` removes them before a classifier sees the text, and `masks_vi` shows them in
Vietnamese on pages.
"""

from __future__ import annotations

import re

EMAIL_MASK = "<EMAIL>"
PHONE_MASK = "<PHONE>"
ID_MASK = "<ID>"
HANDLE_MASK = "<USER>"
MASK_NAMES = {
    EMAIL_MASK: "thư điện tử",
    PHONE_MASK: "số điện thoại",
    ID_MASK: "số định danh",
    HANDLE_MASK: "tài khoản",
}
_MASKS = re.compile("|".join(map(re.escape, MASK_NAMES)))

_TLD = r"(?:com|vn|net|org|edu|gov|info|io|biz|me)"
_DOT = r"(?:\s*\.\s*|\s*[\(\[]\s*(?:dot|chấm|cham)\s*[\)\]]\s*|\s+(?:dot|chấm|cham)\s+)"
_AT = r"(?:\s*@\s*|\s*[\(\[\{]\s*(?:a|at|@|a còng)\s*[\)\]\}]\s*|\s+(?:at|a còng)\s+)"
# An address with "@" or a written-out "at" ("ten (a) gmail.com", "ten at gmail chấm com").
_EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][\w.+-]*{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}{_TLD}\b",
    re.IGNORECASE,
)
# Digit groups joined by one separator (space, dot, dash) or wrapped in brackets, with an
# optional country code: every way Vietnamese write phone and ID numbers. At most 12 groups:
# a long run of numbers is read piece by piece, never backtracked over as a whole.
_NUMBER = re.compile(
    r"(?<![\w+.,/-])(?:\(\s*\+?84\s*\)\s*|\+\s?84[\s.-]?)?"
    r"(?:\(\s*\d+\s*\)[\s.-]?)?\d+(?:(?:[ .-]|\s?[\(\)]\s?)\d+){0,11}(?![\w/]|[.,]\d)"
)
# Words after a number that make it money or a quantity, not an identifier.
_UNITS = re.compile(
    r"^\s*(?:đồng|đ|d|vnd|vnđ|₫|k|nghìn|ngàn|triệu|tr|tỷ|tỉ|tấn|tạ|kg|g|ha|m2|m|km|lít|"
    r"người|hộ|xã|bản|con|cây|sản phẩm|lượt|%|usd|\$)(?!\w)",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(
    r"(?:giá|phạt|tiền|phí|lương|thu|nộp|mất|tốn|hết|bán|mua|vay|nợ|gia|phat|tien)\s*:?\s*$",
    re.IGNORECASE,
)
_ID_LABEL = re.compile(
    r"(?:cccd|cmnd|cmt|căn cước|can cuoc|chứng minh|chung minh|định danh|dinh danh|"
    r"số thẻ|so the)\W{0,3}(?:\w+\W{1,3}){0,4}$",
    re.IGNORECASE,
)
_PHONE_LABEL = re.compile(
    r"(?:sđt|sdt|điện thoại|dien thoai|đt|dt|gọi|goi|zalo|hotline|liên hệ|lien he|"
    r"phone|tel|di động|di dong)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)
# Money written the Vietnamese way: thousands in groups of three after dots (150.000.000).
_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$")
# @handles written in the text.
_HANDLE = re.compile(r"(?<![\w@<])@[\w.]{2,50}", re.UNICODE)


def mask_text(text: str) -> str:
    """Return the text with e-mail addresses, phone numbers, ID numbers and @handles masked."""
    text = _EMAIL.sub(EMAIL_MASK, text)
    text = _NUMBER.sub(_mask_number, text)
    return _HANDLE.sub(HANDLE_MASK, text)


def strip_masks(text: str) -> str:
    """Return the text without mask tokens (what a classifier should see)."""
    return _MASKS.sub(" ", text)


def number_kind(raw: str, *, before: str = "", after: str = "") -> str:
    """Return "phone", "id" or "" (keep) for a written number in its context."""
    digits = re.sub(r"\D", "", raw)
    plus = "+" in raw or raw.lstrip().startswith("(84") or raw.lstrip().startswith("( 84")
    count = len(digits)
    if count < 9 or count > 13:
        return ""
    if plus:
        return "phone" if count in (11, 12) and digits.startswith("84") else ""
    id_label = bool(_ID_LABEL.search(before[-40:]))
    phone_label = bool(_PHONE_LABEL.search(before[-30:]))
    # An amount never starts with 0: only numbers that do not may be money or a quantity.
    if not id_label and not phone_label and not digits.startswith("0"):
        if _UNITS.match(after) or _MONEY_BEFORE.search(before[-12:]):
            return ""
        if _THOUSANDS.match(raw.strip()):
            return ""
    phone = _phone_shape(digits)
    identity = count in (9, 12)
    if id_label and identity:
        return "id"
    if phone_label and phone:
        return "phone"
    if phone:
        return "phone"
    return "id" if identity else ""


def _phone_shape(digits: str) -> bool:
    # 0 + 9 digits (mobile), 0 + 10 digits starting 02 (landline), and the same after 84.
    if digits.startswith("0"):
        # 11 digits: a landline (02…) or an old mobile number (01…).
        return len(digits) == 10 or (len(digits) == 11 and digits[1] in "12")
    if digits.startswith("84"):
        rest = digits[2:]
        return (len(rest) == 9 and rest[0] in "35789") or (len(rest) == 10 and rest[0] == "2")
    return False


def _mask_number(match: re.Match[str]) -> str:
    raw, text = match.group(0), match.string
    # The context the labels and units are read from (number_kind looks no further).
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 30]
    kind = number_kind(raw, before=before, after=after)
    if kind:
        return PHONE_MASK if kind == "phone" else ID_MASK
    # Several numbers written side by side ("0912345678 0987654321"): the longest run of
    # groups that reads as a phone or an ID, from the left.
    # Only whole space-separated parts: "17.000.000.000" stays one amount.
    groups = [m.span() for m in re.finditer(r"\S+", raw)]
    out, done, i = [], 0, 0
    while i < len(groups):
        for j in range(len(groups), i, -1):
            start, end = groups[i][0], groups[j - 1][1]
            found = number_kind(
                raw[start:end], before=before + raw[:start], after=raw[end:] + after
            )
            if found:
                out += [raw[done:start], PHONE_MASK if found == "phone" else ID_MASK]
                done, i = end, j
                break
        else:
            i += 1
    return "".join(out) + raw[done:]


def masks_vi(text: str) -> str:
    """Return the text with "<PHONE>" shown as "[số điện thoại]" and so on (escaped later)."""
    for token, name in MASK_NAMES.items():
        text = text.replace(token, f"[{name}]")
    return text
