"""Classify opinion texts: sentiment, topic, toxicity and matched claim, each with a score."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from lantoa.core.text import fold
from lantoa.opinion.matching import ClaimMatcher
from lantoa.opinion.ml import LoadedModel, active_models, prepare_batch
from lantoa.opinion.textnorm import Language, detect_language, has_letters, is_folded

KEYWORD_SCORE = 0.9


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
    sentiment: Labelled | None = None
    topic: Labelled | None = None
    toxicity: Labelled | None = None
    claim: dict[str, Any] | None = None
    models: dict[str, str] = field(default_factory=dict)

    @property
    def confidence(self) -> float | None:
        """Return the least sure of the task scores (toxicity counted by its distance from 0.5)."""
        scores = [x.score for x in (self.sentiment, self.topic) if x is not None]
        if self.toxicity is not None:
            scores.append(max(self.toxicity.score, 1 - self.toxicity.score))
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
        claims: list[tuple[int, list[str]]] | None = None,
        claim_names: dict[int, str] | None = None,
    ) -> None:
        self.models = models if models is not None else active_models()
        self.topics = topics if topics is not None else _active_topics()
        if claims is None:
            claims, claim_names = _claim_variants()
        self.matcher = ClaimMatcher(claims)
        self.claim_names = claim_names or {}
        self.topic_names = {t.slug: t.name for t in self.topics}
        self.keywords = [(fold(k), t.slug) for t in self.topics for k in t.keywords if k.strip()]

    def _versions(self) -> dict[str, str]:
        return {
            task: ("bootstrap" if m.bootstrap else f"v{m.version}")
            for task, m in self.models.items()
        }

    def classify(self, texts: list[str]) -> list[Classification]:
        """Classify a batch; texts without letters or not in Vietnamese get no labels."""
        results = []
        for text in texts:
            letters = has_letters(text)
            language = detect_language(text) if letters else Language.UNKNOWN
            results.append(
                Classification(
                    language=language,
                    has_text=letters,
                    no_diacritics=language == Language.VIETNAMESE and is_folded(text),
                    models=self._versions(),
                )
            )
        index = [i for i, r in enumerate(results) if r.language == Language.VIETNAMESE]
        batch = [texts[i] for i in index]
        if not batch:
            return results
        prepared = prepare_batch(batch)
        predictions = {
            task: model.predict_prepared(prepared) for task, model in self.models.items()
        }
        for position, i in enumerate(index):
            result = results[i]
            label, score, _ = predictions["sentiment"][position]
            result.sentiment = Labelled(label, round(score, 3))
            label, score, _ = predictions["toxicity"][position]
            toxic_score = score if label == "toxic" else 1 - score
            result.toxicity = Labelled(label, round(toxic_score, 3))
            result.topic = self._topic(texts[i], predictions["topic"][position])
            match = self.matcher.match(texts[i])
            if match is not None:
                result.claim = {
                    "id": match.claim_id,
                    "statement": self.claim_names.get(match.claim_id, ""),
                    "score": match.score,
                }
        return results

    def _topic(self, text: str, prediction: tuple[str, float, dict[str, float]]) -> Labelled:
        label, score, probabilities = prediction
        folded = f" {fold(text)} "
        for keyword, slug in self.keywords:
            if f" {keyword} " in folded or (len(keyword) > 6 and keyword in folded):
                return Labelled(
                    slug,
                    round(max(probabilities.get(slug, 0.0), KEYWORD_SCORE), 3),
                    self.topic_names.get(slug, slug),
                )
        if label not in self.topic_names:
            label = "khac" if "khac" in self.topic_names else label
        return Labelled(label, round(score, 3), self.topic_names.get(label, label))

    def one(self, text: str) -> Classification:
        """Classify a single text."""
        return self.classify([text])[0]


def _active_topics() -> list[TopicInfo]:
    from lantoa.opinion.models import Topic

    return [
        TopicInfo(t.slug, t.name, tuple(t.keywords or ()))
        for t in Topic.objects.filter(active=True)
    ]


def _claim_variants() -> tuple[list[tuple[int, list[str]]], dict[int, str]]:
    from lantoa.opinion.models import Claim, ClaimState

    claims = Claim.objects.exclude(state=ClaimState.RETIRED)
    return (
        [(c.pk, [c.statement, *(c.variants or [])]) for c in claims],
        {c.pk: c.statement for c in claims},
    )
