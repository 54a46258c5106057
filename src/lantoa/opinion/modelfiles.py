"""Model files in the data folder: where they lie and how a trained model is written."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

    from lantoa.opinion.calibration import Calibration
    from lantoa.opinion.toxicstage import DomainStage


def models_dir() -> Path:
    """Return the folder holding model files, creating it."""
    path = Path(settings.DATA_DIR) / "models" / "opinion"
    path.mkdir(parents=True, exist_ok=True)
    return path


def model_save(
    *,
    pipeline: Pipeline,
    calibration: Calibration,
    task: str,
    version: int,
    meta: dict[str, Any],
    stage: DomainStage | None = None,
    unmarked: dict[str, Any] | None = None,
) -> Path:
    """Write a model file <task>-v<N>.pkl (with toxicity's in-domain stage and the twin that
    reads texts typed without diacritics: its pipeline, calibration and stage) and return its
    path."""
    path = models_dir() / f"{task}-v{version}.pkl"
    data = {
        "pipeline": pipeline,
        "calibration": calibration,
        "task": task,
        "version": version,
        "meta": meta,
        "stage": stage,
        "unmarked": unmarked,
    }
    with path.open("wb") as handle:
        pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path
