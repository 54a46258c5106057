"""The one text decoder: UTF-8, UTF-16, Windows-1258, TCVN3 and VNI, detected, to NFC."""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from lantoa.core.text import utf16_codec

if TYPE_CHECKING:  # a stub-only alias: any bytes-like object, as codecs' own signature says
    from _typeshed import ReadableBuffer

# TCVN3 (TCVN 5712:1993, the ".Vn" fonts): byte -> letter. Upper-case toned letters lived
# in separate fonts and share the lower-case bytes, so they decode to lower case.
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ "
    "\xadư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
TCVN3_TABLE = {ord(pair[0]): pair[1] for pair in _TCVN3_PAIRS.split(" ")}
_TCVN3_BYTES = frozenset(TCVN3_TABLE)
# Letters that Vietnamese text decoded correctly contains and that a wrong decoding rarely does.
_VI_CHARS = frozenset("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
_WORDS = re.compile(r"\w+", re.UNICODE)

# VNI-Windows (the "VNI-Times" fonts, on the cp1252 code page): a vowel is followed by a
# separate mark letter (tone, circumflex or breve, alone or together), so "Tuyên giáo" is
# stored as "Tuyeân giaùo"; i-tones, ỵ, đ, ơ and ư are single letters. Mark letter -> the
# combining marks it stands for, in the order of the VNI table (sắc, huyền, hỏi, ngã, nặng).
_TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_VNI_MARKS = {
    **dict(zip("ùøûõï", _TONE_MARKS, strict=True)),
    "â": "\u0302",
    **{m: "\u0302" + tone for m, tone in zip("áàåãä", _TONE_MARKS, strict=True)},
    "ê": "\u0306",
    **{m: "\u0306" + tone for m, tone in zip("éèúüë", _TONE_MARKS, strict=True)},
}
# The marks each VNI vowel takes (ô and ö are ơ and ư; y's nặng is the letter î).
_VNI_BASES = {
    "a": "ùøûõïâáàåãäêéèúüë",
    "e": "ùøûõïâáàåãä",
    "o": "ùøûõïâáàåãä",
    "ô": "ùøûõï",
    "u": "ùøûõï",
    "ö": "ùøûõï",
    "y": "ùøûõ",
}
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}
_VNI_LETTERS["î"] = "ỵ"


def _vni_table() -> dict[str, str]:
    """Build VNI letter pairs and single letters -> Unicode, both cases."""
    table: dict[str, str] = {}
    for base, marks in _VNI_BASES.items():
        letter = _VNI_LETTERS.get(base, base)
        for mark in marks:
            composed = unicodedata.normalize("NFC", letter + _VNI_MARKS[mark])
            table[base + mark] = composed
            table[(base + mark).upper()] = composed.upper()
    for vni, letter in _VNI_LETTERS.items():
        table[vni], table[vni.upper()] = letter, letter.upper()
    return table


VNI_TABLE = _vni_table()
_VNI_STRAY = "".join(_VNI_MARKS) + "".join(_VNI_MARKS).upper()
# Pairs first, then single letters, then a mark letter that follows no vowel (not VNI).
_VNI_TOKEN = re.compile("|".join(sorted(VNI_TABLE, key=len, reverse=True)) + f"|[{_VNI_STRAY}]")
# Vietnamese letters outside Latin-1: a text holding one is Unicode, never VNI.
_NOT_LATIN1_VI = frozenset(
    ch for ch in _VI_CHARS | {c.upper() for c in _VI_CHARS} if ord(ch) > 0xFF
)
# French and German put these after vowels too (où, goût, maïs): alone they prove nothing.
_WEAK_MARKS = frozenset("ùûïÙÛÏ")
_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = "aăâeêioôơuưy"
_SYLLABLE = re.compile(
    "(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
    f"[{_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?"
)


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text (decoded as cp1252) to Unicode NFC text."""
    return unicodedata.normalize(
        "NFC", _VNI_TOKEN.sub(lambda m: VNI_TABLE.get(m.group(), m.group()), text)
    )


def _vni_word(word: str) -> tuple[bool, bool] | None:
    """Judge one word read as VNI: (a Vietnamese syllable, strong evidence), or None if no VNI."""
    pairs = [m.group() for m in _VNI_TOKEN.finditer(word)]
    marked = [p for p in pairs if len(p) == 2 or p in "ñÑ"]
    if not marked:
        return None
    if any(p in _VNI_STRAY for p in pairs):
        return False, False  # a mark letter after a consonant: Latin-1 text, not VNI
    bare = unicodedata.normalize("NFD", vni_to_unicode(word).lower())
    bare = "".join(ch for ch in bare if ch not in _TONE_MARKS)
    letters = unicodedata.normalize("NFC", bare)
    strong = any(p in "ñÑ" or p[1] not in _WEAK_MARKS for p in marked)
    return _SYLLABLE.fullmatch(letters) is not None, strong


def looks_like_vni(text: str) -> bool:
    """Tell whether text is VNI-Windows Vietnamese read as cp1252 (e.g. "Ñaûng", "giaùo")."""
    if any(ch in _NOT_LATIN1_VI for ch in text):
        return False
    good = bad = strong = 0
    for word in _LETTERS.findall(text):
        verdict = _vni_word(word)
        if verdict is None:
            continue
        if verdict[0]:
            good += 1
            strong += verdict[1]
        else:
            bad += 1
    return good >= 2 and strong >= 1 and good >= 0.85 * (good + bad)


def tcvn3_decode(data: bytes) -> str:
    """Decode TCVN3 bytes to Unicode NFC text."""
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(TCVN3_TABLE))


def cp1258_decode(data: bytes) -> str:
    """Decode Windows-1258 bytes (whose tones are combining marks) to Unicode NFC text."""
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


def _vietnamese_score(text: str) -> float:
    """Score how Vietnamese a decoding looks: share of words that are plausible syllables."""
    words = _WORDS.findall(text.lower())
    if not words:
        return 0.0
    good = 0
    for word in words:
        marked = [ch for ch in word if ch in _VI_CHARS]
        # A Vietnamese syllable carries at most two marked letters (ươ, and a tone).
        if len(marked) <= 2 and all(ch.isalpha() or ch.isdigit() for ch in word):
            good += 2 if marked else 1
        if any(not ch.isascii() and ch not in _VI_CHARS and ch.isalpha() for ch in word):
            good -= 3
    return good / len(words)


def _base_encoding(sample: bytes) -> str:
    """Return the codec of a sample before VNI: utf-8-sig, utf-16…, utf-8, cp1258 or tcvn3."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    utf16 = utf16_codec(sample)
    if utf16:
        return utf16
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte letter cut at the end of the sample is still UTF-8.
        if exc.start >= len(sample) - 3:
            try:
                sample[: exc.start].decode("utf-8")
                return "utf-8"
            except UnicodeDecodeError:
                pass
    if looks_like_vni(sample.decode("cp1252", errors="replace")):
        return "cp1252"
    cp1258 = _vietnamese_score(cp1258_decode(sample))
    tcvn3 = _vietnamese_score(tcvn3_decode(sample))
    return "tcvn3" if tcvn3 > cp1258 else "cp1258"


