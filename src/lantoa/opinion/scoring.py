"""Decision scores of fitted classifier pipelines in numpy, each text's features counted once.

A pipeline (ml.build_pipeline) scores a text as its logistic regression's coefficients times
the TF-IDF rows of its channels, each channel's row L2-normalised and weighted. Per channel
that is scale · Σ tf·idf·coef / √(Σ (tf·idf)²), with tf = 1 + log(count): so the idf times
the coefficients, and the idf squared, are stored per feature in one table per analyzer, for
every model that reads the text with that analyzer. A text's features are then generated and
counted once per analyzer, not once per model and channel, and the per-model work is two
gathers and sums in numpy. Character n-grams, a word's own, are not even cut per text: each
word's known rows are kept, and a batch's are counted in one sort. sklearn's transform and
decision_function give the same scores (tests/opinion/test_scoring.py) but cost milliseconds
of input checks per call.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from typing import Any

import numpy as np

# Texts scored together: bounds the gathered rows (features × classes) held at once.
CHUNK = 512
# Words whose feature rows a table keeps (a few MB); it starts over when full.
WORDS_KEPT = 20_000

Analyzer = Callable[[str], Sequence[str]]
# An analyzer whose features are those of each word in turn: how it cuts a text into words,
# and a word's features (ml.char_features: a word's character n-grams).
ByWord = tuple[Callable[[str], Sequence[str]], Callable[[str], Sequence[str]]]


class _Table:
    """One analyzer's features over every channel that uses it, with their weights per model."""

    def __init__(self, analyzer: Analyzer, by_word: ByWord | None = None) -> None:
        self.analyzer = analyzer
        self.by_word = by_word
        self.word_rows: dict[str, np.ndarray] = {}
        # Row 0 stands for every feature no model knows: its weights are zero.
        self.vocabulary: dict[str, int] = {}
        self.channels: list[tuple[Any, int, int, float]] = []

    def add(self, vectorizer: Any, *, first_column: int, offset: int, scale: float) -> None:
        """Register a channel whose classes start at first_column of the joint scores."""
        # Set operations in C: a Python loop over 10^5 features costs a tenth of a second.
        new = vectorizer.vocabulary_.keys() - self.vocabulary.keys()
        first = len(self.vocabulary) + 1
        self.vocabulary.update(zip(new, range(first, first + len(new)), strict=True))
        self.channels.append((vectorizer, first_column, offset, scale))

    def build(self, coefficients: Sequence[np.ndarray], width: int) -> None:
        """Fill the weight tables once every channel is registered."""
        rows = len(self.vocabulary) + 1
        widths = [len(coefficients[i]) for i in range(len(self.channels))]
        self.weights = np.zeros((rows, sum(widths)))
        self.squares = np.zeros((rows, len(self.channels)))
        self.scales = np.array([scale for _, _, _, scale in self.channels])
        self.block = np.repeat(np.arange(len(self.channels)), widths)
        # Sums each channel's classes into its model's columns of the joint scores.
        self.spread = np.zeros((sum(widths), width))
        start = 0
        for index, (vectorizer, first_column, offset, _) in enumerate(self.channels):
            vocabulary = vectorizer.vocabulary_
            features = np.fromiter(map(self.vocabulary.__getitem__, vocabulary), dtype=np.intp)
            columns = np.fromiter(vocabulary.values(), dtype=np.intp)
            idf = vectorizer.idf_[columns]
            stop = start + widths[index]
            self.weights[features, start:stop] = (
                idf[:, None] * coefficients[index][:, offset + columns].T
            )
            self.squares[features, index] = idf * idf
            self.spread[np.arange(start, stop), first_column + np.arange(widths[index])] = 1.0
            start = stop

    def scores(self, prepared: Sequence[str]) -> np.ndarray:
        """Return every channel's weighted share of the decision scores, one row per text."""
        count = self._counted_by_word if self.by_word else self._counted
        index, counts, starts = count(prepared)
        tf = 1.0 + np.log(counts)
        sums = np.add.reduceat(self.weights[index] * tf[:, None], starts, axis=0)
        norms = np.add.reduceat(self.squares[index] * (tf * tf)[:, None], starts, axis=0)
        # A channel none of whose features the model knows adds nothing (sklearn: a zero row).
        factors = self.scales / np.sqrt(np.where(norms > 0, norms, np.inf))
        return np.asarray((sums * factors[:, self.block]) @ self.spread)

    def _counted(self, prepared: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """Return each text's feature rows, their counts, and where each text's rows start."""
        rows: list[int] = []
        counts: list[int] = []
        starts: list[int] = []
        lookup = self.vocabulary.get
        for text in prepared:
            counted = Counter(self.analyzer(text))
            starts.append(len(rows))
            # A zero row first, so no text's slice is empty for reduceat.
            rows.append(0)
            rows.extend(map(lookup, counted, repeat(0)))
            counts.append(1)
            counts.extend(counted.values())
        return np.asarray(rows, dtype=np.intp), np.asarray(counts, dtype=float), starts

    def _counted_by_word(self, prepared: Sequence[str]) -> tuple[np.ndarray, ...]:
        """Return what _counted does, from each word's known rows, all texts counted in one sort."""
        assert self.by_word is not None
        size = len(self.vocabulary) + 1
        # The zero row once per text, as in _counted: each text's first key.
        keys = [np.arange(len(prepared), dtype=np.int64) * size]
        for number, text in enumerate(prepared):
            words = self.by_word[0](text)
            if words:
                keys.append(np.concatenate(list(map(self._rows_of, words))) + number * size)
        unique, counts = np.unique(np.concatenate(keys), return_counts=True)
        owners = unique // size
        starts = np.searchsorted(owners, np.arange(len(prepared)))
        return unique - owners * size, counts.astype(float), starts

    def _rows_of(self, word: str) -> np.ndarray:
        """Return the rows of a word's features that some model knows, one per occurrence."""
        rows = self.word_rows.get(word)
        if rows is None:
            assert self.by_word is not None
            if len(self.word_rows) >= WORDS_KEPT:
                self.word_rows.clear()
            known = filter(None, map(self.vocabulary.get, self.by_word[1](word)))
            rows = self.word_rows[word] = np.fromiter(known, dtype=np.int64)
        return rows


class JointScorer:
    """Several fitted pipelines' decision scores, their shared analyzers run once per text."""

    def __init__(
        self, pipelines: Sequence[Any], *, by_word: Mapping[Analyzer, ByWord] | None = None
    ) -> None:
        by_word = by_word or {}
        tables: dict[Analyzer, _Table] = {}
        coefficients: dict[Analyzer, list[np.ndarray]] = {}
        self.spans: list[tuple[int, int]] = []
        intercepts = []
        width = 0
        for pipeline in pipelines:
            classifier = pipeline.named_steps["classify"]
            coef = np.asarray(classifier.coef_, dtype=float)
            union = pipeline.named_steps["features"]
            weights = union.transformer_weights or {}
            offset = 0
            for name, vectorizer in union.transformer_list:
                analyzer = vectorizer.analyzer
                table = tables.setdefault(analyzer, _Table(analyzer, by_word.get(analyzer)))
                table.add(
                    vectorizer, first_column=width, offset=offset, scale=weights.get(name, 1.0)
                )
                coefficients.setdefault(vectorizer.analyzer, []).append(coef)
                offset += len(vectorizer.vocabulary_)
            self.spans.append((width, width + len(coef)))
            intercepts.append(np.asarray(classifier.intercept_, dtype=float))
            width += len(coef)
        for analyzer, table in tables.items():
            table.build(coefficients[analyzer], width)
        self.tables = list(tables.values())
        self.intercept = np.concatenate(intercepts)

    def decisions(self, prepared: Sequence[str]) -> list[np.ndarray]:
        """Return each pipeline's decision scores of prepared texts (one row per text)."""
        parts = [self._chunk(prepared[i : i + CHUNK]) for i in range(0, len(prepared), CHUNK)]
        joint = np.vstack(parts) if parts else np.zeros((0, len(self.intercept)))
        return [joint[:, start:stop] for start, stop in self.spans]

    def _chunk(self, prepared: Sequence[str]) -> np.ndarray:
        joint = np.zeros((len(prepared), len(self.intercept)))
        for table in self.tables:
            joint += table.scores(prepared)
        return joint + self.intercept
