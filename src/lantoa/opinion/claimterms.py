"""A claim's own act words, read from the registry at load time instead of from a hand list.

A registry's rebuttal says what did not happen ("… không bị đấu giá", "Không có quy định đình
chỉ học sinh …", "There is no order to cut down …"): the words it denies that the claim's own
wordings also say are the claim's act, whatever the word tables know. Words common in the
stream or shared by many claims ("OCOP", "nhãn hiệu", "Điện Biên") are topic, not act.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

import numpy as np
from scipy import sparse

from lantoa.opinion.claimcues import conditional
from lantoa.opinion.claimtext import Stance, stance_of

# Words that open a denial in a rebuttal, folded ("không", "chưa", "chẳng", "no", "not").
_NEGATIONS = frozenset(("khong", "chua", "chang", "cha", "no", "not", "never", "nor"))
# How many words after a negation the denied act may stand ("không có quyết định xóa bỏ …").
WINDOW = 6
# Words that carry no act: fillers after a negation, particles, pronouns, function words.
_EMPTY = frozenset(
    (
        *("he", "tung", "bi", "ai", "co", "phai", "the", "cu", "con", "duoc", "lam", "ca", "nao"),
        *("gi", "viec", "chuyen", "lenh", "khoan", "la", "cac", "nhung", "mot", "moi", "nay"),
        *("is", "are", "was", "were", "be", "been", "an", "a", "to", "of", "the", "there", "any"),
        *("need", "needed", "order", "rule", "one", "has", "have", "do", "does"),
    )
)
_JOINS = frozenset(("hay", "hoac", "or", "nor"))
_EMPTY_PAIRS = frozenset(("quy dinh", "quyet dinh", "chu truong", "van ban", "ai do"))
# A word in more than this share of the stream's texts is a topic word, not an act.
MAX_STREAM_SHARE = 0.01
MIN_STREAM = 3  # texts: in a short stream nothing is common
# ... or one that this many claims of the registry say.
MAX_CLAIMS = 2
_CLAUSE = re.compile(r"[.;,:!?()\n]+")


def terms(words: list[str]) -> set[str]:
    """Return the terms of a run of folded words: its two-word pairs and its longer words."""
    pairs = zip(words, words[1:], strict=False)
    found = {f"{a} {b}" for a, b in pairs if a not in _EMPTY or b not in _EMPTY}
    return found | {w for w in words if w not in _EMPTY}


def _negation(words: list[str], at: int) -> bool:
    """Tell whether the word at `at` is a negation ("chùa" of Tủa Chùa is none, nor "cho không",
    given for free)."""
    before = words[at - 1] if at else ""
    return words[at] in _NEGATIONS and (words[at], before) not in (
        ("chua", "tua"),
        ("khong", "cho"),
    )


def _act_starts(words: list[str], at: int) -> list[int]:
    """Return where the acts a negation at `at` denies may start: after it, and after a word
    joining a second act ("không có quyết định xóa bỏ hay sáp nhập"); after "nào" the act
    follows its doer ("không có tập đoàn nào mua …")."""
    window = range(at + 1, min(at + 1 + WINDOW, len(words)))
    after_which = [k + 1 for k in window if words[k] == "nao"]
    return after_which or [at + 1, *(k + 1 for k in window if words[k] in _JOINS)]


def _denied_at(words: list[str], start: int) -> list[str]:
    """Return the two words a negation ending before `start` denies, words of no act passed."""
    start = _act_at(words, start)
    return words[start : start + 2]


def _act_at(words: list[str], start: int) -> int:
    """Return where the act a negation ending before `start` denies begins."""
    while start < len(words):
        if " ".join(words[start : start + 2]) in _EMPTY_PAIRS:
            start += 2
        elif words[start] in _EMPTY or words[start] in _NEGATIONS:
            start += 1
        else:
            break
    return start


def denies_terms(normalised: str, own: frozenset[str]) -> bool:
    """Tell whether a text denies one of a claim's act terms ("… không đấu giá gì hết")."""
    if not own:
        return False
    words = normalised.split()
    for at in range(len(words)):
        if not _negation(words, at):
            continue
        for start in _act_starts(words, at):
            first = _act_at(words, start)
            act = words[first : first + 2]
            # "Cơ sở nào không nộp công thức rang thì bị cấm": a condition, the claim itself.
            if act and (act[0] in own or " ".join(act) in own) and not conditional(words, first):
                return True
    return False


