"""A test-session memo of the opinion pipelines fitted on the same packaged training rows.

The bootstrap models, the demo's models and the training tests fit the same three tasks on the
same packaged rows again and again (seconds each); a fit is deterministic (lbfgs, no random
state), so the session fits each distinct input once and hands each caller its own copy. Fits on
the public sets are not remembered: each runs once in the suite and would hold tens of MB.
Under `-n N` the workers share a session folder (LANTOA_TEST_FITS_DIR, tests/conftest.py): the
first worker to need a fit makes it, another waits for it and reads it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lantoa.opinion import training

REAL = training.train_pipeline
# The packaged in-domain and seed rows are a few hundred per task; the public sets, thousands.
REMEMBERED_UP_TO = 5_000
_fitted: dict[str, bytes] = {}
calls = {"real": 0, "remembered": 0}
SHARED = os.environ.get("LANTOA_TEST_FITS_DIR", "")


def _key(texts: list[str], labels: list[str], weights: list[float] | None, **options: Any) -> str:
    digest = hashlib.sha256(repr(sorted(options.items())).encode())
    for part in (texts, labels, weights):
        raw = repr(part).encode()
        digest.update(b"%d:" % len(raw) + raw)
    return digest.hexdigest()


def train_pipeline(
    texts: list[str],
    labels: list[str],
    *,
    weights: list[float] | None = None,
    c: float = 3.0,
    accented: float = 0.0,
    svm: bool = False,
    chars: float = 1.0,
) -> Any:
    """Fit as opinion.ml.train_pipeline; the same rows and settings are fitted once a session."""
    if len(texts) > REMEMBERED_UP_TO:
        calls["real"] += 1
        return REAL(texts, labels, weights=weights, c=c, accented=accented, svm=svm, chars=chars)
    key = _key(texts, labels, weights, c=c, accented=accented, svm=svm, chars=chars)
    if key not in _fitted:
        pipeline, _fitted[key] = _fit_or_read(
            key,
            lambda: REAL(
                texts, labels, weights=weights, c=c, accented=accented, svm=svm, chars=chars
            ),
        )
        if pipeline is not None:
            calls["real"] += 1
            return pipeline
    calls["remembered"] += 1
    # Unpickled, as model_load reads a saved model: no caller shares another's pipeline.
    return pickle.loads(_fitted[key])  # noqa: S301 - bytes this process pickled itself


def _fit_or_read(key: str, fit: Callable[[], Any]) -> tuple[Any, bytes]:
    """Fit and pickle; return no pipeline, only its bytes, when another worker fitted it."""
    if not SHARED:
        pipeline = fit()
        return pipeline, pickle.dumps(pipeline)
    path = Path(SHARED) / f"{key}.pickle"
    with (Path(SHARED) / f"{key}.lock").open("w") as lock:
        # Held while fitting: the other worker waits for this fit instead of making its own.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists():
            return None, path.read_bytes()
        pipeline = fit()
        data = pickle.dumps(pipeline)
        partial = path.with_suffix(".partial")
        partial.write_bytes(data)
        partial.replace(path)  # a worker killed mid-write leaves no half a fit under the name
        return pipeline, data
