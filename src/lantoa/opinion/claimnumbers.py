"""Amounts, weights and months said in words or slang, read as digits: "hai củ", "hai triệu" and
"2tr" are one amount to the matcher, "nửa tạ" is "50 kg", "tháng bảy" is "tháng 7".

Rumours turn on money and dates, and a retelling rarely writes them as the claim does:
"năm trăm nghìn", "500.000", "nửa triệu", "500k"; "5 củ" (slang for a million), "hai trăm
ngàn". Read on folded words (claimtext.normalise). Only a run holding a magnitude (chục, mươi,
trăm, nghìn/ngàn, triệu/củ, tỷ) or following "tháng" is read: "ba bốn chốt" (three or four) and
"năm nay" (this year) stay words, and a bare word after a magnitude is not added to it ("trăm
năm" is a hundred years) unless tens or a further magnitude follow ("hai trăm năm mươi").
Weights are written in kilograms ("tạ" 100, "yến" 10, "tấn" 1,000; "cân", "ký" one), gold in
"chỉ" (a "cây" or "lượng" is ten), twelve months as a year and half a year as six months.
"""

from __future__ import annotations

_DIGIT_WORDS = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
}
_TENS = frozenset(("muoi", "chuc"))
# Units said after tens: "mười lăm" (15), "hai mươi mốt" (21), "hai mươi tư" (24).
_UNITS_AFTER_TENS = frozenset(("mot", "hai", "ba", "bon", "tu", "lam", "sau", "bay", "tam", "chin"))
_COUNT_VALUES = {**_DIGIT_WORDS, "lam": 5, "tu": 4}
_MAGNITUDES = {"tram": 100, "nghin": 1000, "ngan": 1000, "trieu": 10**6, "cu": 10**6, "ty": 10**9}
# Weights in kilograms: "cân", "ký", "kí", "kilo" are one; a "yến" ten, a "tạ" a hundred, a
# "tấn" a thousand. "ký"/"kí" only after an amount ("năm chục ký"): "2 kỳ" is two terms.
_WEIGHTS = {"kg": 1, "can": 1, "kilo": 1, "ky": 1, "ki": 1, "yen": 10, "ta": 100, "tan": 1000}
_MONTHS = {**_DIGIT_WORDS, "gieng": 1, "muoi": 10}
# "củ" is also a tuber ("hai củ khoai") and "cụ" an old person ("hai cụ già"): no amount.
_NOT_MONEY = frozenset(
    (
        *("khoai", "san", "hanh", "toi", "gung", "nghe", "cai", "dau", "sam", "mi"),
        *("gia", "ong", "ba", "ay", "kia", "nay", "do", "tuoi", "cao"),
    )
)


def _is_count(word: str) -> bool:
    return word.isdigit() or word in _DIGIT_WORDS or word in _UNITS_AFTER_TENS or word == "nua"


def _is_magnitude(word: str, after: str, counted: bool) -> bool:
    """Return whether a word multiplies the count before it ("trăm", "triệu", "củ", "mươi")."""
    if word == "muoi":  # "mười" opens an amount; "muối" (salt) folds onto it
        return counted or _is_count(after) or after in _MAGNITUDES or after in (*_WEIGHTS, "chi")
    if word in ("tram", "nghin", "ngan", "chuc") and not counted:  # "trăm triệu": a hundred million
        return after in _MAGNITUDES or after in _WEIGHTS
    if word == "cu":
        return counted and after not in _NOT_MONEY
    if word == "ty":  # "tỷ lệ", "tỷ giá" are a ratio and a rate
        return counted and after not in ("le", "gia")
    return counted and (word in _MAGNITUDES or word in _TENS)


def _joins(word: str, before: str, after: str, seen_magnitude: bool) -> bool:
    """Return whether a word that multiplies nothing continues an amount."""
    if word in ("linh", "le"):
        return seen_magnitude and _is_count(after)
    if word == "ruoi":
        return seen_magnitude
    if not _is_count(word):
        return False
    if before == "muoi":  # units after tens: "lăm", "tư", not "năm" ("mười năm": ten years)
        return word in _UNITS_AFTER_TENS
    if word in _UNITS_AFTER_TENS - _DIGIT_WORDS.keys() or word == "nam" and before in _TENS:
        return False
    # A bare count after a magnitude is not part of it ("trăm năm": a hundred years).
    return not seen_magnitude or before in ("linh", "le") or after in _TENS or after in _MAGNITUDES


