"""The last reading of a text every other reading left unmatched: told in a rumour's shape and
nearest one claim's words.

A rumour retold in words of its own shares too little with any wording for the index
(claimindex) to vouch for it: its n-grams are the teller's. What it keeps is a rumour's shape
("nghe nói …", "từ tháng sau … phải …", "… bị phạt", a question whether it is true, a denial)
and a few of the claim's words. The shape is a model learned from the development rounds'
labelled comments: a claim's item (told or refuted) against a comment on the same themes that
tells none. A text it calls a rumour with SHAPE_FLOOR or more is matched to the claim whose
words (statement, variants and rebuttal, word n-grams weighted by their rarity across the
registry) it is nearest, when that claim leads the next by NEAREST_MARGIN and is near at least
NEAREST_FLOOR; whether the text spreads or refutes it is learned from the same rows. The models
are trained with the classifiers (`lantoa opinion train`) into the data folder; without them this
reading is skipped.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from lantoa.opinion.claimtext import Stance, normalise

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline

    from lantoa.opinion.claimbest import ClaimMatch
    from lantoa.opinion.claimindex import ClaimMatcher

# Chosen by leave-one-round-out over the development claim rounds, each round's texts scored by
# a model trained without them (benchmarks/opinion_claims_shape.py; the in-domain README, "A
# rumour's shape"): the floors that keep every round's claim-free items matched low.
SHAPE_FLOOR = 0.85
NEAREST_FLOOR = 0.10
NEAREST_MARGIN = 0.03
# A long post is read passage by passage before (claimpassages); whole, its shape is its
# sentences' and its nearest claim anybody's.
MOST_WORDS = 40
MIN_WORDS = 3
SHAPE_FILE = "claim-shape.pkl"
# The rounds the shape never learns from: the held-out test round of the claims.
HELD_OUT = ("test2",)
_WORDS = r"(?u)\b\w+\b"


def shape_rows(*, without: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Return the development claim rounds' Vietnamese texts, each with its stance ("spreads",
    "refutes") or "" for a comment that tells no claim; rounds in `without` are left out."""
    from lantoa.opinion.claimeval import INDOMAIN_CLAIM_SPLITS
    from lantoa.opinion.datasets import indomain_rows

    texts, labels = [], []
    for split in INDOMAIN_CLAIM_SPLITS:
        if split in HELD_OUT or split in without:
            continue
        for row in indomain_rows(split):
            if row.get("language", "vi") == "other":
                continue
            texts.append(normalise(row["text"]))
            labels.append(row["stance"] if row["claim"] is not None else "")
    return texts, labels


def _words_model() -> Pipeline:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(sublinear_tf=True, token_pattern=_WORDS, ngram_range=(1, 2), min_df=2),
        LogisticRegression(C=3.0, max_iter=3000, class_weight="balanced"),
    )


@dataclass
class RumourShape:
    """Whether a text tells some claim, and whether it spreads or refutes it, from its words."""

    telling: Pipeline
    stances: Pipeline

    def told(self, normalised: list[str]) -> np.ndarray:
        """Return the probability that each text tells a claim (spreads or refutes one)."""
        return np.asarray(self.telling.predict_proba(normalised)[:, 1])

    def stance(self, normalised: list[str]) -> list[Stance]:
        """Return whether each text spreads or refutes the claim it tells."""
        return [cast("Stance", str(label)) for label in self.stances.predict(normalised)]


def shape_fit(texts: list[str], labels: list[str]) -> RumourShape:
    """Return the shape fitted on normalised texts and their stances ("" for none).

    The stance is learned too: left out of training, the matcher's own cues read the stance of
    what this reading adds right 159 times in 191, the learned one 184 (the in-domain README).
    """
    told = [i for i, label in enumerate(labels) if label]
    return RumourShape(
        telling=_words_model().fit(texts, [int(bool(label)) for label in labels]),
        stances=_words_model().fit([texts[i] for i in told], [labels[i] for i in told]),
    )


def shape_path() -> Path:
    """Return where the trained shape model lies in the data folder."""
    from lantoa.opinion.modelfiles import models_dir

    return models_dir() / SHAPE_FILE