def detect_encoding(sample: bytes) -> str:
    """Return the codec name for a file's first bytes.

    One of utf-8-sig, utf-16, utf-16-le, utf-16-be, utf-8, cp1258 or tcvn3, or "vni" (VNI
    bytes) or "vni-<codec>" (VNI text saved in a Unicode codec, as Excel does with VNI fonts).
    """
    base = _base_encoding(sample)
    if base == "cp1252":
        return "vni"
    if base in ("tcvn3", "cp1258"):
        return base
    text = sample.decode(base, errors="ignore")  # a letter cut at the end is dropped
    return f"vni-{base}" if looks_like_vni(text) else base


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode bytes in the given or detected encoding to NFC text (NFD input becomes NFC)."""
    encoding = encoding or detect_encoding(data[:65536])
    if encoding == "tcvn3":
        return tcvn3_decode(data)
    if encoding == "cp1258":
        return cp1258_decode(data)
    return unicodedata.normalize("NFC", data.decode(encoding, errors="replace"))


class _Tcvn3Decoder(codecs.IncrementalDecoder):
    def decode(self, data: ReadableBuffer, final: bool = False) -> str:
        return bytes(data).decode("latin-1").translate(TCVN3_TABLE)


class _VniDecoder(codecs.IncrementalDecoder):
    """Decode VNI in chunks: a vowel ending a chunk waits for the mark that may start the next."""

    def __init__(self, errors: str = "strict", *, base: str = "cp1252") -> None:
        super().__init__(errors)
        self.base = base
        self._decoder = codecs.getincrementaldecoder(self.base)(errors)
        self._pending = ""
        self._replay = b""

    def decode(self, data: ReadableBuffer, final: bool = False) -> str:
        text = self._pending + self._decoder.decode(self._replay + bytes(data), final)
        self._replay = b""
        self._pending = ""
        if not final and text and text[-1].lower() in _VNI_BASES:
            text, self._pending = text[:-1], text[-1]
        return vni_to_unicode(text)

    def reset(self) -> None:
        self._decoder.reset()
        self._pending, self._replay = "", b""

    def getstate(self) -> tuple[bytes, int]:
        buffered, flags = self._decoder.getstate()
        # The held vowel is one letter: given back as the bytes it came from.
        held = self._pending.encode(_PLAIN.get(self.base, self.base))
        return self._replay + held + buffered, flags

    def setstate(self, state: tuple[bytes, int]) -> None:
        self._decoder.setstate((b"", state[1]))
        self._pending, self._replay = "", state[0]


# The BOM-less codec a held letter is given back in (TextIOWrapper.tell).
_PLAIN = {"utf_8_sig": "utf-8", "utf_16": "utf-16-le"}


def _vni_codec(base: str) -> codecs.CodecInfo:
    """Return the codec that reads VNI text stored in the base codec (cp1252 for VNI bytes)."""
    plain = codecs.lookup(base)
    return codecs.CodecInfo(
        name="vni" if base == "cp1252" else f"vni-{base}",
        encode=plain.encode,
        incrementalencoder=plain.incrementalencoder,
        decode=lambda data, errors="strict": (
            vni_to_unicode(bytes(data).decode(base, errors)),
            len(data),
        ),
        incrementaldecoder=functools.partial(_VniDecoder, base=base),
    )


def _search(name: str) -> codecs.CodecInfo | None:
    if name == "vni":
        return _vni_codec("cp1252")
    if name.startswith("vni_"):
        return _vni_codec(name.removeprefix("vni_"))
    if name != "tcvn3":
        return None
    return codecs.CodecInfo(
        name="tcvn3",
        encode=lambda text, errors="strict": (text.encode("latin-1", errors), len(text)),
        decode=lambda data, errors="strict": (tcvn3_decode(bytes(data)), len(data)),
        incrementaldecoder=_Tcvn3Decoder,
    )


codecs.register(_search)
