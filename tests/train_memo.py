"""A test-session memo of the opinion pipelines fitted on the same packaged training rows.

The bootstrap models, the demo's models and the training tests fit the same three tasks on the
same packaged rows again and again (seconds each); a fit is deterministic (lbfgs, no random
state), so the session fits each distinct input once and hands each caller its own copy. Fits on
the public sets are not remembered: each runs once in the suite and would hold tens of MB.
"""

from __future__ import annotations

import hashlib
import pickle
from typing import Any

from lantoa.opinion import training

REAL = training.train_pipeline
# The packaged in-domain and seed rows are a few hundred per task; the public sets, thousands.
REMEMBERED_UP_TO = 5_000
_fitted: dict[str, bytes] = {}
calls = {"real": 0, "remembered": 0}


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
) -> Any:
    """Fit as opinion.ml.train_pipeline; the same rows and settings are fitted once a session."""
    if len(texts) > REMEMBERED_UP_TO:
        calls["real"] += 1
        return REAL(texts, labels, weights=weights, c=c, accented=accented)
    key = _key(texts, labels, weights, c=c, accented=accented)
    if key not in _fitted:
        calls["real"] += 1
        pipeline = REAL(texts, labels, weights=weights, c=c, accented=accented)
        _fitted[key] = pickle.dumps(pipeline)
        return pipeline
    calls["remembered"] += 1
    # Unpickled, as model_load reads a saved model: no caller shares another's pipeline.
    return pickle.loads(_fitted[key])  # noqa: S301 - bytes this process pickled itself
