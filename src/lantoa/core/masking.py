"""Masking phone, citizen ID and e-mail numbers in people's text (opinion items, survey answers).

Mask tokens are ASCII placeholders ("<PHONE>", "<ID>", "<EMAIL>", "<USER>"): they hold no
Vietnamese letter, so they neither flip a no-diacritics flag nor read as Vietnamese words;
`strip_masks` removes them before a classifier sees the text, and `masks_vi` shows them in
Vietnamese on pages.

What is masked: mobile and landline numbers (0…, 84…, +84…, 0084…, "(+84)", "+84 (0)", "(0215)"),
twelve-digit CCCD numbers (they all open with 0, the province code) and nine-digit CMND
numbers, in any grouping and glued to words ("lh0912345678", "0912345678ạ"); bank account
numbers after their label ("stk", "số tài khoản"); e-mails with "@"
or written out ("(a)", "[at]", " at ", "a còng", "chấm", "[dot]"). What is kept: money and
quantities (a unit after or a money word before, thousands grouped by dots or spaces),
dates, document numbers, and the short numbers of businesses and services (1900/1800
lines, 113, 115), which name no person.
"""

from __future__ import annotations

import functools
import re

from lantoa.core.text import fold

EMAIL_MASK = "<EMAIL>"
PHONE_MASK = "<PHONE>"
ID_MASK = "<ID>"
HANDLE_MASK = "<USER>"
BANK_MASK = "<BANK>"
MASK_NAMES = {
    EMAIL_MASK: "thư điện tử",
    PHONE_MASK: "số điện thoại",
    ID_MASK: "số định danh",
    HANDLE_MASK: "tài khoản",
    BANK_MASK: "số tài khoản ngân hàng",
}
# What each reading of a number (_reading) is masked as.
_MASK_OF = {"phone": PHONE_MASK, "id": ID_MASK, "bank": BANK_MASK}
_MASKS = re.compile("|".join(map(re.escape, MASK_NAMES)))

_TLD = r"(?:com|vn|net|org|edu|gov|info|io|biz|me)"
_AT_WORD = r"(?:at|a\s?còng|a\s?cong|a\s?móc|a\s?moc)"
_DOT = r"(?:\s*\.\s*|\s*[\(\[\{]\s*(?:dot|chấm|cham|\.)\s*[\)\]\}]\s*|\s+(?:dot|chấm|cham)\s+)"
_AT = rf"(?:\s*@\s*|\s*[\(\[\{{]\s*(?:a|@|{_AT_WORD})\s*[\)\]\}}]\s*|\s+{_AT_WORD}\s+)"
# An address with "@" or a written-out "at" ("ten (a) gmail.com", "ten a còng gmail chấm com").
_EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][\w.+-]*{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}{_TLD}\b",
    re.IGNORECASE,
)
# Between digit groups: spaces (not a line break) or one dot, dash or underscore.
_SEP = r"(?:[^\S\n]{0,2}[.\-_–—][^\S\n]{0,2}|[^\S\n]{1,3})"
# A date written with dots or dashes (05-03-2001, 12.03.2026) is no part of a number.
_DAY, _MONTH, _YEAR = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])", r"(?:1[89]|20)\d\d(?!\d)"
_NOT_DATE = rf"(?!{_DAY}\.{_MONTH}\.{_YEAR}|{_DAY}-{_MONTH}-{_YEAR})"
# Digit groups with an optional country code ("+84", "(+84)", "+84 (0)") or bracketed area code,
# not inside another number (a decimal, a document number, a time, "7h30", "27B1") nor at a
# date, but possibly glued to words ("lh0912345678", "0912345678ạ").
# At most 12 groups: a long run of numbers is read piece by piece, never backtracked over whole.
_NUMBER = re.compile(
    rf"(?<!\d)(?<!\d[.,/:_–-])(?<!\d[^\W\d_])(?<!\d[^\W\d_]{{2}}){_NOT_DATE}"
    rf"(?:(?:\(\s*\+?\s*84\s*\)|\+\s?84){_SEP}?(?:\(\s*0\s*\){_SEP}?)?)?"
    rf"(?:\(\s*\d{{2,5}}\s*\){_SEP}?)?\d+(?:{_SEP}{_NOT_DATE}\d+){{0,11}}"
    r"(?!\d|[.,/:]\d|[^\W\d_]{1,2}\d)"
)
# Words after a number that make it money or a quantity, not an identifier: with their marks,
# and without them where the bare word means nothing else ("dong", not "ha" for "Hà"). Counted
# things ("con", "bản", "người") may follow a phone too ("gọi 84 912 345 678 con nhé").
_MEASURES = (
    r"đồng|đ|vnđ|₫|usd|\$|nghìn|ngàn|triệu|tỷ|tỉ|tấn|tạ|kg|m2|m²|m3|km|lít|%|k|tr|"
    r"dong|d|vnd|nghin|ngan|trieu|ty|tan|lit"
)
_COUNTED = r"ha|người|hộ|xã|bản|con|cây|sản phẩm|lượt|vé|chiếc|suất|nguoi|luot|san pham"
_UNITS = re.compile(rf"^[^\S\n]*(?:{_MEASURES}|{_COUNTED})(?!\w)", re.IGNORECASE)
_MEASURE = re.compile(rf"^[^\S\n]*(?:{_MEASURES})(?!\w)", re.IGNORECASE)
_MONEY_BEFORE = re.compile(
    r"\b(?:giá|phạt|tiền|phí|lương|nộp|mất|tốn|hết|bán|mua|vay|nợ|thưởng|vốn|"
    r"gia|phat|tien|phi)[^\S\n]*:?[^\S\n]*$",
    re.IGNORECASE,
)
# Labels, read on folded text; the words between a label and its number hold no digit.
_ID_LABEL = re.compile(
    r"\b(?:cccd|cmnd|cmtnd|cmt|can cuoc|chung minh|dinh danh|so the)"
    r"(?:\W{1,3}[^\W\d]+){0,4}\W{0,3}$"
)
# A bank account is masked only after its label: unlabelled, its digits could be anything.
_BANK_LABEL = re.compile(
    r"\b(?:stk|so tk|tknh|so tai khoan|tai khoan(?: ngan hang)?|tk ngan hang|account(?: no)?)"
    r"(?:\W{1,3}[^\W\d]+){0,5}\W{0,3}$"
)
_PHONE_LABEL = re.compile(
    r"\b(?:sdt|dien thoai|dt|goi|zalo|hotline|lien he|lien lac|lh|phone|tel|di dong|alo|a lo)"
    r"(?:\W{1,3}[^\W\d]+){0,2}\W{0,3}$"
)
# Amounts written the Vietnamese way: thousands in groups of three after dots or spaces.
_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$|^[1-9]\d{0,2}(?:[^\S\n]\d{3})+$")
# An account id as exports give it: digits, perhaps with letters, dots or underscores.
_ACCOUNT_ID = re.compile(r"[\w.\-]*\d[\w.\-]*")
# @handles written in the text.
_HANDLE = re.compile(r"(?<![\w@<])@[\w.]{2,50}", re.UNICODE)


