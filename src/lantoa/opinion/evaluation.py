"""Scoring the shipped models: public test splits beside their published figures, and the
project's own rounds, typed and folded to no diacritics (`lantoa opinion evaluate`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, precision_score

from lantoa.core.text import fold
from lantoa.opinion import datasets
from lantoa.opinion.ml import TASKS, LoadedModel
from lantoa.opinion.toxicstage import STAGE_ROUNDS
from lantoa.opinion.training import TRAINING_ROUNDS


@dataclass
class EvalRow:
    """One line of the evaluation table."""

    task: str
    dataset: str
    test_size: int
    macro_f1: float
    accuracy: float
    macro_f1_folded: float
    published: str
    note: str = ""
    toxic_precision: float | None = None
    abstained: float = 0.0


# What the shipped pipeline makes of a model's labels (texts, labels -> labels).
Adjust = Callable[[list[str], list[str]], list[str]]


def _row(
    model: LoadedModel,
    texts: list[str],
    labels: list[str],
    *,
    adjust: Adjust | None = None,
    **names: str,
) -> EvalRow:
    """Score a shipped model on texts as typed and folded to no diacritics."""
    typed = model.predict(texts)
    folded_texts = [fold(t) for t in texts]
    folded = model.predict(folded_texts)
    predicted = [p.label for p in typed]
    predicted_folded = [p.label for p in folded]
    if adjust is not None:
        predicted = adjust(texts, predicted)
        predicted_folded = adjust(folded_texts, predicted_folded)
    precision = None
    if model.task == "toxicity":
        precision = float(precision_score(labels, predicted, pos_label="toxic", zero_division=0))
    return EvalRow(
        task=model.task,
        test_size=len(texts),
        macro_f1=float(f1_score(labels, predicted, average="macro")),
        accuracy=float(accuracy_score(labels, predicted)),
        macro_f1_folded=float(f1_score(labels, predicted_folded, average="macro")),
        toxic_precision=precision,
        abstained=sum(p.abstained for p in typed) / len(typed) if typed else 0.0,
        **names,
    )


# What the evaluation prints beside each public test split: the published figure, and a note.
PUBLIC_REFERENCE = {
    "sentiment": (
        "README reference 0.67 macro-F1, acc 0.91; before #18: 0.619",
        "sentiment only (banking aspects unused); 8 neutral items dominate macro-F1",
    ),
    "toxicity": (
        "README reference 0.897 comment-level macro-F1; before #18: 0.878",
        "document label derived: toxic = any marked span",
    ),
}


# Beside a round the shipped training reads: its classifier figures are no held-out measure.
TRAINED_ON_NOTE = (
    "TRAINED ON: the shipped models learn from this round (training.TRAINING_ROUNDS; toxicity's "
    "in-domain stage, toxicstage.STAGE_ROUNDS), so this "
    "figure is a fit, not a held-out score; see benchmarks/opinion_rounds_loro.py"
)


def _sentiment_by_claims(models: dict[str, LoadedModel], *, split: str) -> Adjust:
    """Return the classifier's sentiment by matched claim (classify.sentiment_of_claim), with
    the split's registry (claimdata/claims.json unless the split has its own)."""
    from lantoa.opinion.claimeval import matcher_for, split_claims
    from lantoa.opinion.classify import sentiment_of_claim

    matcher = matcher_for(split_claims(split))

    def adjust(texts: list[str], predicted: list[str]) -> list[str]:
        claims = matcher.match_many(texts)
        toxicity = models.get("toxicity")
        toxic = [p.label == "toxic" for p in toxicity.predict(texts)] if toxicity else []
        return [
            sentiment_of_claim(
                label,
                stance=claim.stance if claim else None,
                text=text,
                toxic=bool(toxic) and toxic[n],
            )
            for n, (label, claim, text) in enumerate(zip(predicted, claims, texts, strict=True))
        ]

    return adjust


def evaluate(
    *,
    shared_dir: Path | None,
    tasks: tuple[str, ...] = TASKS,
    split: str = "test",
    models: dict[str, LoadedModel] | None = None,
) -> list[EvalRow]:
    """Score the shipped models on the public test splits and an in-domain split (sentiment as
    the classifier gives it, corrected by the matched claim)."""
    from lantoa.opinion.ml import active_models

    models = models or active_models()
    rows = []
    for task in tasks:
        model = models[task]
        adjust = _sentiment_by_claims(models, split=split) if task == "sentiment" else None
        if datasets.shared_available(shared_dir, task):
            assert shared_dir is not None
            test, name = datasets.shared_test(shared_dir, task)
            published, note = PUBLIC_REFERENCE[task]
            rows.append(
                _row(
                    model,
                    test.texts,
                    test.labels,
                    adjust=adjust,
                    dataset=name,
                    published=published,
                    note=note,
                )
            )
        for each in datasets.HELD_OUT[split]:
            own = datasets.indomain(each, task)
            note = "the project's own comments (seed/indomain); Vietnamese items only"
            if each in TRAINING_ROUNDS[task] or (task == "toxicity" and each in STAGE_ROUNDS):
                note = TRAINED_ON_NOTE
            rows.append(
                _row(
                    model,
                    own.texts,
                    own.labels,
                    adjust=adjust,
                    dataset=f"in-domain {each}",
                    published="targets: toxicity 0.85 (toxic precision 0.8), "
                    "sentiment and topic 0.75",
                    note=note,
                )
            )
    return rows


def format_table(rows: list[EvalRow]) -> str:
    """Return the evaluation as a plain-text table."""
    lines = [
        f"{'task':<10} {'dataset':<22} {'n':>5} {'macro-F1':>9} {'acc':>6} "
        f"{'F1 no-diacritics':>17} {'drop':>6} {'toxic P':>8} {'abstain':>8}  reference",
    ]
    for row in rows:
        drop = (row.macro_f1 - row.macro_f1_folded) * 100
        precision = "" if row.toxic_precision is None else f"{row.toxic_precision:.3f}"
        lines.append(
            f"{row.task:<10} {row.dataset:<22} {row.test_size:>5} {row.macro_f1:>9.3f} "
            f"{row.accuracy:>6.3f} {row.macro_f1_folded:>17.3f} {drop:>5.1f}pt "
            f"{precision:>8} {row.abstained:>7.1%}  {row.published}"
        )
        if row.note:
            lines.append(f"{'':<10} note: {row.note}")
    return "\n".join(lines)
