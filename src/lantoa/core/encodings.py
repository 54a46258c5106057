"""The one text decoder: UTF-8 (BOM or not), UTF-16, Windows-1258 and TCVN3, detected, to NFC."""

from __future__ import annotations

import codecs
import re
import unicodedata

from lantoa.core.text import utf16_codec

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


def detect_encoding(sample: bytes) -> str:
    """Return the codec name for a file's first bytes: utf-8-sig, utf-16, utf-8, cp1258 or tcvn3."""
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
    cp1258 = _vietnamese_score(cp1258_decode(sample))
    tcvn3 = _vietnamese_score(tcvn3_decode(sample))
    return "tcvn3" if tcvn3 > cp1258 else "cp1258"


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode bytes in the given or detected encoding to NFC text (NFD input becomes NFC)."""
    encoding = encoding or detect_encoding(data[:65536])
    if encoding == "tcvn3":
        return tcvn3_decode(data)
    if encoding == "cp1258":
        return cp1258_decode(data)
    return unicodedata.normalize("NFC", data.decode(encoding, errors="replace"))


class _Tcvn3Decoder(codecs.IncrementalDecoder):
    def decode(self, data: bytes, final: bool = False) -> str:  # type: ignore[override]
        return bytes(data).decode("latin-1").translate(TCVN3_TABLE)


def _search(name: str) -> codecs.CodecInfo | None:
    if name != "tcvn3":
        return None
    return codecs.CodecInfo(
        name="tcvn3",
        encode=lambda text, errors="strict": (text.encode("latin-1", errors), len(text)),
        decode=lambda data, errors="strict": (tcvn3_decode(bytes(data)), len(data)),
        incrementaldecoder=_Tcvn3Decoder,
    )


codecs.register(_search)