def _amount_end(words: list[str], start: int) -> int:
    """Return the end of the amount starting at a word (start itself when there is none)."""
    end, seen_magnitude, position = start, False, start
    while position < len(words):
        word = words[position]
        before = words[position - 1] if position > start else ""
        after = words[position + 1] if position + 1 < len(words) else ""
        if _is_magnitude(word, after, position > start):
            seen_magnitude = True
        elif not _joins(word, before, after, seen_magnitude):
            break
        position += 1
        if seen_magnitude:
            end = position
    return end


def _value(words: list[str]) -> float:
    """Return the value of an amount's words."""
    total, current, digit, last = 0.0, 0.0, 0.0, 1
    for word in words:
        if _is_count(word):
            digit = int(word) if word.isdigit() else _COUNT_VALUES.get(word, 0.5)
            current += digit
        elif word in _TENS:  # tens of the last digit said: "hai trăm năm mươi" is 250
            current += digit * 9 if digit else 10
            digit = 0
        elif word == "tram":
            current, last, digit = (current or 1) * 100, 100, 0
        elif word in _MAGNITUDES:
            last = _MAGNITUDES[word]
            total, current, digit = total + (current or 1) * last, 0.0, 0
        elif word == "ruoi":  # half the last unit: "triệu rưỡi", "trăm rưỡi"
            if last == 100:
                current += 50
            else:
                total += last / 2
    return total + current


def _plain(value: float) -> str:
    """Return a number as its digits, without a decimal point when it is whole."""
    return str(int(value)) if value == int(value) else str(value)


def _written(value: float) -> list[str]:
    """Return an amount as digits and its largest whole unit ("2 trieu", "500 nghin")."""
    for size, unit in ((10**9, "ty"), (10**6, "trieu"), (1000, "nghin")):
        if value >= size and value % size == 0:
            return [str(int(value // size)), unit]
    return [_plain(value)]


def spoken_numbers(words: list[str]) -> list[str]:
    """Return folded words with each amount said in words or slang written as digits and unit,
    and each month named in words as its number."""
    out: list[str] = []
    position = 0
    while position < len(words):
        word = words[position]
        if out and out[-1] == "thang" and word in _MONTHS:
            two = (
                word == "muoi"
                and position + 1 < len(words)
                and words[position + 1] in ("mot", "hai")
            )
            if not (word == "nam" and words[position + 1 : position + 2] == ["ngoai"]):
                out.append(str(_MONTHS[word] + (_DIGIT_WORDS[words[position + 1]] if two else 0)))
                position += 2 if two else 1
                continue
        # Digits grouped by thousands ("500.000" folds to "500 000") are one amount.
        end = position + 1
        while word.isdigit() and end < len(words) and len(words[end]) == 3 and words[end].isdigit():
            end += 1
        if end > position + 1:
            out += _written(float("".join(words[position:end])))
            position = end
            continue
        end = _amount_end(words, position)
        if end > position:
            value = _value(words[position:end])
            after = words[end] if end < len(words) else ""
            if after == "thang" and value % 12 == 0:
                out += [_plain(value / 12), "nam"]
                position = end + 1
                continue
            unit = _WEIGHTS.get(after)
            out += [_plain(value * unit), "kg"] if unit else _written(value)
            position = end + (unit is not None)
            continue
        # Half a year is six months (a span counted in words is left as said: "hai năm" read as
        # "2 năm" matched claim-free items on claims.json's "5 năm", dev16).
        if word == "nua" and words[position + 1 : position + 2] == ["nam"]:
            out += ["6", "thang"]
            position += 2
            continue
        # Gold by the "cây" or "lượng" (ten "chỉ"): "một cây vàng" is "10 chỉ vàng".
        if _is_count(word) and words[position + 1 : position + 3] in (
            ["cay", "vang"],
            ["luong", "vang"],
        ):
            count = int(word) if word.isdigit() else _COUNT_VALUES.get(word, 0.5)
            out += [_plain(count * 10), "chi", "vang"]
            position += 3
            continue
        # A weight counted by a digit, "một", "nửa" or "mỗi": "một tạ", "nửa tạ", "50 cân".
        unit = _WEIGHTS.get(words[position + 1]) if position + 1 < len(words) else None
        if (
            unit
            and (word.isdigit() or word in ("mot", "nua", "moi"))
            and words[position + 1]
            not in (
                "ky",
                "ki",
            )
        ):
            count = 1 if word == "moi" else 0.5 if word == "nua" else _COUNT_VALUES.get(word, 0)
            count = int(word) if word.isdigit() else count
            out += ["moi"] if word == "moi" else []
            out += [_plain(count * unit), "kg"]
            position += 2
            continue
        out.append(word)
        position += 1
    return out