def denied_terms(rebuttal: str, normalise: Callable[[str], str]) -> set[str]:
    """Return the act a rebuttal denies: the first word, and the first two words, that follow
    each negation once words carrying no act ("có", "bị", "quy định") are passed."""
    found: set[str] = set()
    for clause in _CLAUSE.split(rebuttal):
        said = normalise(clause).split()
        for at in range(len(said)):
            if not _negation(said, at):
                continue
            for start in _act_starts(said, at):
                act = _denied_at(said, start)
                if act:
                    found.add(act[0])
                if len(act) == 2:
                    found.add(" ".join(act))
    return found


def act_terms(
    claims: Iterable[tuple[int, list[str], str]],
    stream: Iterable[str],
    normalise: Callable[[str], str],
) -> dict[int, frozenset[str]]:
    """Return each claim's act words: denied by its rebuttal, said by one of its wordings,
    rare in the stream and among the registry's claims."""
    claims = list(claims)
    if not any(rebuttal for _c, _w, rebuttal in claims):  # nothing denied, no act to read
        return {claim_id: frozenset() for claim_id, _w, _r in claims}
    said: dict[int, set[str]] = {}
    denied: dict[int, set[str]] = {}
    for claim_id, wordings, rebuttal in claims:
        said[claim_id] = {t for text in wordings for t in terms(normalise(text).split())}
        denied[claim_id] = denied_terms(rebuttal, normalise) if rebuttal else set()
    if not any(denied[c] & said[c] for c in said):  # no act to weigh (a registry without rebuttals)
        return {claim_id: frozenset() for claim_id in said}
    in_claims = Counter(w for words in said.values() for w in words)
    texts = 0
    in_stream: Counter[str] = Counter()
    for text in stream:
        in_stream.update(terms(normalise(text).split()))
        texts += 1
    limit = max(MAX_STREAM_SHARE * texts, MIN_STREAM)
    return {
        claim_id: frozenset(
            w
            for w in denied[claim_id] & said[claim_id]
            if in_claims[w] <= MAX_CLAIMS and in_stream[w] <= limit
        )
        for claim_id in said
    }


class ClaimTerms:
    """Each claim's act terms as a (claim x term) matrix, and the terms a text says."""

    def __init__(
        self,
        claims: list[tuple[int, list[str]]],
        rebuttals: dict[int, str],
        stream: Iterable[str],
        normalise: Callable[[str], str],
        order: list[int],
    ) -> None:
        own = act_terms([(c, t, rebuttals.get(c, "")) for c, t in claims], stream, normalise)
        # A text denying a term refutes the claim, unless the claim's own wordings deny it too
        # ("… nếu chưa xin phép"): such a term still says the act.
        self.denials = {
            c: own[c].difference(*(denied_terms(t, normalise) for t in texts)) if own[c] else own[c]
            for c, texts in claims
        }
        self.vocabulary = {t: i for i, t in enumerate(sorted(set().union(*own.values())))}
        self.first_words = {t.split()[0] for t in self.vocabulary}
        rows = [row for row, c in enumerate(order) for _t in own.get(c, ())]
        cols = [self.vocabulary[t] for c in order for t in own.get(c, ())]
        self.matrix = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(order), max(len(self.vocabulary), 1))
        )

    def said(self, normalised: list[str]) -> np.ndarray:
        """Return, for each text, which terms it says (rows: texts, columns: terms)."""
        found = np.zeros((len(normalised), self.matrix.shape[1]), dtype=bool)
        if not self.vocabulary:
            return found
        for row, text in enumerate(normalised):
            words = text.split()
            if self.first_words.isdisjoint(words):
                continue
            for at, word in enumerate(words):
                if word not in self.first_words:
                    continue
                for term in (word, " ".join(words[at : at + 2])):
                    column = self.vocabulary.get(term)
                    if column is not None:
                        found[row, column] = True
        return found

    def denied(self, normalised: str, claim_id: int) -> bool:
        """Tell whether a text denies one of the claim's act terms."""
        return denies_terms(normalised, self.denials.get(claim_id, frozenset()))

    def stance(
        self, normalised: str, variant: str, claim_id: int, echoed: dict[int, int] | None = None
    ) -> Stance:
        """Return a text's stance to a variant; "refutes" also when it denies the act terms
        (`echoed`: the groups each claim's own wordings deny)."""
        if self.denied(normalised, claim_id):
            return "refutes"
        return stance_of(normalised, variant, (echoed or {}).get(claim_id, 0))
