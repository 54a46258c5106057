"""A claim text as the matcher reads it: folded words, character n-grams, and its stance."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from lantoa.core.text import fold
from lantoa.opinion.claimcanon import canonical
from lantoa.opinion.claimcues import (
    CUES,
    DENIED,
    STORY_CUES,
    allows_banned,
    denies_claim_words,
    echoes_denial,
    still_asked,
)
from lantoa.opinion.claimdict import expand
from lantoa.opinion.claimnumbers import spoken_numbers
from lantoa.opinion.claimsyn import synonyms
from lantoa.opinion.privacy import strip_masks
from lantoa.opinion.textnorm import TEEN_CODE, Language

NGRAM_SIZES = (3, 4, 5)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUMBER_UNIT = re.compile(r"^(\d+)(tr|k|ng|trieu|nghin)$")
_UNITS = {"tr": "trieu", "k": "nghin", "ng": "nghin"}
_FOLDED_TEEN = {fold(k): fold(v) for k, v in TEEN_CODE.items()}
_AFTER_NUMBER = frozenset(("kg", "k", "m", "h", "g", "t"))
Stance = Literal["spreads", "refutes"]


def normalise(text: str) -> str:
    """Return the folded words of a text, abbreviations expanded ("20tr" -> "20 trieu") and
    amounts said in words or slang written as digits ("hai củ" -> "2 trieu"; claimnumbers)."""
    words: list[str] = []
    for word in _WORD.findall(fold(strip_masks(text))):
        unit = _NUMBER_UNIT.match(word)
        if unit:
            words += [unit.group(1), _UNITS.get(unit.group(2), unit.group(2))]
        elif words and words[-1].isdigit() and word in _AFTER_NUMBER:
            # "300 kg" is a weight, not "300 không" (a denial to the rebuttal cues).
            words.append(word)
        else:
            words.append(_FOLDED_TEEN.get(word, word))
    return " ".join(spoken_numbers(words))


def ngrams(normalised: str) -> set[str]:
    """Return the n-grams of a normalised text (see features)."""
    return features(normalised)[0]


def features(normalised: str) -> tuple[set[str], int]:
    """Return the character n-grams of a normalised text, padded with spaces, with its
    predicates written as their groups' words and its everyday synonyms as one form
    (claimsyn); and its predicate groups as bits."""
    text, mask = canonical(normalised)
    # While a told rumour is read again through the dictionary (claimdict), its words' meanings.
    padded = f" {expand(synonyms(text))} "
    return set(map(padded.__getitem__, _cuts(len(padded)))), mask


@lru_cache(maxsize=1024)
def _cuts(length: int) -> tuple[slice, ...]:
    """Return the slices of a text's n-grams, in features' order (shorter n-grams first)."""
    return tuple(slice(i, i + size) for size in NGRAM_SIZES for i in range(length - size + 1))


def stance_of(normalised: str, variant: str, echoed: int = 0) -> Stance:
    """Return "refutes" when the text has a rebuttal cue, a denied predicate or denied words
    of the claim that the matched variant does not have (`echoed`: the groups the claim's own
    wordings deny, which a text repeating the claim denies too)."""
    cues = set(CUES.findall(normalised)) - set(CUES.findall(variant))
    # A cue denying an act the claim itself denies ("không phải nộp") repeats the claim.
    if any(not echoes_denial(canonical(cue)[0], echoed) for cue in cues):
        return "refutes"
    text, said = canonical(normalised)[0], canonical(variant)[0]
    if DENIED.search(text) and not DENIED.search(said) and not echoes_denial(text, echoed):
        return "refutes"
    if denies_claim_words(text, said) or allows_banned(text, said):
        return "refutes"
    return "refutes" if still_asked(text, echoed) else "spreads"


class Normalised(dict[str, str]):
    """normalise() of each text asked for, computed once."""

    def __missing__(self, text: str) -> str:
        self[text] = normalise(text)
        return self[text]


def calls_false(normalised: str) -> bool:
    """Tell whether a text calls a story false or denies an act (not a fact merely stated,
    as "miễn phí" is)."""
    return bool(STORY_CUES.search(normalised) or DENIED.search(canonical(normalised)[0]))


def language_family(language: str) -> str:
    """Return the language a text is matched in."""
    # Short Vietnamese variants may read as undetermined; they are matched as Vietnamese.
    return Language.VIETNAMESE if language in (Language.VIETNAMESE, Language.UNKNOWN) else language
