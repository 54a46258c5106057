import os
import pickle

import joblib

from lantoa.opinion import ml
from lantoa.opinion.modelfiles import model_save


def _fitted(labels):
    texts = [f"bình luận số {i} về {label}" for i, label in enumerate(labels * 3)]
    return ml.train_pipeline(texts, labels * 3)


def test_it_reads_a_rewritten_model_file_again_though_its_version_is_the_same(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    # Version 1 written, read, then written again with other content (a restore, a rolled-back
    # test): the process must not keep serving the first file's model.
    first = model_save(
        pipeline=_fitted(["a", "b"]), calibration=None, task="topic", version=1, meta={}
    )
    assert ml.model_load(task="topic", version=1, path=str(first)).classes == ["a", "b"]
    second = model_save(
        pipeline=_fitted(["x", "y", "z"]), calibration=None, task="topic", version=1, meta={}
    )
    stat = second.stat()
    os.utime(second, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert ml.model_load(task="topic", version=1, path=str(second)).classes == ["x", "y", "z"]


def test_it_reads_a_model_file_of_the_joblib_format_written_before(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    saved = model_save(
        pipeline=_fitted(["a", "b"]), calibration=None, task="topic", version=2, meta={}
    )
    old = saved.with_suffix(".joblib")
    joblib.dump(pickle.loads(saved.read_bytes()), old)  # noqa: S301 - written just above
    assert ml.model_load(task="topic", version=2, path=str(old)).classes == ["a", "b"]


def test_it_writes_a_pickle_that_loads_without_joblib(settings, tmp_path, monkeypatch):
    settings.DATA_DIR = tmp_path
    saved = model_save(
        pipeline=_fitted(["c", "d"]), calibration=None, task="topic", version=3, meta={}
    )
    assert saved.suffix == ".pkl"

    def refused(*args, **kwargs):
        raise AssertionError("joblib read a new model file")

    monkeypatch.setattr(ml.joblib, "load", refused)
    assert ml.model_load(task="topic", version=3, path=str(saved)).classes == ["c", "d"]
