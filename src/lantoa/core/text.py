"""Vietnamese text helpers: the search key (fold), Vietnamese sort order, HTML as text."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")

# The Vietnamese alphabet; tone marks order after the base letter.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Traditional tone order: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_VOWEL_MARKS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}


def _fold_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


# Precomposed Latin letters to their folded form: folding by table is several times faster.
_FOLD_TABLE = {
    code: _fold_marks(chr(code))
    for code in range(0xC0, 0x1EFA)
    if _fold_marks(chr(code)) not in ("", chr(code))
}


def fold(text: str) -> str:
    """Return the search key: lower case, no diacritics, đ as d, spaces collapsed.

    The one meaning of "fold" ("Điện  Biên" and "dien bien" both give "dien bien"), used by
    search keys, imports and the opinion models alike.
    """
    folded = text.translate(_FOLD_TABLE).lower()
    if not folded.isascii() and any(unicodedata.combining(ch) for ch in folded):
        return _fold_marks(text)  # decomposed (NFD) input
    return " ".join(folded.split())


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


def typed_quoted(value: object, *, most: int) -> str:
    """Return what a person typed as an error message quotes it: at most `most` characters."""
    # A spreadsheet cell may hold 32,767 characters; its error is one line of a list.
    text = str(value)
    return text if len(text) <= most else text[:most] + "…"


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


# Not page text: code, and the <title> a browser shows in its tab (a legacy page's
# "Untitled Document" would otherwise open the guidance text).
_HIDDEN_TAGS = frozenset(("script", "style", "noscript", "template", "title"))
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "td",
        "th",
        "dt",
        "dd",
        "hr",
        "title",
    ]
)


class _HTMLText(HTMLParser):
    """Collect visible text from HTML, breaking lines at block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br />" is one line break inside a paragraph, not the blank line between two
        # paragraphs: a legacy page breaks its sentences with it (#17.3). Every other tag
        # closes itself, so a self-closed <script /> hides nothing after it.
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(markup: str) -> str:
    """Return the visible text of HTML (a page or a feed's entry): scripts dropped, blocks kept."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)
