"""Vietnamese text normalisation for opinion items: NFC, tone marks, teen code, language."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from lantoa.core.masking import strip_masks
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


# The seed list's generic topic: what a comment about nothing in particular is labelled.
OTHER_TOPIC = "khac"


def clean_text(text: str) -> str:
    """Return text in NFC with control characters removed and whitespace tidied; tags kept."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def has_letters(text: str) -> bool:
    """Tell whether the text has any letter or digit (emoji-only and punctuation-only do not)."""
    return any(ch.isalnum() for ch in text)


# Frequent Vietnamese grammar words (typed with marks): a sentence in Vietnamese has some.
_VI_FUNCTION = frozenset(
    re.findall(
        r"\S+",
        "của và là có không được những các một cho với đã sẽ này thì bị ở rồi cũng nhé ạ "
        "người như đang phải để lắm quá gì nào thế vậy hả à nhưng vì nên khi từ đến về "
        "trong ra vào đi hay chưa còn nói nghe tôi mình họ chúng ai sao rất nhiều cùng "
        "qua ơi đâu làm",
    )
)
_VI_FUNCTION_FOLDED = frozenset(fold(w) for w in _VI_FUNCTION) - {"a", "o", "the", "to"}
# Frequent words of Thai (Tai Dam, Tai Don) written in the Vietnamese-based script that
# Vietnamese comments hardly use ("côn" person, "khấu" rice, "kin" eat, "dú" stay, …).
_THAI_WORDS = frozenset(
    re.findall(
        r"\S+",
        "côn khấu kin dú bấu mi pên pọ mẻ hươn háu nặm đảy hụ nưng nửng hom nhăng phạ "
        "chạu nọi luông pi nảy xo mư hấu cằm xao cốp tẹ",
    )
)
# Share of countable words outside the Vietnamese syllable inventory above which a text is
# in another language (H'Mông RPA "nyob", "hauv", "kuv" are no Vietnamese syllables).
FOREIGN_SHARE = 0.4
ENGLISH_FOREIGN_SHARE = 0.25
# Chat words and loans Vietnamese comments use; they count for no language.
_CHAT_WORDS = frozenset(
    re.findall(
        r"\S+",
        "dm dcm vl vcl cc dmm clgt wtf ok oke shit fb ib inbox like share page link up post "
        "live video online app web shop ship admin hot",
    )
)


@cache
def vietnamese_syllables() -> tuple[frozenset[str], frozenset[str]]:
    """Return the syllables of underthesea's Viet74K dictionary, as written and folded."""
    spec = importlib.util.find_spec("underthesea")
    assert spec is not None and spec.origin is not None
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    syllables: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            syllables.update(line.strip().lower().split())
    return frozenset(syllables), frozenset(fold(s) for s in syllables)


def detect_language(text: str) -> str:
    """Return "vi", "other" or "und" from the share of Vietnamese words (no model).

    A text is Vietnamese when most of its words are Vietnamese syllables and it is not
    mostly in another language's frequent words: one place name ("Điện Biên") in an
    H'Mông or Thai sentence does not make it Vietnamese.
    """
    # Mask tokens ("<EMAIL>") are the project's, not the writer's words.
    words = _WORD.findall(strip_masks(text).lower())
    if not words:
        return Language.UNKNOWN
    traits = zip(*map(_word_traits, words), strict=True)
    countable, foreign, vi_words, thai_words, marked = map(sum, traits)
    share = foreign / countable if countable else 0.0
    if countable >= 4 and share >= FOREIGN_SHARE:
        return Language.OTHER
    if thai_words >= 2 and thai_words > vi_words:
        return Language.OTHER
    if marked and (marked >= 2 or vi_words or len(words) <= 3):
        return Language.VIETNAMESE
    return _unmarked_language(text, words, share)


# Comments share their words: each lower-case word's traits are worked out once.
@lru_cache(maxsize=16384)
def _word_traits(word: str) -> tuple[bool, bool, bool, bool, bool]:
    """Return whether a word counts, is foreign, a Vietnamese or Thai frequent word, and marked."""
    written, folded_set = vietnamese_syllables()
    # Numbers, teen code and chat words count for no language.
    countable = (
        not any(c.isdigit() for c in word) and word not in TEEN_CODE and word not in _CHAT_WORDS
    )
    foreign = countable and word not in written and (not word.isascii() or word not in folded_set)
    marked = any(c in _VI_LETTERS for c in word) or _VI_TONED.search(word) is not None
    return countable, foreign, word in _VI_FUNCTION, word in _THAI_WORDS, marked


def _unmarked_language(text: str, words: list[str], foreign_share: float) -> str:
    """Return the language of a text with (almost) no Vietnamese letters."""
    folded = [fold(w) for w in words]
    vi_hits = sum(
        1 for w in folded if w in _VI_FOLDED or w in TEEN_CODE or w in _VI_FUNCTION_FOLDED
    )
    en_hits = sum(1 for w in words if w in _EN_WORDS)
    # English words also spell Vietnamese syllables ("do", "an", "can"): English needs some
    # words that are not Vietnamese at all.
    if en_hits >= 2 and en_hits > vi_hits and foreign_share >= ENGLISH_FOREIGN_SHARE:
        return Language.OTHER
    if vi_hits:
        return Language.VIETNAMESE
    # Diacritic-looking Latin letters of other languages (é in French is also Vietnamese,
    # but ß, ñ, ü, ç are not), or a non-Latin script.
    if any(ch.isalpha() and ord(ch) > 0x24F and not _VI_TONED.match(ch) for ch in text):
        return Language.OTHER
    if any(ch in "ßñüçäöåøæ" for ch in text.lower()):
        return Language.OTHER
    if len(words) <= 3 or foreign_share < ENGLISH_FOREIGN_SHARE:
        return Language.VIETNAMESE  # typed without marks, every word a Vietnamese syllable
    return Language.OTHER


def is_folded(text: str) -> bool:
    """Tell whether a Vietnamese text of several words was typed without any diacritics."""
    words = _WORD.findall(text)
    return len(words) >= 3 and fold(text) == re.sub(r"\s+", " ", text.lower()).strip()


# Teen code as whole words (\w+): one regex finds the few there are, without a Python call per
# word. It reads lower-case text, as place_tone_marks returns it.
_TEEN_WORD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, TEEN_CODE)) + r")(?!\w)")


def expand_teen_code(text: str) -> str:
    """Replace chat abbreviations ("ko", "dc", "j") in lower-case text by the words they mean."""
    return _TEEN_WORD.sub(lambda m: TEEN_CODE[m.group(0)], text)


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
