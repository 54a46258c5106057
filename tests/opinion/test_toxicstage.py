"""Toxicity's in-domain stage: campaign comments blended with an in-domain model, others not."""

from __future__ import annotations

import numpy as np
import pytest

from lantoa.opinion import ml, toxicstage
from lantoa.opinion.calibration import Calibration
from lantoa.opinion.classify import Classifier
from lantoa.opinion.datasets import HELD_OUT
from lantoa.opinion.evaluation import TRAINED_ON_NOTE, evaluate
from lantoa.opinion.modelfiles import model_save
from lantoa.opinion.training import TRAINING_ROUNDS

CAMPAIGN_TEXTS = [
    "Chè Tủa Chùa được bảo hộ chỉ dẫn địa lý",
    "Gạo nếp tan Điện Biên đạt OCOP ba sao",
    "Thủ tục đăng ký nhãn hiệu ở sở khoa học",
    "Hàng giả bị quản lý thị trường thu giữ",
]
PUBLIC_TEXTS = [
    "Xem phim tối qua hay quá trời",
    "Trận bóng hôm nay đá dở tệ",
    "Ca sĩ này hát live chán ghê",
    "Idol mới ra MV nghe cuốn thật",
]


def _stage(*, toxic_in_domain: bool) -> toxicstage.DomainStage:
    """Return a stage whose in-domain model calls every campaign comment toxic or clean."""
    said, other = ("toxic", "clean") if toxic_in_domain else ("clean", "toxic")
    stage = ml.train_pipeline(
        CAMPAIGN_TEXTS * 3 + ["chè ngon", "gạo dẻo"], [said] * 12 + [other, other]
    )
    gate = ml.train_pipeline(
        (CAMPAIGN_TEXTS + PUBLIC_TEXTS) * 3,
        ([toxicstage.CAMPAIGN] * 4 + [toxicstage.PUBLIC] * 4) * 3,
    )
    return toxicstage.DomainStage(stage, Calibration(classes=["clean", "toxic"]), gate)


@pytest.fixture(scope="module")
def shipped() -> ml.LoadedModel:
    return ml.bootstrap_model("toxicity")


def _with(model: ml.LoadedModel, stage: toxicstage.DomainStage) -> ml.LoadedModel:
    return ml.LoadedModel("toxicity", 1, model.pipeline, calibration=model.calibration, stage=stage)


def test_it_blends_the_in_domain_probability_into_campaign_comments_only(shipped):
    stage = _stage(toxic_in_domain=True)
    staged = _with(shipped, stage)
    texts = CAMPAIGN_TEXTS[:2] + PUBLIC_TEXTS[:2]
    before = np.array([p.probabilities["toxic"] for p in shipped.predict(texts)])
    after = np.array([p.probabilities["toxic"] for p in staged.predict(texts)])
    decisions = staged.decisions(ml.prepare_batch(texts))
    assert decisions.shape == (4, 3)
    campaign = stage.campaign(decisions[:, 2])
    assert (campaign[:2] >= toxicstage.GATE_THRESHOLD).all()
    assert (campaign[2:] < toxicstage.GATE_THRESHOLD).all()
    in_domain = stage.calibration.probabilities(decisions[:, 1:2])[:, 1]
    expected = (1 - toxicstage.STAGE_WEIGHT) * before[:2] + toxicstage.STAGE_WEIGHT * in_domain[:2]
    assert after[:2] == pytest.approx(expected)
    assert (after[:2] > before[:2]).all()
    assert after[2:] == pytest.approx(before[2:])


def test_it_lets_the_in_domain_model_clear_a_campaign_comment_the_public_one_flags(shipped):
    text = CAMPAIGN_TEXTS[0]
    stage = _stage(toxic_in_domain=False)
    staged = _with(shipped, stage)
    decisions = staged.decisions(ml.prepare_batch([text]))
    assert stage.toxic(np.array([0.6]), decisions[:, 1:])[0] < 0.6
    assert stage.toxic(np.array([0.6]), decisions[:, 1:])[0] >= 0.6 * (1 - stage.weight)


def test_it_keeps_the_stage_in_the_model_file_and_the_whole_classifier(settings, tmp_path, shipped):
    settings.DATA_DIR = tmp_path
    stage = _stage(toxic_in_domain=True)
    path = model_save(
        pipeline=shipped.pipeline,
        calibration=shipped.calibration,
        task="toxicity",
        version=7,
        meta={},
        stage=stage,
    )
    loaded = ml.model_load(task="toxicity", version=7, path=str(path))
    assert loaded.stage is not None
    staged = _with(shipped, stage)
    texts = CAMPAIGN_TEXTS + PUBLIC_TEXTS
    expected = [round(p.probabilities["toxic"], 3) for p in staged.predict(texts)]
    assert [round(p.probabilities["toxic"], 3) for p in loaded.predict(texts)] == expected
    models = {task: ml.bootstrap_model(task) for task in ml.TASKS} | {"toxicity": loaded}
    results = Classifier(models=models, topics=[], matcher=_NoClaims()).classify(texts)
    assert [r.toxicity.score for r in results if r.toxicity] == expected
    assert [r.topic.label for r in results if r.topic] == [
        p.label for p in models["topic"].predict(texts)
    ]


class _NoClaims:
    def match_many(self, texts, languages=None):
        return [None] * len(texts)


def test_it_trains_no_stage_without_vihos():
    assert toxicstage.stage_fit(shared_dir=None) is None


def test_it_trains_on_development_rounds_only():
    held_out = {"test", "test2", "dev12", "dev21", "dev22", "dev"}
    assert set(toxicstage.STAGE_ROUNDS).isdisjoint(held_out)
    assert all(each in HELD_OUT for each in toxicstage.STAGE_ROUNDS)
    # The shipped model still trains on none of the rounds whose rows lowered ViHOS test.
    assert "dev24" not in TRAINING_ROUNDS["toxicity"] and "dev20" not in TRAINING_ROUNDS["toxicity"]


@pytest.mark.django_db
def test_it_marks_the_rounds_the_stage_learns_from_as_trained_on(shipped):
    models = {task: ml.bootstrap_model(task) for task in ml.TASKS}
    rows = evaluate(shared_dir=None, tasks=("toxicity",), split="dev24", models=models)
    assert rows[0].note == TRAINED_ON_NOTE
