"""The demo's opinion models: trained once into the data folder, so the first text is fast."""

from __future__ import annotations

from lantoa.opinion.datasets import default_shared_dir
from lantoa.opinion.ml import TASKS
from lantoa.opinion.models import ModelVersion
from lantoa.opinion.training import model_train


def opinion_models_load_demo() -> str:
    """Train and activate each task that has no active model yet; say what is active."""
    shared = default_shared_dir()
    for task in TASKS:
        if not ModelVersion.objects.filter(task=task, active=True).exists():
            model_train(task=task, shared_dir=shared)
    active = ModelVersion.objects.filter(active=True).order_by("task")
    return (
        "Opinion models: "
        + ", ".join(f"{m.task} v{m.version}" for m in active)
        + (
            " (with the public datasets of ../shared/data)"
            if shared
            else " (in-domain set only: ../shared/data not found)"
        )
    )
