"""The tests' memo of opinion fits fits each same training set once and hands out copies."""

from __future__ import annotations

from lantoa.opinion import ml, training
from tests import train_memo

TEXTS = [
    "Cán bộ xã hướng dẫn tận tình",
    "Thủ tục nhanh gọn, bà con phấn khởi",
    "Hồ sơ bị trả lại ba lần, rất bực",
    "Đường vào bản sạt lở mãi không sửa",
]
LABELS = ["positive", "positive", "negative", "negative"]


def _counted(texts: list[str], **kwargs: float) -> tuple[object, dict[str, int]]:
    before = dict(train_memo.calls)
    result = training.train_pipeline(texts, LABELS, **kwargs)  # type: ignore[arg-type]
    return result, {k: train_memo.calls[k] - before[k] for k in before}


def test_it_is_what_training_calls():
    assert training.train_pipeline is train_memo.train_pipeline


def test_it_fits_once_and_hands_out_copies_that_decide_as_a_real_fit():
    texts = [*TEXTS[:3], "Đường vào bản sạt lở, ghi nhớ kiểm thử"]
    first, fitted = _counted(texts, c=2.0)
    second, remembered = _counted(texts, c=2.0)
    assert fitted == {"real": 1, "remembered": 0}
    assert remembered == {"real": 0, "remembered": 1}
    assert first is not second
    real = train_memo.REAL(texts, LABELS, c=2.0)
    probe = ml.prepare_batch(["Cán bộ tận tình", "Hồ sơ bị trả lại"])
    for pipeline in (first, second):
        assert (pipeline.decision_function(probe) == real.decision_function(probe)).all()  # type: ignore[attr-defined]


def test_it_fits_again_for_other_rows_weights_or_settings():
    _counted(TEXTS, c=4.0)
    for kwargs in ({"c": 5.0}, {"c": 4.0, "weights": [2.0, 1.0, 1.0, 1.0]}):
        _, counted = _counted(TEXTS, **kwargs)
        assert counted == {"real": 1, "remembered": 0}
    _, counted = _counted([*TEXTS[:3], "Đường vào bản sạt lở"], c=4.0)
    assert counted == {"real": 1, "remembered": 0}


def test_it_never_remembers_a_fit_on_the_public_sets(monkeypatch):
    monkeypatch.setattr(train_memo, "REMEMBERED_UP_TO", 3)
    for _ in range(2):
        _, counted = _counted(TEXTS, c=6.0)
        assert counted == {"real": 1, "remembered": 0}


def test_it_reads_a_fit_another_worker_made_this_session(monkeypatch, tmp_path):
    monkeypatch.setattr(train_memo, "SHARED", str(tmp_path))
    texts = [*TEXTS[:3], "Đường vào bản sạt lở, máy khác đã học"]
    _, fitted = _counted(texts, c=2.0)
    assert fitted == {"real": 1, "remembered": 0}
    assert len(list(tmp_path.glob("*.pickle"))) == 1
    monkeypatch.setattr(train_memo, "_fitted", {})  # the other worker: nothing in its memory
    read, counted = _counted(texts, c=2.0)
    assert counted == {"real": 0, "remembered": 1}
    real = train_memo.REAL(texts, LABELS, c=2.0)
    probe = ml.prepare_batch(["Cán bộ tận tình", "Hồ sơ bị trả lại"])
    assert (read.decision_function(probe) == real.decision_function(probe)).all()  # type: ignore[attr-defined]
