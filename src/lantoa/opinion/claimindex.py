"""Claim matching that reads the claim: a sparse index of weighted character n-grams.

Texts are folded (core.text.fold), chat abbreviations expanded, and cut into character
n-grams (3 to 5, across word boundaries, so "bi thu hoi" is one feature). Each n-gram
of the registry weighs its rarity (IDF) over the claims and the stream of items seen
(seed sentences and stored items), so "thu hoi", "phat" or "cam" outweigh topic words
such as "chi dan dia ly" that every comment on the theme shares. A text's score for a
variant is how much of the variant's weight the text contains, damped when the text
adds much weighted material of its own; one sparse product scores all variants at once,
so the time per item stays nearly flat as the registry grows. Rebuttal cues ("tin sai",
"đừng tin", "bịa đặt", …) absent from the matched variant mark the text as refuting.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import sparse

from lantoa.core.text import fold
from lantoa.opinion.privacy import strip_masks
from lantoa.opinion.textnorm import TEEN_CODE, Language, detect_language

CLAIM_THRESHOLD = 0.57
NGRAM_SIZES = (3, 4, 5)
# How much the text's own weighted material outside the variant lowers the score.
PRECISION_WEIGHT = 0.1
# Rare n-grams weigh idf ** IDF_POWER: the claim's own words count far more than topic words.
IDF_POWER = 2.0
# A text that takes pieces from several variants of one claim: the claim's union counts too.
UNION_WEIGHT = 0.7
MIN_WORDS = 3

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUMBER_UNIT = re.compile(r"^(\d+)(tr|k|ng|trieu|nghin)$")
_UNITS = {"tr": "trieu", "k": "nghin", "ng": "nghin"}
_FOLDED_TEEN = {fold(k): fold(v) for k, v in TEEN_CODE.items()}
# Words that mean a comment denies the claim it repeats (folded, matched as whole words).
REBUTTAL_CUES = (
    "tin sai",
    "tin gia",
    "tin bia",
    "tin vit",
    "la sai",
    "khong dung",
    "bia dat",
    "dung tin",
    "bac bo",
    "sai su that",
    "khong co chuyen",
    "lam gi co",
    "xuyen tac",
    "vu khong",
    "khong he",
    "hoan toan khong",
    "dung chia se",
    "dung lan truyen",
    "dung hoang mang",
    "khong phai doi",
    "khong bi cam",
    "khong bat buoc",
    "khong phai tra",
    "mien phi",
    "fake",
    "false",
    "not true",
    "do not share",
    "don t believe",
    "is a rumour",
)
_CUES = re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, REBUTTAL_CUES)) + r")(?![a-z0-9])")

Stance = Literal["spreads", "refutes"]


@dataclass(frozen=True)
class ClaimMatch:
    """The best claim for a text: its id at load, statement, score (0–1) and the text's stance."""

    claim_key: str
    statement: str
    score: float
    stance: Stance
    claim_id: int  # the registry row (Item.claim)


def normalise(text: str) -> str:
    """Return the folded words of a text, abbreviations expanded ("20tr" -> "20 trieu")."""
    words = []
    for word in _WORD.findall(fold(strip_masks(text))):
        unit = _NUMBER_UNIT.match(word)
        if unit:
            words += [unit.group(1), _UNITS.get(unit.group(2), unit.group(2))]
        else:
            words.append(_FOLDED_TEEN.get(word, word))
    return " ".join(words)


def ngrams(normalised: str) -> set[str]:
    """Return the character n-grams of a normalised text, padded with spaces."""
    padded = f" {normalised} "
    return {padded[i : i + size] for size in NGRAM_SIZES for i in range(len(padded) - size + 1)}


def stance_of(normalised: str, variant: str) -> Stance:
    """Return "refutes" when the text has a rebuttal cue the matched variant does not have."""
    cues = set(_CUES.findall(normalised)) - set(_CUES.findall(variant))
    return "refutes" if cues else "spreads"


