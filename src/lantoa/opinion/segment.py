"""Vietnamese word segmentation: underthesea's CRF, and a fast longest-match on its dictionary.

underthesea's `word_tokenize` (CRF) segments about 550 short comments a second on one core,
too slow for the 1,000 items/s target once the classifier runs too. The classifiers therefore
segment with a longest-match over underthesea's own word list (Viet74K, shipped in the
package), which runs at tens of thousands of items a second; `segment_crf` stays available
for quality checks (`lantoa opinion evaluate --segmenter crf`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import underthesea
from underthesea import word_tokenize

_SYLLABLE = re.compile(r"\w+", re.UNICODE)
MAX_WORD_SYLLABLES = 4


@cache
def lexicon() -> frozenset[str]:
    """Return the multi-syllable words of underthesea's Viet74K dictionary, lower case."""
    path = Path(underthesea.__file__).parent / "corpus" / "data" / "Viet74K.txt"
    words: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word = line.strip().lower()
            if " " in word and word.count(" ") < MAX_WORD_SYLLABLES:
                words.add(word)
    return frozenset(words)


@cache
def _longest_after() -> dict[str, int]:
    """Return the most syllables of the dictionary words that start with each pair of syllables."""
    longest: dict[str, int] = {}
    for word in lexicon():
        first, second = word.split(" ", 2)[:2]
        key = f"{first} {second}"
        longest[key] = max(longest.get(key, 0), word.count(" ") + 1)
    return longest


def segment(text: str) -> list[str]:
    """Return the words of lower-case text, joining dictionary words with "_" (longest match)."""
    words = lexicon()
    # Most pairs of syllables start no dictionary word: they are not joined further to look.
    longest = _longest_after()
    syllables = _SYLLABLE.findall(text)
    out: list[str] = []
    i, count = 0, len(syllables)
    while i < count:
        most = longest.get(f"{syllables[i]} {syllables[i + 1]}", 0) if i + 1 < count else 0
        for size in range(min(most, count - i), 1, -1):
            candidate = " ".join(syllables[i : i + size])
            if candidate in words:
                out.append(candidate.replace(" ", "_"))
                i += size
                break
        else:
            out.append(syllables[i])
            i += 1
    return out


def segment_crf(text: str) -> list[str]:
    """Return the words found by underthesea's CRF word segmenter, joined with "_"."""
    return [
        token.lower().replace(" ", "_") for token in word_tokenize(text) if _SYLLABLE.search(token)
    ]
