"""Vietnamese text normalisation for opinion items: NFC, tone marks, teen code, language."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lantoa.core.text import fold

# Common teen code and chat abbreviations, on folded or plain tokens.
TEEN_CODE = {
    "ko": "không",
    "k": "không",
    "kg": "không",
    "khong": "không",
    "hok": "không",
    "hong": "không",
    "hem": "không",
    "kh": "không",
    "dc": "được",
    "đc": "được",
    "dk": "được",
    "đk": "được",
    "ok": "được",
    "bit": "biết",
    "bít": "biết",
    "bjt": "biết",
    "j": "gì",
    "gi": "gì",
    "z": "vậy",
    "v": "vậy",
    "vs": "với",
    "ns": "nói",
    "ng": "người",
    "ngta": "người ta",
    "mn": "mọi người",
    "mng": "mọi người",
    "bn": "bao nhiêu",
    "sp": "sản phẩm",
    "cx": "cũng",
    "cg": "cũng",
    "trc": "trước",
    "ntn": "như thế nào",
    "nt": "nhắn tin",
    "r": "rồi",
    "ik": "đi",
    "iu": "yêu",
    "thik": "thích",
    "ad": "quản trị viên",
    "ae": "anh em",
    "tks": "cảm ơn",
    "thanks": "cảm ơn",
    "oke": "được",
    "kq": "kết quả",
    "nh": "nhiều",
    "đt": "điện thoại",
    "sđt": "số điện thoại",
    "tr": "triệu",
    "ctv": "cộng tác viên",
}
_WORD = re.compile(r"\w+", re.UNICODE)
_REPEAT = re.compile(r"(\w)\1{2,}", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Letters that only Vietnamese (of the Latin-script languages seen here) uses.
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_VI_TONED = re.compile("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# Frequent Vietnamese syllables typed without diacritics, and frequent English words.
_VI_FOLDED = frozenset(
    [
        "va",
        "cua",
        "la",
        "khong",
        "co",
        "duoc",
        "nguoi",
        "nay",
        "cac",
        "nhung",
        "mot",
        "trong",
        "cho",
        "voi",
        "de",
        "da",
        "thi",
        "ma",
        "se",
        "toi",
        "ban",
        "minh",
        "chung",
        "ta",
        "ho",
        "no",
        "rat",
        "nhieu",
        "lam",
        "gi",
        "sao",
        "the",
        "nao",
        "vi",
        "tai",
        "ve",
        "den",
        "nhu",
        "cung",
        "hang",
        "hoa",
        "san",
        "pham",
        "thuong",
        "hieu",
        "quyen",
        "tac",
        "gia",
        "sang",
        "che",
        "luat",
        "phi",
        "thu",
        "tuc",
        "dang",
        "ky",
        "gia",
        "re",
        "chinh",
        "quyen",
        "xa",
        "phuong",
        "dan",
        "tinh",
        "huyen",
        "can",
        "bo",
        "ngay",
        "nam",
        "thang",
        "roi",
        "qua",
        "di",
        "biet",
        "noi",
        "viec",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "is",
        "are",
        "was",
        "were",
        "of",
        "to",
        "in",
        "for",
        "on",
        "with",
        "this",
        "that",
        "it",
        "be",
        "have",
        "has",
        "not",
        "you",
        "they",
        "we",
        "he",
        "she",
        "from",
        "by",
        "at",
        "as",
        "an",
        "or",
        "but",
        "what",
        "which",
        "who",
        "will",
        "would",
        "can",
        "could",
        "about",
        "there",
        "their",
        "our",
        "your",
        "my",
        "me",
        "his",
        "her",
        "its",
        "do",
        "does",
        "did",
        "been",
        "being",
        "just",
    ]
)


class Language:
    VIETNAMESE = "vi"
    OTHER = "other"
    UNKNOWN = "und"


def clean_text(text: str) -> str:
    """Return text in NFC with control characters removed and whitespace tidied; tags kept."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def has_letters(text: str) -> bool:
    """Tell whether the text has any letter or digit (emoji-only and punctuation-only do not)."""
    return any(ch.isalnum() for ch in text)


def detect_language(text: str) -> str:
    """Return "vi", "other" or "und" from Vietnamese letters and common words (no model)."""
    words = _WORD.findall(text.lower())
    if not words:
        return Language.UNKNOWN
    if any(ch in _VI_LETTERS for ch in text) or _VI_TONED.search(text):
        return Language.VIETNAMESE
    folded = [fold(w) for w in words]
    vi_hits = sum(1 for w in folded if w in _VI_FOLDED or w in TEEN_CODE)
    en_hits = sum(1 for w in words if w in _EN_WORDS)
    if en_hits >= 2 and en_hits > vi_hits:
        return Language.OTHER
    if vi_hits:
        return Language.VIETNAMESE
    # Diacritic-looking Latin letters of other languages (é in French is also Vietnamese,
    # but ß, ñ, ü, ç are not), or a non-Latin script.
    if any(ch.isalpha() and ord(ch) > 0x24F and not _VI_TONED.match(ch) for ch in text):
        return Language.OTHER
    if any(ch in "ßñüçäöåøæ" for ch in text.lower()):
        return Language.OTHER
    return Language.VIETNAMESE if len(words) <= 3 else Language.OTHER


def is_folded(text: str) -> bool:
    """Tell whether a Vietnamese text of several words was typed without any diacritics."""
    words = _WORD.findall(text)
    return len(words) >= 3 and fold(text) == re.sub(r"\s+", " ", text.lower()).strip()


def expand_teen_code(text: str) -> str:
    """Replace chat abbreviations ("ko", "dc", "j") by the words they stand for."""
    return _WORD.sub(lambda m: TEEN_CODE.get(m.group(0).lower(), m.group(0)), text)


_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _old_style_pairs() -> dict[str, str]:
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            new = first + unicodedata.normalize("NFC", second + tone)
            pairs[new] = unicodedata.normalize("NFC", first + tone) + second
    return pairs


_OLD_STYLE = _old_style_pairs()
# "hoà", "thuỷ" (tone on the second vowel of an open syllable) -> "hòa", "thủy".
_NEW_STYLE = re.compile("(" + "|".join(_OLD_STYLE) + r")(?!\w)")


def place_tone_marks(text: str) -> str:
    """Return lower-case NFC text with tone marks placed one way (hòa, thủy), Ð read as Đ."""
    text = unicodedata.normalize("NFC", text).lower().replace("ð", "đ")
    return _NEW_STYLE.sub(lambda m: _OLD_STYLE[m.group(1)], text)


@lru_cache(maxsize=8192)
def normalise_for_model(text: str) -> str:
    """Return the text as the classifiers see it: tone marks placed, teen code expanded, lowered."""
    text = _URL.sub(" ", text)
    text = _REPEAT.sub(r"\1", text)
    return expand_teen_code(place_tone_marks(text))
