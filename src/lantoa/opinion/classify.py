"""Classify opinion texts: sentiment, topic, toxicity and matched claim, each with a score.

Scores are the calibrated probabilities of the active models; a task whose model is not sure
enough (opinion/calibration.py) still names its best label but is listed in `abstained`, and
the item waits in the "cần rà soát nhãn" queue for a person.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from lantoa.core.text import fold
from lantoa.opinion.ml import (
    LoadedModel,
    Prediction,
    active_models,
    prepare_batch,
    routed_predictions,
)
from lantoa.opinion.textnorm import (
    OTHER_TOPIC,
    Language,
    detect_language,
    has_letters,
    is_folded,
)

# A longer text is a post of many sentences: the claim is one of them, not its sentiment
# (UTS2017_Bank's test posts of 65 to 130 words matched claims and lost 0.2 points).
CLAIM_SENTIMENT_MAX_WORDS = 50
_CUE_WORD = re.compile(r"\w+")


def sentiment_of_claim(label: str, *, stance: str | None, text: str, toxic: bool) -> str:
    """Return the sentiment the labelling guide gives a comment by the claim it states."""
    # The model cannot know that a statement is a false rumour; the matcher does. The guide
    # (seed/indomain/README.md) calls a rumour told as true alarming news, negative, unless it
    # is asked as a question (asked) or told as good news, and a rebuttal stated as a fact
    # neutral unless it rejoices or insults. dev4 0.758 -> 0.851 (0.823 with the matcher as it
    # was before dev4); dev and UTS2017_Bank test unchanged.
    if stance is None or len(text.split()) > CLAIM_SENTIMENT_MAX_WORDS:
        return label
    if stance == "spreads" and not asked(text):
        # A hopeful rumour retold as good news ("mắc ca sắp được giá gấp ba") is the guide's
        # positive; the later rounds tell many. Leaving a positive label as the model heard it:
        # leave-one-round-out over dev4-dev11, dev13, dev14 0.840 -> 0.838 (dev4 -1.1, dev5 -1.5,
        # dev14 +0.5, dev10 +1.5); the rounds no sentiment model trains on, with the shipped
        # models, dev15 0.812 -> 0.822, dev16 0.811 -> 0.828, dev17 0.706 -> 0.728, dev19 0.802
        # -> 0.808. Keeping every spreading label as the model gave it lost 1.8 points on the
        # first (older rounds call a rumour told flatly negative) for 1-4.5 on the second.
        return "positive" if label == "positive" else "negative"
    if stance == "refutes" and not toxic:
        # The guide's rebuttal is neutral whatever the model hears in it ("… vẫn xuất khẩu bình
        # thường", "đừng share nữa" read as good news), unless the writer rejoices or thanks.
        # dev4 0.848 -> 0.874, dev5 0.794 -> 0.813, dev6 0.822 -> 0.825, dev7 0.770 -> 0.777,
        # dev8 0.738 -> 0.752; train, dev and UTS2017_Bank test unchanged (#18, H12).
        return "positive" if _relieved(text) else "neutral"
    return label


# A question typed in chat often has no "?": "… thật k mn", "… bị cấm hả", "cho hỏi …". Read
# folded, so "à" and "ạ" are one "a": only after "thật/thế/rồi/vậy/sao" is it a question.
QUESTION_ENDS = frozenset(
    ("khong", "ko", "k", "kg", "hong", "hok", "hk", "chua", "ha", "nhi", "sao")
)
QUESTION_A = frozenset(("that", "the", "roi", "vay", "sao"))
QUESTION_TAGS = (
    "cho hoi",
    "xin hoi",
    "ai biet",
    "phai khong",
    "phai ko",
    "dung khong",
    "dung ko",
    "that khong",
    "that ko",
    "that k",
    "co phai",
    "bao nhieu",
    "o dau",
    "tai sao",
    "vi sao",
    "khi nao",
    "the nao",
    "lam sao",
)
# Whom a question is put to, after its particle ("… không mọi người", "… hả ae ơi").
ADDRESSEES = frozenset(
    ("mn", "moi", "nguoi", "ae", "ad", "admin", "ac", "anh", "chi", "em", "e", "cac", "bac")
    + ("ban", "oi", "nhe", "ba", "con", "nha", "ca", "vay", "day", "nhi")
)


def asked(text: str) -> bool:
    """Tell whether a comment is asked as a question, with or without a question mark."""
    # The guide leaves a rumour asked as a question to the model, as "?" did alone before; chat
    # questions without it were forced negative. Leave-one-round-out (dev4-dev11, dev13, dev14
    # each held out in turn, H29): mean macro-F1 typed/folded 0.826/0.828 -> 0.833/0.834 (dev4
    # -1.1, dev11 +2.4, dev13 +1.2, dev14 +2.1 points; over dev4-dev11 alone 0.829 -> 0.832).
    if "?" in text:
        return True
    words = _CUE_WORD.findall(fold(text))
    joined = " " + " ".join(words) + " "
    if any(f" {tag} " in joined for tag in QUESTION_TAGS):
        return True
    while len(words) > 1 and words[-1] in ADDRESSEES:
        words.pop()
    if not words:
        return False
    if words[-1] in QUESTION_ENDS:
        return True
    return words[-1] in ("a", "ak", "ah") and len(words) > 1 and words[-2] in QUESTION_A


# Relief or thanks after a rebuttal (the guide: positive), folded ("may quá", "nhẹ cả người").
RELIEF_CUES = (
    "may qua",
    "may ma",
    "nhe ca nguoi",
    "nhe nhom",
    "nhe long",
    "vui qua",
    "mung qua",
    "mung that",
    "cam on",
    "phan khoi",
)


def _relieved(text: str) -> bool:
    """Tell whether a comment rejoices or thanks (RELIEF_CUES), as typed or folded."""
    folded = " " + " ".join(_CUE_WORD.findall(fold(text))) + " "
    return any(f" {cue} " in folded for cue in RELIEF_CUES)


# The score of a topic the model was never trained on, named by a board keyword: a guess
# a person confirms (its correction then trains the model on the new topic).
KEYWORD_SCORE = 0.5


class Matcher(Protocol):
    """What the classifier needs of the claim registry (claimindex.ClaimMatcher)."""

    def match_many(self, texts: list[str], languages: list[str] | None = None) -> list[Any]:
        """Return the best claim (or None) per text."""


@dataclass
class Labelled:
    """One task's answer."""

    label: str
    score: float
    name: str = ""


