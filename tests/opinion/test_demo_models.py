"""A fresh data folder after `lantoa demo --no-serve` classifies with trained models (#18)."""

import io
import json

import pytest
from django.core.management import call_command

from lantoa.opinion import ml

pytestmark = pytest.mark.django_db


def test_it_classifies_with_the_demos_trained_models_not_the_bootstrap(monkeypatch, tmp_path):
    # Without ../shared/data (a fresh clone): the demo trains on the in-domain set alone.
    monkeypatch.setattr("lantoa.opinion.demo.default_shared_dir", lambda: None)
    call_command("demo", "--no-serve", stdout=io.StringIO())
    ml._CACHE.clear()  # a new process: nothing trained in memory yet

    def refused(task: str) -> ml.LoadedModel:
        raise AssertionError(f"the {task} bootstrap model was trained")

    monkeypatch.setattr(ml, "bootstrap_model", refused)
    out = io.StringIO()
    call_command("opinion", "classify", "--text", "Tự hào gạo Điện Biên, cảm ơn tỉnh", stdout=out)
    result = json.loads(out.getvalue())
    assert result["models"] == {"sentiment": "v1", "topic": "v1", "toxicity": "v1"}
    assert result["toxicity"]["label"] == "clean"
