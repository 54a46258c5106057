"""Benchmark: what each task loses without diacritics on the rounds kept aside (#18: at most one
point), as shipped and under a variant: the three tasks trained as `lantoa opinion train` trains
them (training.task_fit on the shipped rounds, toxicity with its in-domain stage), scored as
`opinion evaluate` scores a round (sentiment corrected by the matched claim), typed and folded, on
dev12, dev21, dev22 and dev25 (no shipped model trains on them), with toxicity's flags; and on the
public test splits (UTS2017_Bank, ViHOS). The blind and held-out rounds (dev30, test, test2) are
never read. Needs ../shared/data.

Variants (--variant):
  shipped     as trained today: a text typed without diacritics read by the task's twin without
              the accented channel (training.task_fit);
  one-model   every text read by the model with the accented channel (before the twin);
  sentiment   only sentiment's twin (and likewise toxicity, sentiment+toxicity: with
              TASK_SETTINGS' twin set for the task);
  no-accented every task without the accented-word channel (all features on the folded text);
  restore     the accented channel of a text typed without diacritics reads its words with their
              marks put back where the training texts typed with diacritics leave no doubt
              (_diacritics_restore.Unambiguous), at training (folded copies too) and prediction;
  viterbi     the same with the word-bigram restorer of opinion_fold_gap.py, every word restored.

Measured (#18, 07/12/2026, at 20bdaaa0), typed/folded macro-F1, mean of the four rounds (drop):
  one-model    sentiment 0.836/0.822 (1.4; dev12 0.828/0.823, dev21 0.795/0.772, dev22
               0.868/0.857, dev25 0.855/0.837), UTS2017_Bank test 0.618; toxicity 0.949/0.933
               (1.6; flags typed 78 right, 9 clean, 7 missed), ViHOS test 0.878; topic 0.820 both
  shipped      sentiment 0.841/0.830 (1.0; dev12 0.828/0.819, dev21 0.796/0.773, dev22
               0.880/0.871, dev25 0.859/0.857), UTS2017_Bank test 0.617; toxicity as before
  + toxicity   toxicity 0.956/0.943 (1.3; flags typed 77/6/8), ViHOS test 0.876: not kept
  no-accented  sentiment 0.830/0.829, UTS2017_Bank test 0.601; toxicity 0.943/0.943, ViHOS test
               0.841: no loss without diacritics, at the public splits' cost
  restore      (one model) sentiment 0.840/0.824 (1.5), UTS2017_Bank test 0.621; toxicity
               0.945/0.926, ViHOS test 0.867: the marks put back do not close the gap
Toxicity's folded loss is a few clean comments whose folded words an insult shares ("chết cóng",
"chết mê") and insults in abbreviations ("dcm", "dm") read either way: 2-3 items a round.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_fold_aside.py \
     [--variant shipped] [--tasks sentiment,topic,toxicity] [--no-public]
"""

from __future__ import annotations

from collections.abc import Callable

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import contextlib
import dataclasses
import statistics
import time
from unittest import mock

from _diacritics_restore import Restorer, Unambiguous

from lantoa.core.text import fold
from lantoa.opinion import datasets, evaluation, ml, training
from lantoa.opinion import segment as segmentation
from lantoa.opinion.privacy import strip_masks
from lantoa.opinion.textnorm import normalise_for_model

ASIDE = ("dev12", "dev21", "dev22", "dev25")
NEVER = {"dev30", "test", "test2"}
assert not NEVER & set(ASIDE)


def restorer_texts() -> list[str]:
    """Return the training texts a restorer learns the marked forms from."""
    texts = datasets.indomain("train", "sentiment").texts
    texts += datasets.uts2017_bank(SHARED_DATA, "train").texts
    return texts + datasets.vihos(SHARED_DATA, "train").texts


def restoring(restore: object) -> Callable[[str], str]:
    """Return a prepare_one whose accented channel reads a folded text's words restored."""

    def prepare_one(text: str) -> str:
        raw = strip_masks(str(text))
        normalised = normalise_for_model(raw)
        folded = fold(normalised)
        words = normalised
        # Typed without any diacritic (teen code expanded afterwards may bring some).
        if fold(raw) == " ".join(raw.lower().split()):
            words = restore.restore(normalised)  # type: ignore[attr-defined]
        return " ".join(segmentation.segment(words)) + ml.SEPARATOR + folded

    return prepare_one


