"""Vietnamese text helpers: diacritic-insensitive search keys and Vietnamese sort order."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")

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
        # Digits and punctuation sort before letters, foreign letters after them.
        rank = -1000 + ord(base) if not base.isalpha() else len(_ALPHABET) + ord(base)
    return rank, tone


SortKey = tuple[tuple[tuple[int, ...], int], ...]


def vn_sort_key(text: str) -> SortKey:
    """Return a key ordering strings syllable by syllable the Vietnamese way (a < ă < â, d < đ)."""
    words = unicodedata.normalize("NFC", text).lower().split()
    key = []
    for word in words:
        pairs = [_letter_key(ch) for ch in word]
        letters = tuple(rank for rank, _tone in pairs)
        tone = max((tone for _rank, tone in pairs), default=0)
        key.append((letters, tone))
    return tuple(key)