@dataclass
class Classification:
    """What the classifiers say about one text."""

    language: str
    has_text: bool
    no_diacritics: bool
    masked_text: str = ""
    sentiment: Labelled | None = None
    topic: Labelled | None = None
    toxicity: Labelled | None = None
    claim: dict[str, Any] | None = None
    abstained: list[str] = field(default_factory=list)
    models: dict[str, str] = field(default_factory=dict)

    @property
    def confidence(self) -> float | None:
        """Return the least sure of the decided labels' calibrated probabilities."""
        scores = [x.score for x in (self.sentiment, self.topic) if x is not None]
        if self.toxicity is not None:
            toxic = self.toxicity.label == "toxic"
            scores.append(self.toxicity.score if toxic else 1 - self.toxicity.score)
        return min(scores) if scores else None

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dictionary (the CLI's --format json)."""
        data = asdict(self)
        data["confidence"] = self.confidence
        return data


@dataclass(frozen=True)
class TopicInfo:
    """An active topic as the classifier needs it."""

    slug: str
    name: str
    keywords: tuple[str, ...]


class Classifier:
    """The active models, the topic list and the claim registry, loaded once for a batch."""

    def __init__(
        self,
        *,
        models: dict[str, LoadedModel] | None = None,
        topics: list[TopicInfo] | None = None,
        matcher: Matcher | None = None,
    ) -> None:
        self.models = models if models is not None else active_models()
        self.topics = topics if topics is not None else _active_topics()
        self.matcher = matcher
        self.topic_names = {t.slug: t.name for t in self.topics}
        known = set(self.models["topic"].classes) if "topic" in self.models else set()
        # Keywords only name topics the board added after the model was trained.
        self.keywords = [
            (fold(k), t.slug)
            for t in self.topics
            if t.slug not in known
            for k in t.keywords
            if k.strip()
        ]

    def _versions(self) -> dict[str, str]:
        return {
            task: ("bootstrap" if m.bootstrap else f"v{m.version}")
            for task, m in self.models.items()
        }

    def _matcher(self) -> Matcher:
        if self.matcher is None:
            from lantoa.opinion.matching import registry_matcher

            self.matcher = registry_matcher()
        return self.matcher

    def classify(self, texts: list[str]) -> list[Classification]:
        """Classify a batch of masked texts; texts not in Vietnamese get no labels."""
        results = []
        for text in texts:
            letters = has_letters(text)
            language = detect_language(text) if letters else Language.UNKNOWN
            results.append(
                Classification(
                    language=language,
                    has_text=letters,
                    no_diacritics=language == Language.VIETNAMESE and is_folded(text),
                    masked_text=text,
                    models=self._versions(),
                )
            )
        self._claims(texts, results)
        for result in results:
            if not result.has_text:
                self._wordless(result)
        index = [i for i, r in enumerate(results) if r.language == Language.VIETNAMESE]
        if not index:
            return results
        prepared = prepare_batch([texts[i] for i in index])
        unmarked = [is_folded(texts[i]) for i in index]
        tasks = list(self.models)
        routed = routed_predictions([self.models[task] for task in tasks], prepared, unmarked)
        predictions = dict(zip(tasks, routed, strict=True))
        for position, i in enumerate(index):
            result = results[i]
            sentiment = predictions["sentiment"][position]
            toxicity = predictions["toxicity"][position]
            label = sentiment_of_claim(
                sentiment.label,
                stance=result.claim["stance"] if result.claim else None,
                text=texts[i],
                toxic=toxicity.label == "toxic",
            )
            score = sentiment.probabilities.get(label, sentiment.score)
            result.sentiment = Labelled(label, round(score, 3))
            result.toxicity = Labelled(
                toxicity.label, round(toxicity.probabilities.get("toxic", 0.0), 3)
            )
            result.topic, topic_abstained = self._topic(texts[i], predictions["topic"][position])
            abstained = {
                "sentiment": sentiment.abstained,
                "topic": topic_abstained,
                "toxicity": toxicity.abstained,
            }
            result.abstained = [task for task, flag in abstained.items() if flag]
        return results

    def _wordless(self, result: Classification) -> None:
        # Emoji or punctuation alone says nothing the models can read; the labelling guide
        # (seed/indomain) labels it neutral, generic and clean, and so does the classifier.
        result.sentiment = Labelled("neutral", 1.0)
        result.topic = Labelled(OTHER_TOPIC, 1.0, self.topic_names.get(OTHER_TOPIC, OTHER_TOPIC))
        result.toxicity = Labelled("clean", 0.0)

    def _claims(self, texts: list[str], results: list[Classification]) -> None:
        index = [i for i, r in enumerate(results) if r.has_text]
        if not index:
            return
        matches = self._matcher().match_many(
            [texts[i] for i in index], [results[i].language for i in index]
        )
        for i, match in zip(index, matches, strict=True):
            if match is not None:
                results[i].claim = {
                    "id": match.claim_key,
                    "statement": match.statement,
                    "score": match.score,
                    "stance": match.stance,
                }

    def _topic(self, text: str, prediction: Prediction) -> tuple[Labelled, bool]:
        label, abstained = prediction.label, prediction.abstained
        if self.keywords:
            folded = f" {fold(text)} "
            named = {slug for keyword, slug in self.keywords if f" {keyword} " in folded}
            if len(named) == 1:
                slug = named.pop()
                return Labelled(slug, KEYWORD_SCORE, self.topic_names.get(slug, slug)), True
        if label not in self.topic_names:
            # A topic the board retired since training: the generic one, for a person to see.
            label, abstained = (OTHER_TOPIC if OTHER_TOPIC in self.topic_names else label), True
        return (
            Labelled(label, round(prediction.score, 3), self.topic_names.get(label, label)),
            abstained,
        )

    def one(self, text: str) -> Classification:
        """Classify a single text."""
        return self.classify([text])[0]


def _active_topics() -> list[TopicInfo]:
    from lantoa.opinion.models import Topic

    return [
        TopicInfo(t.slug, t.name, tuple(t.keywords or ()))
        for t in Topic.objects.filter(active=True)
    ]


MAX_TEXT_CHARS = 20_000


def result_line(result: Classification) -> dict[str, Any]:
    """Return one result of `lantoa opinion classify --format jsonl`."""

    def pair(labelled: Labelled | None) -> dict[str, Any] | None:
        return None if labelled is None else {"label": labelled.label, "score": labelled.score}

    return {
        "language": result.language,
        "sentiment": pair(result.sentiment),
        "topic": pair(result.topic),
        "toxicity": pair(result.toxicity),
        "masked_text": result.masked_text,
        "abstained": result.abstained,
        "claim": result.claim,
    }


def parse_texts(data: bytes) -> list[str]:
    """Return the `text` of each JSON line (blank lines skipped); refuse the file at a fault."""
    from lantoa.core.encodings import decode_text
    from lantoa.core.uploads import UploadRefused

    texts = []
    for number, line in enumerate(decode_text(data).splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as exc:
            raise UploadRefused(f"Dòng {number} không phải JSON hợp lệ.") from exc
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            raise UploadRefused(f"Dòng {number} phải là một đối tượng có khóa “text” là chuỗi.")
        if len(entry["text"]) > MAX_TEXT_CHARS:
            raise UploadRefused(f"Dòng {number}: nội dung dài quá {MAX_TEXT_CHARS} ký tự.")
        texts.append(entry["text"])
    return texts


def texts_read(path: Path) -> list[str]:
    """Return the texts of a JSON-lines file, checked as an upload and parsed in a child."""
    from lantoa.core.isolation import parse_in_child
    from lantoa.core.uploads import check_upload

    check_upload(path, filename=path.name, kind="opinion", allowed={".jsonl", ".ndjson", ".json"})
    return parse_in_child(parse_texts, path.read_bytes())