def fitted(variant: str) -> dict[str, ml.LoadedModel]:
    """Return the three tasks' models as shipped under a variant."""
    with contextlib.ExitStack() as stack:
        if variant == "one-model" or set(variant.split("+")) <= {"sentiment", "toxicity"}:
            twins = {
                t: dataclasses.replace(s, twin=t in variant) for t, s in ml.TASK_SETTINGS.items()
            }
            stack.enter_context(mock.patch.dict(ml.TASK_SETTINGS, twins))
        if variant == "no-accented":
            settings = {
                t: dataclasses.replace(s, accented=0.0) for t, s in ml.TASK_SETTINGS.items()
            }
            stack.enter_context(mock.patch.dict(ml.TASK_SETTINGS, settings))
            stack.enter_context(mock.patch("lantoa.opinion.toxicstage.STAGE_ACCENTED", 0.0))
        models = {}
        for task in ml.TASKS:
            fit = training.task_fit(task=task, shared_dir=SHARED_DATA, corrections=False)
            models[task] = training.task_model(fit, task=task, shared_dir=SHARED_DATA)
    return models


def flags(model: ml.LoadedModel, texts: list[str], labels: list[str]) -> str:
    """Return toxic flagged right / clean flagged / toxic missed."""
    said = [p.label == "toxic" for p in model.predict(texts)]
    toxic = [label == "toxic" for label in labels]
    hits = sum(s and t for s, t in zip(said, toxic, strict=True))
    return f"{hits}/{sum(said) - hits}/{sum(toxic) - hits}"


def main() -> None:
    """Print each task's figures per aside round, their mean and the public test splits."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", default="shipped")
    parser.add_argument("--tasks", default=",".join(ml.TASKS))
    parser.add_argument("--no-public", action="store_true")
    parser.add_argument("--share", type=float, default=0.9, help="restore: a form's least share")
    options = parser.parse_args()
    started = time.perf_counter()
    # The variants swap the module's preparation in place, as the training code reads it.
    if options.variant == "restore":
        restorer = Unambiguous(restorer_texts(), share=options.share)
        ml.prepare_one = restoring(restorer)  # type: ignore[assignment]  # a stand-in
    elif options.variant == "viterbi":
        ml.prepare_one = restoring(Restorer(restorer_texts()))  # type: ignore[assignment]
    models = fitted(options.variant)
    print(f"{options.variant}: trained ({time.perf_counter() - started:.0f} s)", flush=True)
    for task in options.tasks.split(","):
        rows = []
        for split in ASIDE:
            row = evaluation.evaluate(shared_dir=None, split=split, models=models, tasks=(task,))[0]
            rows.append(row)
            extra = ""
            if task == "toxicity":
                own = datasets.indomain(split, task)
                typed_flags = flags(models[task], own.texts, own.labels)
                folded_flags = flags(models[task], [fold(t) for t in own.texts], own.labels)
                extra = f"  flags typed {typed_flags} folded {folded_flags}"
            drop = 100 * (row.macro_f1 - row.macro_f1_folded)
            print(
                f"{task:<9} {split:<6} {row.macro_f1:.3f} {row.macro_f1_folded:.3f} "
                f"({drop:+.1f} pt){extra}"
            )
        typed = statistics.mean(r.macro_f1 for r in rows)
        folded = statistics.mean(r.macro_f1_folded for r in rows)
        print(f"{task:<9} mean   {typed:.3f} {folded:.3f} ({100 * (typed - folded):+.1f} pt)")
        if not options.no_public and task != "topic":
            row = evaluation.evaluate(
                shared_dir=SHARED_DATA, split="dev", models=models, tasks=(task,)
            )[0]
            print(f"{task:<9} {row.dataset} {row.macro_f1:.3f} {row.macro_f1_folded:.3f}")
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
