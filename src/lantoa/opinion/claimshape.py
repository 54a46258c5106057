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
NEAREST_FLOOR. The model is trained with the classifiers (`lantoa opinion train`) into the data
folder; without it this reading is skipped.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from lantoa.opinion.claimtext import normalise

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


def shape_rows(*, without: tuple[str, ...] = ()) -> tuple[list[str], list[int]]:
    """Return the development claim rounds' Vietnamese texts, 1 for a claim's item (told or
    refuted) and 0 for a comment that tells none; rounds in `without` are left out."""
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
            labels.append(int(row["claim"] is not None))
    return texts, labels


def shape_fit(texts: list[str], labels: list[int]) -> Pipeline:
    """Return the shape model fitted on normalised texts (1: a claim's item)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(sublinear_tf=True, token_pattern=_WORDS, ngram_range=(1, 2), min_df=2),
        LogisticRegression(C=3.0, max_iter=3000, class_weight="balanced"),
    ).fit(texts, labels)


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


def shape_load() -> Pipeline | None:
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
    model: Pipeline = _loaded["model"]
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
    shaped = model.predict_proba(normalised)[:, 1] >= SHAPE_FLOOR
    if not shaped.any():
        return
    kept = [n for n, told in zip(range(len(rows)), shaped, strict=True) if told]
    claim_ids, near, lead = matcher.nearest_claims().nearest([normalised[k] for k in kept])
    for k, claim_id, score, margin in zip(kept, claim_ids, near, lead, strict=True):
        if score >= NEAREST_FLOOR and margin >= NEAREST_MARGIN:
            found[rows[k]] = answer_for(matcher, normalised[k], int(claim_id), float(score))