def mask_text(text: str, *, author: str = "") -> str:
    """Return the text with e-mails, phones, ID numbers, @handles and the author's handle masked."""
    text = _EMAIL.sub(EMAIL_MASK, text)
    text = _NUMBER.sub(_mask_number, text)
    return _HANDLE.sub(HANDLE_MASK, mask_author(text, author=author))


def mask_author(text: str, *, author: str) -> str:
    """Return the text with the author's own handle or full name masked (and nothing else)."""
    if _may_name(author, text) and (own := _own_handle(author)) is not None:
        return own.sub(HANDLE_MASK, text)
    return text


def names_person(text: str, *, handles: bool = True) -> bool:
    """Tell whether masking would hide something in the text that names a person: a phone, an
    ID number, an e-mail address, and (unless `handles` is False) an @handle."""
    masked = mask_text(text)
    if handles:
        return masked != text
    return any(mask in masked for mask in (PHONE_MASK, ID_MASK, EMAIL_MASK, BANK_MASK))


def names_author(text: str, *, author: str) -> bool:
    """Tell whether a text (a link) holds the author's handle or id, so it would name them."""
    own = _own_handle(author) if _may_name(author, text) else None
    if own is not None and own.search(text) is not None:
        return True
    # An account id ("100012345678901", "user_4471") is left in a comment's words, whose years
    # and counts it would match, but a link holding it whole is the author's profile page.
    ident = author.strip().lstrip("@")
    return (
        len(ident) >= 5
        and _ACCOUNT_ID.fullmatch(ident) is not None
        and re.search(rf"(?<![\w.]){re.escape(ident)}(?![\w])", text, re.IGNORECASE) is not None
    )


def _may_name(author: str, text: str) -> bool:
    """Tell whether the text holds the first word of the author's handle (a cheap first test)."""
    # Most comments never name their author: compiling each author's pattern (one a comment in
    # a large export of many authors) cost more than the masking itself.
    words = author.lstrip().lstrip("@").split()
    return bool(words) and words[0].lower() in text.lower()


