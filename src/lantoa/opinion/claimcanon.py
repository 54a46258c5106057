"""Reading a text with the predicate tables (claimwords.py): each predicate replaced by its
group's word, so "không cho bán" and "cấm bán" share n-grams, and the text's groups as bits."""

from __future__ import annotations

import re
from functools import lru_cache

from lantoa.opinion.claimwords import GROUPS, PREDICATES

_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=][^)]*\))*")


def _first_words(entry: str) -> tuple[str, ...]:
    """Return the words an entry of PREDICATES can start with."""
    lookbehinds = _LOOKBEHINDS.match(entry)
    body = entry[lookbehinds.end() :] if lookbehinds else entry
    choice = re.match(r"\(\?:([a-z |]+)\)", body)
    if choice:
        return tuple(option.split()[0] for option in choice.group(1).split("|"))
    first = re.match(r"[a-z]+", body)
    assert first, entry
    return (first.group(0),)


# Entries by the word they start with, in GROUPS order: a text is read word by word, and
# only the entries starting with that word are tried (one regular expression of them all
# costs 90 µs a comment; claim matching has a budget of 1 ms for everything).
_BY_FIRST: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
for _bit, _group in enumerate(GROUPS):
    for _entry in PREDICATES[_group]:
        _pattern = re.compile(f"(?:{_entry})(?![a-z0-9])")
        for _word in _first_words(_entry):
            _BY_FIRST.setdefault(_word, []).append((_bit, _pattern))


# Cached: matching reads a text's canonical form for its n-grams, its cues and its stance.
@lru_cache(maxsize=8192)
def canonical(normalised: str) -> tuple[str, int]:
    """Return the folded text with each predicate replaced by its group's word ("q<i>q"), and
    its groups as bits (bit i: GROUPS[i]), so "không cho bán" and "cấm bán" share n-grams."""
    mask = 0
    pieces: list[str] = []
    done = 0  # the text before this position is in pieces
    position = 0
    for word in normalised.split(" "):
        start, position = position, position + len(word) + 1
        if start < done or word not in _BY_FIRST:
            continue
        act = act_at(normalised, start, word)
        if act:
            pieces += [normalised[done:start], f"q{act[0]}q"]
            done = act[1]
            mask |= 1 << act[0]
    if not mask:
        return normalised, 0
    pieces.append(normalised[done:])
    return "".join(pieces), mask


def act_at(normalised: str, start: int, word: str) -> tuple[int, int] | None:
    """Return the group (its bit) and end of the predicate starting at a word of a folded
    text, or None."""
    for bit, pattern in _BY_FIRST.get(word, ()):
        found = pattern.match(normalised, start)
        if found:
            return bit, found.end()
    return None


def predicate_mask(normalised: str) -> int:
    """Return the predicate groups of a folded text as bits (bit i: GROUPS[i])."""
    return canonical(normalised)[1]
