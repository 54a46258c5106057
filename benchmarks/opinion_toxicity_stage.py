"""Benchmark: toxicity with and without its in-domain stage (opinion/toxicstage.py), leave one
round out over the development rounds that carry toxicity labels (toxicstage.STAGE_ROUNDS).

For each round R: the shipped toxicity model trained without R where it trains on R
(training.TRAINING_ROUNDS), else the one shipped; the stage trained on train + the other rounds;
both scored on R typed and folded (`opinion evaluate`'s figures), with the flags pooled over the
rounds the shipped model trains on and over the others (dev24 was written at the others' false
flags, so they are no blind measure of it). With --public, ViHOS dev and test, the stage trained on
every round. Needs ../shared/data.

Run: LANTOA_DATA_DIR=$(mktemp -d) .venv/bin/python benchmarks/opinion_toxicity_stage.py \
     [--rounds dev4,dev5] [--weight 0.4] [--gate 0.5] [--public]
"""

from __future__ import annotations

# First: one BLAS thread and Django set up before numpy and the project are imported.
from _one_core import SHARED_DATA

# isort: split

import argparse
import statistics
import time

from opinion_rounds_added import flags

from lantoa.opinion import datasets, evaluation, ml, toxicstage, training


def shipped_model(held: str | None) -> ml.LoadedModel:
    """Return the shipped toxicity model trained without a round (calibrated as shipped)."""
    rounds = tuple(r for r in training.TRAINING_ROUNDS["toxicity"] if r != held)
    fit = training.task_fit(
        task="toxicity", shared_dir=SHARED_DATA, corrections=False, rounds=rounds
    )
    return ml.LoadedModel("toxicity", 1, fit.pipeline, calibration=fit.calibration)


def with_stage(model: ml.LoadedModel, stage: toxicstage.DomainStage | None) -> ml.LoadedModel:
    """Return the model with that in-domain stage."""
    return ml.LoadedModel("toxicity", 1, model.pipeline, calibration=model.calibration, stage=stage)


def main() -> None:
    """Print each round's figures, the means and the pooled flags, without and with the stage."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", default=",".join(toxicstage.STAGE_ROUNDS))
    parser.add_argument("--weight", type=float, default=toxicstage.STAGE_WEIGHT)
    parser.add_argument("--gate", type=float, default=toxicstage.GATE_THRESHOLD)
    parser.add_argument("--public", action="store_true", help="also score ViHOS dev and test")
    options = parser.parse_args()
    started = time.perf_counter()
    shipped = shipped_model(None)
    trains_on = set(training.TRAINING_ROUNDS["toxicity"])
    f1: dict[str, list[tuple[float, float]]] = {"shipped": [], "+ stage": []}
    pooled = {
        (name, form, own): [0, 0, 0]
        for name in f1
        for form in ("typed", "folded")
        for own in (True, False)
    }
    for held in options.rounds.split(","):
        base = shipped_model(held) if held in trains_on else shipped
        stage = toxicstage.stage_fit(
            shared_dir=SHARED_DATA,
            rounds=tuple(r for r in toxicstage.STAGE_ROUNDS if r != held),
        )
        assert stage is not None
        stage.weight, stage.gate_threshold = options.weight, options.gate
        line = [f"{held:<6}"]
        for name, model in (("shipped", base), ("+ stage", with_stage(base, stage))):
            row = evaluation.evaluate(
                shared_dir=None, split=held, models={"toxicity": model}, tasks=("toxicity",)
            )[0]
            f1[name].append((row.macro_f1, row.macro_f1_folded))
            for form in ("typed", "folded"):
                counts = flags(model, held, folded=form == "folded")
                total = pooled[(name, form, held in trains_on)]
                total[:] = [a + b for a, b in zip(total, counts, strict=True)]
            line.append(
                f"{name} {row.macro_f1:.3f}/{row.macro_f1_folded:.3f} P {row.toxic_precision:.3f}"
            )
        print("  ".join(line), f"({time.perf_counter() - started:.0f} s)", flush=True)
    for name, pairs in f1.items():
        typed, folded = (statistics.mean(p[n] for p in pairs) for n in (0, 1))
        print(f"\n{name}: mean macro-F1 typed/folded {typed:.3f}/{folded:.3f}")
        for (each, form, own), (hits, wrong, missed) in pooled.items():
            if each == name:
                group = "rounds it trains on" if own else "rounds it does not"
                print(
                    f"  {form:<6} {group:<20} {hits} right, {wrong} clean flagged, {missed} "
                    f"missed; P {hits / max(hits + wrong, 1):.3f}"
                )
    if options.public:
        stage = toxicstage.stage_fit(shared_dir=SHARED_DATA)
        assert stage is not None
        stage.weight, stage.gate_threshold = options.weight, options.gate
        for split in ("dev", "test"):
            public = datasets.vihos(SHARED_DATA, split)
            for name, model in (("shipped", shipped), ("+ stage", with_stage(shipped, stage))):
                row = evaluation._row(model, public.texts, public.labels, dataset="", published="")
                print(
                    f"ViHOS {split} {name}: {row.macro_f1:.4f}/{row.macro_f1_folded:.4f} "
                    f"P {row.toxic_precision:.3f}"
                )
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