@cache
def _shipped_fit() -> bytes:
    # The rows are the package's own: one fit a process serves every training run in it.
    return pickle.dumps(shape_fit(*shape_rows()), protocol=pickle.HIGHEST_PROTOCOL)


def shape_train() -> Path:
    """Fit the shape model on every development claim round and write it; return its path."""
    path = shape_path()
    # Written whole and then moved into place: a classifier loading it never reads half a file.
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(handle, "wb") as stream:
        stream.write(_shipped_fit())
    os.replace(temporary, path)
    return path


def shape_ensure() -> None:
    """Train the shape model when the data folder has none yet (the demo)."""
    if not shape_path().exists():
        shape_train()


_loaded: dict[str, Any] = {}


def shape_load() -> RumourShape | None:
    """Return the trained shape model of the data folder (read again when it changes), or None."""
    path = shape_path()
    try:
        stamp = (str(path), path.stat().st_mtime_ns)
    except FileNotFoundError:
        return None
    if _loaded.get("stamp") != stamp:
        with path.open("rb") as stream:
            _loaded["model"] = pickle.load(stream)  # noqa: S301 - the data folder's own file
        _loaded["stamp"] = stamp
    model: RumourShape = _loaded["model"]
    return model


class NearestClaims:
    """Each claim's words (statement, variants, rebuttal) as one document of word n-grams."""

    def __init__(self, claims: list[tuple[int, list[str]]], rebuttals: dict[int, str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        ids = sorted({claim_id for claim_id, _texts in claims})
        words: dict[int, list[str]] = {claim_id: [] for claim_id in ids}
        for claim_id, texts in claims:
            words[claim_id] += [normalise(text) for text in texts]
        for claim_id in ids:
            if rebuttals.get(claim_id):
                words[claim_id].append(normalise(rebuttals[claim_id]))
        self.ids = np.array(ids, dtype=np.int64)
        self.vectorizer: TfidfVectorizer = TfidfVectorizer(
            sublinear_tf=True, token_pattern=_WORDS, ngram_range=(1, 2)
        )
        self.matrix = self.vectorizer.fit_transform([" ".join(words[c]) for c in ids]).T.tocsr()

    def nearest(self, normalised: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return each text's nearest claim, its cosine and its lead over the next claim."""
        near = (self.vectorizer.transform(normalised) @ self.matrix).toarray()
        if near.shape[1] < 2:
            near = np.hstack([near, np.zeros((len(normalised), 1))])
        order = np.argsort(-near, axis=1)
        rows = np.arange(len(normalised))
        top, second = near[rows, order[:, 0]], near[rows, order[:, 1]]
        return self.ids[np.minimum(order[:, 0], len(self.ids) - 1)], top, top - second


def told_by_shape(
    matcher: ClaimMatcher,
    texts: list[str],
    languages: list[str],
    found: list[ClaimMatch | None],
) -> None:
    """Fill, in place, the answers every other reading left empty for Vietnamese texts told in
    a rumour's shape and nearest one claim's words."""
    from lantoa.opinion.claimbest import answer_for

    model = matcher.shape
    rows = [
        n
        for n, answer in enumerate(found)
        if answer is None
        and languages[n] == "vi"
        and MIN_WORDS <= len(texts[n].split()) <= MOST_WORDS
    ]
    if model is None or not rows or not len(matcher.claims):
        return
    normalised = [normalise(texts[n]) for n in rows]
    shaped = model.told(normalised) >= SHAPE_FLOOR
    if not shaped.any():
        return
    kept = [n for n, told in zip(range(len(rows)), shaped, strict=True) if told]
    claim_ids, near, lead = matcher.nearest_claims().nearest([normalised[k] for k in kept])
    taken = [
        (k, int(claim_id), float(score))
        for k, claim_id, score, margin in zip(kept, claim_ids, near, lead, strict=True)
        if score >= NEAREST_FLOOR and margin >= NEAREST_MARGIN
    ]
    if not taken:
        return
    # The stance too is the shape's: the cues the matcher reads a wording's retelling by miss
    # a rumour denied in words of its own.
    stances = model.stance([normalised[k] for k, _claim, _score in taken])
    for (k, claim_id, score), stance in zip(taken, stances, strict=True):
        answer = answer_for(matcher, normalised[k], claim_id, score)
        found[rows[k]] = replace(answer, stance=stance)