class ClaimMatcher:
    """The registry's variants in a sparse index; matches texts with or without diacritics."""

    def __init__(
        self,
        claims: Iterable[tuple[int, list[str]]],
        *,
        keys: dict[int, str] | None = None,
        statements: dict[int, str] | None = None,
        stream: Iterable[str] = (),
        threshold: float = CLAIM_THRESHOLD,
    ) -> None:
        self.keys = keys or {}
        self.statements = statements or {}
        self.threshold = threshold
        self.claim_of: list[int] = []
        self.folded: list[str] = []
        self.language: list[str] = []
        grams: list[set[str]] = []
        per_claim: dict[int, set[str]] = {}
        for claim_id, texts in claims:
            for text in texts:
                normalised = normalise(text)
                if len(normalised.split()) < MIN_WORDS:
                    continue
                self.claim_of.append(claim_id)
                self.folded.append(normalised)
                self.language.append(_language(text))
                grams.append(ngrams(normalised))
                per_claim.setdefault(claim_id, set()).update(grams[-1])
        self.vocabulary = {g: i for i, g in enumerate(sorted(set().union(*grams)))}
        self.idf = self._idf(per_claim.values(), stream) ** IDF_POWER
        self.unknown_idf = float(self.idf.max()) if len(self.idf) else 1.0
        rows = [i for i, g in enumerate(grams) for _ in g]
        cols = [self.vocabulary[x] for g in grams for x in g]
        self.matrix = sparse.csr_matrix(
            (self.idf[cols], (rows, cols)), shape=(len(grams), len(self.vocabulary))
        )
        self.mass = np.asarray(self.matrix.sum(axis=1)).ravel()
        self.transposed = self.matrix.T.tocsr()
        # Each claim's union of n-grams, scored against the mean mass of its variants.
        self.claims = sorted(set(self.claim_of))
        claim_row = {c: i for i, c in enumerate(self.claims)}
        union_rows, union_cols = [], []
        for claim_id, gram_set in per_claim.items():
            for gram in gram_set:
                union_rows.append(claim_row[claim_id])
                union_cols.append(self.vocabulary[gram])
        union = sparse.csr_matrix(
            (self.idf[union_cols], (union_rows, union_cols)),
            shape=(len(self.claims), len(self.vocabulary)),
        )
        self.union_t = union.T.tocsr()
        variant_claim = np.array([claim_row[c] for c in self.claim_of], dtype=int)
        counts = np.bincount(variant_claim, minlength=len(self.claims))
        self.claim_mass = np.bincount(variant_claim, self.mass, len(self.claims)) / np.maximum(
            counts, 1
        )
        self.variant_claim = variant_claim

    def _idf(self, claim_grams: Iterable[set[str]], stream: Iterable[str]) -> np.ndarray:
        counts: Counter[str] = Counter()
        documents = 0
        for gram_set in claim_grams:
            counts.update(gram_set)
            documents += 1
        for text in stream:
            counts.update(g for g in ngrams(normalise(text)) if g in self.vocabulary)
            documents += 1
        idf = np.zeros(len(self.vocabulary))
        for gram, index in self.vocabulary.items():
            idf[index] = math.log((documents + 1) / (counts[gram] + 1)) + 1
        return idf

    def match_many(
        self, texts: list[str], languages: list[str] | None = None
    ) -> list[ClaimMatch | None]:
        """Return the best claim at or above the threshold for each text, or None."""
        if not texts:
            return []
        normalised = [normalise(t) for t in texts]
        languages = languages or [_language(t) for t in texts]
        rows: list[int] = []
        cols: list[int] = []
        own_mass = np.zeros(len(texts))
        for row, text in enumerate(normalised):
            if len(text.split()) < MIN_WORDS or not self.claim_of:
                continue
            for gram in ngrams(text):
                col = self.vocabulary.get(gram)
                if col is None:
                    own_mass[row] += self.unknown_idf
                else:
                    rows.append(row)
                    cols.append(col)
                    own_mass[row] += self.idf[col]
        present = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(self.vocabulary))
        )
        overlap = (present @ self.transposed).tocsr()
        union = (present @ self.union_t).toarray() if UNION_WEIGHT else None
        return [
            self._best(
                overlap,
                row,
                own_mass[row],
                normalised[row],
                languages[row],
                None if union is None else union[row],
            )
            for row in range(len(texts))
        ]

    def _best(
        self,
        overlap: sparse.csr_matrix,
        row: int,
        own: float,
        text: str,
        language: str,
        union: np.ndarray | None = None,
    ) -> ClaimMatch | None:
        start, end = overlap.indptr[row], overlap.indptr[row + 1]
        variants, shared = overlap.indices[start:end], overlap.data[start:end]
        if not len(variants):
            return None
        cover = shared / self.mass[variants]
        # Weighted material of the text that the variant lacks, relative to the variant.
        extra = np.clip((own - shared) / self.mass[variants], 0.0, None)
        scores = cover / (1 + PRECISION_WEIGHT * np.log1p(extra))
        if union is not None:
            claim_rows = self.variant_claim[variants]
            whole = np.minimum(union[claim_rows] / self.claim_mass[claim_rows], 1.0)
            scores = np.maximum(scores, UNION_WEIGHT * whole)
        wanted = _family(language)
        for position in np.argsort(-scores):
            variant = int(variants[position])
            if _family(self.language[variant]) != wanted:
                continue
            score = float(scores[position])
            if score < self.threshold:
                return None
            claim_id = self.claim_of[variant]
            return ClaimMatch(
                claim_key=self.keys.get(claim_id, str(claim_id)),
                statement=self.statements.get(claim_id, ""),
                score=round(min(score, 1.0), 3),
                stance=stance_of(text, self.folded[variant]),
                claim_id=claim_id,
            )
        return None

    def match(self, text: str, language: str | None = None) -> ClaimMatch | None:
        """Return the best claim of one text at or above the threshold, or None."""
        return self.match_many([text], None if language is None else [language])[0]


def _language(text: str) -> str:
    return detect_language(text)


def _family(language: str) -> str:
    # Short Vietnamese variants may read as undetermined; they are matched as Vietnamese.
    return Language.VIETNAMESE if language in (Language.VIETNAMESE, Language.UNKNOWN) else language
