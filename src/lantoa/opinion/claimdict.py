"""A second reading of told rumours through a Vietnamese dictionary's definitions (#18).

A rumour retold in other words shares few words with its claim ("gia súc" for "trâu bò"); a
dictionary says what the words mean. claimdata/dictionary_glosses.json gives each folded word of
the monolingual dictionary of the Free Vietnamese Dictionary Project (GPL-2.0-or-later; SOURCES.md
in claimdata) its three rarest definition words ("gia suc" -> "long mao", "suc vat", "trau").
While `reading()` is on, claimtext.features writes them after each word, in a text and in the
claims' wordings alike, so the two meet in the definitions. A text the plain reading leaves
unanswered and tells as a rumour (claimgate.RETOLD) is read again by a twin matcher built so:
answers the plain reading gives are never changed, and texts not told as rumours (news, questions
on the theme, bank customers' posts) are not read twice. benchmarks/opinion_claim_dictionary.py
builds the table and measured it (README, seed/indomain, «A Vietnamese dictionary ...»).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

TABLE = Path(__file__).parent / "claimdata" / "dictionary_glosses.json"
_READING: ContextVar[bool] = ContextVar("claim_dictionary_reading", default=False)
Answer = TypeVar("Answer")


@cache
def glosses() -> dict[str, tuple[str, ...]]:
    """Return each folded word's (or word pair's) definition words."""
    if not TABLE.exists():
        return {}
    table: dict[str, list[str]] = json.loads(TABLE.read_text("utf-8"))
    return {word: tuple(found) for word, found in table.items()}


def active() -> bool:
    """Return whether texts are being read through the dictionary."""
    return _READING.get()


@contextmanager
def reading() -> Iterator[None]:
    """Read texts (and build indexes) through the dictionary within the block."""
    token = _READING.set(True)
    try:
        yield
    finally:
        _READING.reset(token)


def expand(text: str) -> str:
    """Return a canonical text with each word's definition words after it, while reading
    through the dictionary (the text unchanged otherwise)."""
    return with_glosses(text, glosses()) if _READING.get() else text


def with_glosses(text: str, table: Mapping[str, Sequence[str]]) -> str:
    """Return a text with each word (or word pair) the table holds followed by its words."""
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in table:
            out += [pair, *table[pair]]
            i += 2
        else:
            out += [words[i], *table.get(words[i], ())]
            i += 1
    return " ".join(out)


def told(text: str) -> bool:
    """Return whether a text is told as a rumour (claimgate.RETOLD)."""
    # Imported here: claimtext reads this module's expand, and claimgate reads claimtext.
    from lantoa.opinion.claimcanon import canonical
    from lantoa.opinion.claimgate import RETOLD
    from lantoa.opinion.claimtext import normalise

    return bool(RETOLD.search(canonical(normalise(text))[0]))


def twin_match(matcher: Any) -> Callable[[list[str], list[str]], list[Any]]:
    """Return the match of a matcher's twin, built (once, while reading through the dictionary)
    from the same registry, and reading no text again itself."""
    if matcher._twin is None:
        claims, keys, statements, stream, threshold, rebuttals = matcher._twin_of
        matcher._twin = type(matcher)(
            claims,
            keys=keys,
            statements=statements,
            stream=stream,
            threshold=threshold,
            rebuttals=rebuttals,
        )
        matcher._twin.reads_again = False
    return matcher._twin.match_many


def read_again(
    texts: list[str],
    languages: list[str],
    found: list[Answer | None],
    twin: Callable[[], Callable[[list[str], list[str]], list[Answer | None]]],
) -> None:
    """Fill, in place, the answers the plain reading left empty for texts told as rumours, with
    those of the twin matcher that reads through the dictionary (built only when needed)."""
    if not glosses():
        return
    rows = [n for n, answer in enumerate(found) if answer is None and told(texts[n])]
    if not rows:
        return
    with reading():
        match = twin()
        again = match([texts[n] for n in rows], [languages[n] for n in rows])
    for row, answer in zip(rows, again, strict=True):
        found[row] = answer
