"""Claim matching (the registry's index, opinion.claimindex) and near-duplicate detection.

Near-duplicates, on text folded to no diacritics: MinHash signatures (64 permutations) cut
into 32 bands of 2 rows (LSH); items sharing a band key are candidates, kept when their
estimated Jaccard similarity reaches 0.5. Measured on a labelled set built from ../shared/data
(benchmarks/opinion_cluster.py --labelled), 32 bands of 2 find more retellings than 16 of 4
for about the same precision.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

from lantoa.core.text import fold
from lantoa.opinion.claimindex import ClaimMatch, ClaimMatcher
from lantoa.opinion.claimshape import shape_load

__all__ = ["ClaimMatch", "ClaimMatcher", "NearDuplicateIndex", "claim_match", "signature"]

NUM_PERM = 64
BANDS, ROWS = 32, 2
DUPLICATE_THRESHOLD = 0.5
MEMBERS_PER_BAND = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_SCHEME = "affine32"
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=51, scheme=_SCHEME).permutations


def folded_words(text: str) -> list[str]:
    """Return the words of the text folded to lower case without diacritics."""
    return _WORD.findall(fold(text))


def shingles(words: list[str], size: int = 3) -> set[bytes]:
    """Return word n-gram shingles (whole words for very short texts)."""
    if len(words) < size:
        return {w.encode() for w in words}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray | None:
    """Return the MinHash signature of a text's folded word shingles, or None for no words."""
    grams = shingles(folded_words(text))
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=51, permutations=_PERMUTATIONS, scheme=_SCHEME)
    minhash.update_batch(list(grams))
    return minhash.hashvalues.astype(np.uint64)


def band_keys(sig: np.ndarray) -> list[str]:
    """Return the LSH band keys of a signature ("<band>:<hash>")."""
    keys = []
    for band in range(BANDS):
        rows = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{band}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Return the Jaccard similarity estimated from two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


class NearDuplicateIndex:
    """The one near-duplicate clusterer: gives each signature a cluster through LSH band keys.

    Imports use it through opinion.intake.StoredIndex (members kept as ClusterBand rows), the
    benchmark in memory. Every member registers its band keys with its own signature, so a
    retelling that drifts from the first telling still joins the story through the member it
    resembles; a bucket keeps at most MEMBERS_PER_BAND members of each cluster.
    """

    def __init__(self, threshold: float = DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self.buckets: dict[str, list[tuple[int, np.ndarray]]] = {}
        self.clusters = 0

    def fetch(self, keys: set[str]) -> None:
        """Make the members stored under these keys known (in memory: they are already)."""

    def open_cluster(self, position: int) -> int:
        """Return the number of a new cluster for the signature at this position of place()."""
        self.clusters += 1
        return self.clusters - 1

    def keep(self, key: str, cluster: int, sig: np.ndarray) -> None:
        """Record a member added under a key (in memory: the bucket is the record)."""

    def place(self, sigs: list[np.ndarray | None]) -> list[int | None]:
        """Return the cluster of each signature (None for none), opening clusters as needed."""
        keyed = [band_keys(sig) if sig is not None else [] for sig in sigs]
        self.fetch({key for keys in keyed for key in keys})
        placed: list[int | None] = []
        for position, (sig, keys) in enumerate(zip(sigs, keyed, strict=True)):
            if sig is None:
                placed.append(None)
                continue
            best, best_score = None, self.threshold
            for key in keys:
                for cluster, member in self.buckets.get(key, ()):
                    score = similarity(sig, member)
                    if score >= best_score:
                        best, best_score = cluster, score
            if best is None:
                best = self.open_cluster(position)
            for key in keys:
                members = self.buckets.setdefault(key, [])
                # A few members per story and key find the story again; storage stays bounded.
                if sum(1 for cluster, _sig in members if cluster == best) < MEMBERS_PER_BAND:
                    members.append((best, sig))
                    self.keep(key, best, sig)
            placed.append(best)
        return placed

    def add(self, text: str) -> int | None:
        """Return the cluster of the text, opening a new one when nothing near is known."""
        return self.place([signature(text)])[0]


_registry: dict[str, object] = {}


# The stream the index weighs rarity over: the latest stored items (masked texts).
STREAM_ITEMS = 5000


def registry_matcher() -> ClaimMatcher:
    """Return the matcher of the claims not retired, rebuilt when the registry has changed."""
    from django.db.models import Count, Max

    from lantoa.opinion.claimeval import stream_sentences
    from lantoa.opinion.models import Claim, ClaimState, Item

    claims = Claim.objects.exclude(state=ClaimState.RETIRED)
    stamp = tuple(claims.aggregate(n=Count("pk"), at=Max("updated_at"), top=Max("pk")).values())
    if _registry.get("stamp") != stamp:
        rows = list(claims.values_list("pk", "key", "statement", "variants", "rebuttal"))
        stored = Item.objects.exclude(text="").order_by("-pk").values_list("text", flat=True)
        _registry["matcher"] = ClaimMatcher(
            [(pk, [statement, *(variants or [])]) for pk, _key, statement, variants, _r in rows],
            keys={pk: key or f"ld-{pk}" for pk, key, _s, _v, _r in rows},
            statements={pk: statement for pk, _k, statement, _v, _r in rows},
            stream=[*stream_sentences(), *stored[:STREAM_ITEMS]],
            rebuttals={pk: rebuttal for pk, _k, _s, _v, rebuttal in rows},
        )
        _registry["stamp"] = stamp
    matcher = _registry["matcher"]
    assert isinstance(matcher, ClaimMatcher)
    # The trained shape of a rumour (claimshape), read again after `lantoa opinion train`.
    matcher.shape = shape_load()
    return matcher


def registry_forget() -> None:
    """Drop the cached index (after retention: it was weighted over texts now removed)."""
    _registry.clear()


def claim_match(text: str, *, language: str) -> ClaimMatch | None:
    """Return the registry's best claim for a text in the given language, or None."""
    return registry_matcher().match(text, language)