@functools.lru_cache(maxsize=4096)  # one author writes many comments of an export
def _own_handle(author: str) -> re.Pattern[str] | None:
    """Return the pattern of an author's handle as a text or a link writes it, or None."""
    handle = " ".join(author.split()).lstrip("@")
    # A handle (dots, underscores, digits) or a full name; one plain word such as "Hùng"
    # is a name or a word the text uses for anyone else, so it is left, and so is a numeric
    # id, which the text's own years and counts would match.
    plain = " " not in handle and not re.search(r"[\d._]", handle)
    if len(handle) < 4 or plain or not re.search(r"[^\W\d_]", handle):
        return None
    words = r"\s+".join(map(re.escape, handle.split()))
    return re.compile(rf"(?<![\w.@])@?{words}(?![\w])", re.IGNORECASE)


def strip_masks(text: str) -> str:
    """Return the text without mask tokens (what a classifier should see)."""
    return _MASKS.sub(" ", text)


def number_kind(raw: str, *, before: str = "", after: str = "") -> str:
    """Return "phone", "id" or "" (keep) for a written number in its context."""
    reading = _reading(raw, before, after)
    return reading if reading in ("phone", "id") else ""


def _reading(raw: str, before: str, after: str, *, cut: bool = False) -> str:
    # "phone", "id", "amount" (money or a quantity: kept whole) or "" (not one number); `cut`
    # for a part of a run of numbers, where an unlabelled CMND not opening with 0 must be
    # written whole or in threes ("32000 1800 1091" holds none).
    digits = re.sub(r"\D", "", raw)
    count = len(digits)
    if count < 9 and (_UNITS.match(after) or _MONEY_BEFORE.search(before[-12:])):
        return "amount"  # read, so that a cut does not lend its digits to a number beside it
    # Money sent to an account is written in thousands or followed by its unit.
    money_like = _UNITS.match(after) or _THOUSANDS.match(raw.strip())
    bank_like = 8 <= count <= 19 and not (money_like or cut or _phone_shape(digits))
    if bank_like and _BANK_LABEL.search(fold(before[-50:])):
        return "bank"
    if count < 9 or count > 14:
        return ""
    national = _national(raw, digits)
    if national is None:
        return ""
    if national != digits:  # written with the country code
        return "phone" if _phone_shape(national) else ""
    folded = fold(before[-40:])
    id_label = bool(_ID_LABEL.search(folded))
    phone_label = bool(_PHONE_LABEL.search(folded[-30:]))
    spans = [m.span() for m in re.finditer(r"\d+", raw)]
    groups = [raw[a:b] for a, b in spans]
    seps = [raw[a[1] : b[0]] for a, b in zip(spans, spans[1:], strict=False)]
    thousands = bool(_THOUSANDS.match(raw.strip()))
    # An amount never starts with 0: only numbers that do not may be money or a quantity.
    if not id_label and not digits.startswith("0"):
        unit, money = _UNITS.match(after), _MONEY_BEFORE.search(before[-12:])
        # 84 912 345 678: the country code without its plus (84.912.345.678 dotted is money).
        if digits.startswith("84") and _phone_shape("0" + digits[2:]):
            dotted = thousands and "." in raw
            if not dotted and (phone_label or not (_MEASURE.match(after) or money)):
                return "phone"
        if (unit or money) and (len(groups) == 1 or thousands):
            return "amount"
        if unit or money:
            return ""  # "năm 1956 59460 kg": the unit is the last group's
        if thousands and (count != 9 or "." in raw):
            return "amount"
    if _UNITS.match(after) and _amount_tail(raw, before):
        return ""
    if id_label and count in (9, 12):
        return "id"
    if _phone_shape(digits) or (phone_label and count == 9 and digits[0] in "35789"):
        return "phone"
    # CCCD numbers open with their province code (001–096); a CMND has nine digits.
    if not (count == 9 or (count == 12 and digits.startswith("0"))) or _breaks(seps):
        return ""
    if count == 12 or digits.startswith("0") or len(groups) == 1 or thousands:
        return "id"
    # Unlabelled and not opening with 0, a CMND is written in groups of two to four joined
    # alike ("10 000 0000"); "115 - 380000" or "2 18001091" are numbers side by side.
    sizes = [len(group) for group in groups]
    alike = len(set(seps)) == 1 and all(2 <= size <= 4 for size in sizes[:-1])
    return "id" if not cut and alike and sizes[-1] <= 4 else ""


def _amount_tail(raw: str, before: str) -> bool:
    # "075 746 143 - 3 tỷ", "002 996931. 572 552 tấn", "081 013 154 1.250 ha": before a unit,
    # the last groups (short, in threes, dotted in thousands or a decimal) are the amount's when
    # what comes before them reads as a number itself, joined otherwise.
    for found in re.finditer(r"(?<![\d.])\d", raw):
        start = found.start()
        tail, head = raw[start:], raw[:start].rstrip(" .-_–—\u00a0")
        dotted = re.match(r"\d{1,3}(?:\.\d{3})+$|\d{1,3}[.,]\d{1,2}$", tail)
        # Not "031-256-245-540 VND 2,000,000": the groups before are joined as the tail is.
        joined = raw[len(head) : start] in re.findall(r"\D+", head.strip())
        grouped = re.match(r"\d{1,3}(?:[^\S\n]\d{3})*$", tail) and not joined
        if start and (dotted or grouped) and _reading(head, before, "") in ("phone", "id"):
            return True
    return False


