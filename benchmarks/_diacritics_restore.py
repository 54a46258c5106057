"""A word-bigram restorer of diacritics for benchmarks/opinion_fold_gap.py (--restore)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from lantoa.core.text import fold
from lantoa.opinion.textnorm import normalise_for_model

_WORD = re.compile(r"\w+")


class Restorer:
    """Diacritics put back on a folded text's words: the likeliest accented forms by a word
    bigram model of the training texts typed with diacritics (Viterbi, unigram-smoothed)."""

    def __init__(self, texts: list[str]) -> None:
        self.unigram: Counter[str] = Counter()
        self.bigram: Counter[tuple[str, str]] = Counter()
        self.forms: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            words = _WORD.findall(normalise_for_model(text))
            if fold(" ".join(words)) == " ".join(words):
                continue
            self.unigram.update(words)
            self.bigram.update(zip(words, words[1:], strict=False))
            for word in words:
                self.forms[fold(word)].add(word)
        self.total = sum(self.unigram.values()) + 1

    def _bigram(self, first: str, second: str) -> float:
        prior = (self.unigram.get(second, 0) + 0.1) / self.total
        count = self.bigram.get((first, second), 0)
        return math.log((count + 5 * prior) / (self.unigram.get(first, 0) + 5))

    def restore(self, normalised: str) -> str:
        """Return the normalised text with its unmarked words given their likeliest marks."""
        tokens = list(_WORD.finditer(normalised))
        if not tokens:
            return normalised
        layers: list[dict[str, tuple[float, str]]] = []
        for match in tokens:
            word = match.group()
            forms = (sorted(self.forms.get(word, ())) or [word]) if fold(word) == word else [word]
            if not layers:
                start = [math.log((self.unigram.get(f, 0) + 0.1) / self.total) for f in forms]
                layers.append({f: (v, "") for f, v in zip(forms, start, strict=True)})
                continue
            layers.append(
                {
                    form: max((v + self._bigram(p, form), p) for p, (v, _) in layers[-1].items())
                    for form in forms
                }
            )
        chosen = [max(layers[-1], key=lambda form: layers[-1][form][0])]
        for layer in reversed(layers[1:]):
            chosen.append(layer[chosen[-1]][1])
        chosen.reverse()
        parts, last = [], 0
        for match, word in zip(tokens, chosen, strict=True):
            parts += [normalised[last : match.start()], word]
            last = match.end()
        return "".join(parts) + normalised[last:]


class Unambiguous:
    """Diacritics put back on a folded text's words only where the training texts typed with
    diacritics leave no doubt: a folded word seen at least `least` times whose commonest marked
    form makes at least `share` of its occurrences (word pairs first, then single words)."""

    def __init__(self, texts: list[str], *, share: float = 0.9, least: int = 5) -> None:
        words: Counter[str] = Counter()
        pairs: Counter[str] = Counter()
        for text in texts:
            found = _WORD.findall(normalise_for_model(text))
            if fold(" ".join(found)) == " ".join(found):
                continue
            words.update(found)
            pairs.update(f"{a} {b}" for a, b in zip(found, found[1:], strict=False))
        self.words = self._sure(words, share, least)
        self.pairs = self._sure(pairs, share, least)

    @staticmethod
    def _sure(counts: Counter[str], share: float, least: int) -> dict[str, str]:
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for form, count in counts.items():
            forms[fold(form)][form] += count
        sure = {}
        for key, seen in forms.items():
            form, count = seen.most_common(1)[0]
            total = sum(seen.values())
            if total >= least and count >= share * total and form != key:
                sure[key] = form
        return sure

    def restore(self, normalised: str) -> str:
        """Return the normalised text with its unmarked words marked where there is no doubt."""
        tokens = _WORD.findall(normalised)
        out: list[str] = []
        i = 0
        while i < len(tokens):
            pair = f"{tokens[i]} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
            if pair in self.pairs:
                out.append(self.pairs[pair])
                i += 2
                continue
            out.append(self.words.get(tokens[i], tokens[i]))
            i += 1
        return " ".join(out)
