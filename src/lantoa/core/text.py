"""Vietnamese text helpers: diacritic-insensitive search keys and Vietnamese sort order."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")

# The Vietnamese alphabet; tone marks order after the base letter.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Traditional tone order: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_VOWEL_MARKS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}


def fold(text: str) -> str:
    """Return lower-case text without diacritics, so "Điện Biên" and "dien bien" match."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def _letter_key(char: str) -> tuple[int, int]:
    """Return (letter rank, tone rank) for one lower-case character."""
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    tone = 0
    letter = base
    for mark in marks:
        if mark in _TONE_RANK:
            tone = _TONE_RANK[mark]
        elif mark == "\u0302":
            letter = {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
        elif mark in _VOWEL_MARKS:
            letter = {"a": "ă", "o": "ơ", "u": "ư"}.get(base, base)
    rank = _LETTER_RANK.get(letter)
    if rank is None:
        # Digits and punctuation sort before letters, foreign letters (f, j, w, z…) after them.
        rank = -1 if not base.isalpha() else len(_ALPHABET) + (ord(base) % 64)
    return rank, tone


def vn_sort_key(text: str) -> str:
    """Return a string whose plain (code point) order is Vietnamese order, syllable by syllable.

    Each syllable becomes its letters (ranked a < ă < â < b … < d < đ …, shifted to start at
    "A"), then its tone as one of "!"…"&", then a space; digits stay digits (before letters).
    So "An" < "Anh" < "Ăn", "Ảng Cang" < "Áng", and it can be stored and compared anywhere.
    """
    parts = []
    # Numbers compare by value: "Phường 7" before "Phường 10".
    padded = _DIGITS.sub(lambda match: match.group().zfill(8), text)
    for word in unicodedata.normalize("NFC", padded).lower().split():
        letters = []
        tone = 0
        for char in word:
            rank, char_tone = _letter_key(char)
            tone = max(tone, char_tone)
            if rank >= 0:
                letters.append(chr(0x41 + rank))
            elif char.isdigit():
                letters.append(char)
            # Punctuation carries no order of its own.
        parts.append("".join(letters) + chr(0x21 + tone))
    return " ".join(parts)


def utf16_codec(head: bytes) -> str | None:
    """Return the UTF-16 codec of a text's first bytes (with a BOM, or many NUL bytes), or None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:200]
    even, odd = sample[0::2].count(b"\x00"), sample[1::2].count(b"\x00")
    # Without a BOM, Vietnamese UTF-16 has a NUL after (LE) or before (BE) each ASCII letter,
    # and none on the other side; other binary data has NULs on both sides.
    if len(sample) >= 8 and min(even, odd) == 0 and max(even, odd) * 6 >= len(sample):
        return "utf-16-le" if odd else "utf-16-be"
    return None