def _national(raw: str, digits: str) -> str | None:
    # The number as dialled inside Vietnam; None for a foreign country code.
    if digits.startswith("0084") and len(digits) in (13, 14):
        digits = digits[2:]
    elif not re.match(r"\(?\s*\+|\(\s*84", raw.lstrip()):
        return digits
    if not digits.startswith("84"):
        return None
    rest = digits[2:]
    return "0" + (rest[1:] if rest.startswith("0") else rest)


def _phone_shape(digits: str) -> bool:
    # 0 + 9 digits (mobile), 0 + 10 digits starting 02 (landline) or 01 (an old mobile).
    return digits.startswith("0") and (
        len(digits) == 10 or (len(digits) == 11 and digits[1] in "12")
    )


def _mask_number(match: re.Match[str]) -> str:
    raw, text = match.group(0), match.string
    # The context the labels and units are read from (_reading looks no further).
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 30]
    kind = _reading(raw, before, after)
    groups = [m.span() for m in re.finditer(r"\d+", raw)]
    if kind == "amount":
        return raw
    if kind:
        return _MASK_OF[kind]
    out, done = [], 0
    for start, end, found in _cut(raw, groups, before, after):
        if found != "amount":
            out += [raw[done:start], PHONE_MASK if found == "phone" else ID_MASK]
            done = end
    return "".join(out) + raw[done:]


def _cut(
    raw: str, groups: list[tuple[int, int]], before: str, after: str
) -> list[tuple[int, int, str]]:
    # Several numbers side by side ("0912345678 0987654321", "năm 2025 0912 345 678"): the cut
    # into runs of digit groups that reads the most digits as phones, IDs or amounts, then has
    # the fewest runs, then the first run of the kind its label names ("lh036 234 8743 03. 0251.
    # 478886"), then the most digits in phones (a phone's shape says more than a count
    # of digits), then the most runs joined alike and cut where they are joined otherwise
    # ("096-195-567-099 005003341"). A number is never cut at a bare dot (150.000.000).
    def joins(i: int, j: int) -> list[str]:
        return [raw[groups[k][1] : groups[k + 1][0]] for k in range(i, j - 1)]

    count = len(groups)
    folded = fold(before[-40:])
    label = "id" if _ID_LABEL.search(folded) else "phone" if _PHONE_LABEL.search(folded) else ""
    best: list[tuple[int, int, int, int, int, int, list[tuple[int, int, str]]]]
    best = [(0, 0, 0, 0, 0, 0, [])] * (count + 1)
    for i in range(count - 1, -1, -1):
        best[i] = best[i + 1]
        if i and joins(i - 1, i + 1) == ["."]:
            continue
        for j in range(i + 1, count + 1):
            if j < count and joins(j - 1, j + 1) == ["."]:
                continue
            start, end = (0 if i == 0 else groups[i][0]), groups[j - 1][1]
            found = _reading(raw[start:end], before + raw[:start], raw[end:] + after, cut=True)
            if found:
                read, named, pieces, fits, phones, alike, cuts = best[j]
                digits = sum(b - a for a, b in groups[i:j])
                named += digits if found != "amount" else 0
                phones += digits if found == "phone" else 0
                inside, next_join = set(joins(i, j)), joins(j - 1, min(j + 1, count))
                alike += len(inside) <= 1 and not inside.intersection(next_join)
                fits += i == 0 and found == label
                score = (read + digits, named, pieces - 1, fits, phones, alike)
                if score > best[i][:6]:
                    best[i] = (*score, [(start, end, found), *cuts])
    return best[0][6]


def _breaks(seps: list[str]) -> bool:
    # Whether an ID read across "0113. 1800 1091" or "002 996931. 572" runs over the end of a
    # sentence: a dot and a space between groups joined otherwise ("84 70. 840. 6647" is one
    # number: after its first group, all the same).
    stops = [bool(re.match(r"\.\s", sep)) for sep in seps]
    rest = seps[1:]
    if not any(stops):
        return False
    return len(set(rest)) > 1 or (len(rest) < 2 and len(set(seps)) > 1)


def masks_vi(text: str) -> str:
    """Return the text with "<PHONE>" shown as "[số điện thoại]" and so on (escaped later)."""
    for token, name in MASK_NAMES.items():
        text = text.replace(token, f"[{name}]")
    return text
