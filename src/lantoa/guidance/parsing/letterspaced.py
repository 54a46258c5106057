"""Words an OCR spaced letter by letter ("ỦY B AN NHÂN D Â N") put back whole."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[^\W\d_]+")
# A line is letter-spaced when many of its words are single letters a whole word was cut into.
_MIN_SINGLES = 2
_SINGLES_SHARE = 0.15
# A header's and a signature's words the rest of a text may not hold ("Phó Chủ tịch").
_HEADER_WORDS = frozenset(
    (
        "ủy",
        "uỷ",
        "ban",
        "nhân",
        "dân",
        "hội",
        "đồng",
        "thành",
        "phố",
        "tỉnh",
        "huyện",
        "quận",
        "xã",
        "phường",
        "chủ",
        "tịch",
        "phó",
        "giám",
        "đốc",
        "trưởng",
        "bí",
        "thư",
        "số",
    )
)
_ALONE = 10  # the cost of a piece left as the OCR printed it, against 1 a word
# A piece of letters, then what ends its word ("nh;" in "Chí nh;", "inh," in "M inh,").
_PIECE_RE = re.compile(r"(?P<letters>[^\W\d_]+)(?P<end>[,;:.)]*)")


def _spaced(line: str) -> bool:
    words = _WORD_RE.findall(line)
    singles = sum(1 for w in words if len(w) == 1)
    return singles >= _MIN_SINGLES and singles >= _SINGLES_SHARE * len(words)


def _joined(run: list[str], vocabulary: frozenset[str]) -> list[str]:
    """Return a run of pieces joined into the fewest words the vocabulary knows."""
    best: list[tuple[int, list[str]] | None] = [(0, [])] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 6), end):
            before = best[start]
            if before is None:
                continue
            word = "".join(run[start:end])
            if word.lower() in vocabulary:
                cost = 1
            elif end - start == 1:
                cost = _ALONE
            else:
                continue
            now = best[end]
            if now is None or before[0] + cost < now[0]:
                best[end] = (before[0] + cost, [*before[1], word])
    done = best[-1]
    return done[1] if done is not None else run


def _unspaced(line: str, vocabulary: frozenset[str]) -> str:
    # Pieces between spaces; a run is pieces of letters only, anything else stands alone.
    out: list[str] = []
    run: list[str] = []
    for piece in line.split(" "):
        m = _PIECE_RE.fullmatch(piece)
        if m is None:
            out.extend([*_joined(run, vocabulary), piece])
            run = []
        elif m["end"]:
            run.append(m["letters"])
            words = _joined(run, vocabulary)
            out.extend([*words[:-1], words[-1] + m["end"]])
            run = []
        else:
            run.append(piece)
    out.extend(_joined(run, vocabulary))
    return " ".join(out)


def unspace_letters(lines: list[str]) -> list[str]:
    """Return the lines with letter-spaced words joined as the text's other lines spell them."""
    spaced = [_spaced(line) for line in lines]
    if not any(spaced):
        return lines
    vocabulary = (
        frozenset(
            w.lower()
            for line, odd in zip(lines, spaced, strict=True)
            if not odd
            for w in _WORD_RE.findall(line)
            if len(w) > 1
        )
        | _HEADER_WORDS
    )
    return [
        _unspaced(line, vocabulary) if odd else line
        for line, odd in zip(lines, spaced, strict=True)
    ]
