"""Training calibrated model versions, what feeds them, and the queue of abstained items."""

import pytest

from lantoa.opinion import ml
from lantoa.opinion.classify import Classifier
from lantoa.opinion.demo import opinion_models_load_demo
from lantoa.opinion.evaluation import TRAINED_ON_NOTE, evaluate
from lantoa.opinion.models import Item, ModelVersion
from lantoa.opinion.privacy import EMAIL_MASK, PHONE_MASK
from lantoa.opinion.selectors import items_filter
from lantoa.opinion.services import correction_save
from lantoa.opinion.training import (
    TRAINING_ROUNDS,
    model_train,
    task_fit,
)
from tests.opinion.helpers import ingest

pytestmark = pytest.mark.django_db


def test_it_keeps_mask_tokens_out_of_the_features():
    masked = f"Bán chè Tủa Chùa, liên hệ {PHONE_MASK} hoặc {EMAIL_MASK} nhé"
    assert ml.prepare_one(masked) == ml.prepare_one("Bán chè Tủa Chùa, liên hệ hoặc nhé")
    assert "phone" not in ml.prepare_one(masked) and "email" not in ml.prepare_one(masked)


def test_it_trains_calibrated_versions_that_replace_the_bootstrap():
    for task in ml.TASKS:
        model_train(task=task, shared_dir=None)
    classifier = Classifier()
    assert set(classifier._versions().values()) == {"v1"}
    toxicity = classifier.models["toxicity"]
    assert toxicity.calibration is not None and toxicity.calibration.slope != 1.0
    version = ModelVersion.objects.get(task="toxicity", active=True)
    assert 0.0 < version.metrics["calibration"]["threshold"] < 1.0
    assert any("trong lĩnh vực" in source for source in version.sources)
    result = classifier.one("Tự hào chè Tủa Chùa được bảo hộ chỉ dẫn địa lý, cảm ơn tỉnh")
    assert result.toxicity.label == "clean" and result.sentiment.label == "positive"
    assert result.topic.label == "chi-dan-dia-ly"


def test_it_trains_on_staff_corrections(board_user):
    stats = ingest(["Cán bộ xã hướng dẫn rất nhiệt tình, hồ sơ xong nhanh"])
    item = Item.objects.get(pk=stats.item_ids[0])
    correction_save(item=item, task="topic", label="thu-tuc", user=board_user)
    version = model_train(task="topic", shared_dir=None)
    assert any("hiệu chỉnh (1)" in source for source in version.sources)


def test_it_lists_abstained_items_first_in_the_review_queue(board_user):
    stats = ingest(["Gạo Điện Biên ngon lắm bà con ơi", "Hôm nay trời mưa to quá", "Xem sau"])
    first, second, third = (Item.objects.get(pk=pk) for pk in stats.item_ids)
    Item.objects.filter(pk__in=stats.item_ids).update(confidence=0.9, abstained=[])
    Item.objects.filter(pk=first.pk).update(confidence=0.2)
    Item.objects.filter(pk=third.pk).update(confidence=0.95, abstained=["topic"])
    queue = list(items_filter(user=board_user, params={"thu_tu": "chua-chac"}))
    assert [i.pk for i in queue[:3]] == [third.pk, first.pk, second.pk]


def test_it_stores_what_the_models_abstained_on():
    stats = ingest(["Xem sau nhé", "Tự hào gạo Điện Biên có chỉ dẫn địa lý, bà con phấn khởi"])
    results = Classifier().classify(["Xem sau nhé"])
    stored = Item.objects.get(pk=stats.item_ids[0])
    assert stored.abstained == results[0].abstained


def test_it_trains_the_demo_models_once(monkeypatch):
    # Without ../shared/data (a fresh clone): the in-domain set alone, in seconds.
    monkeypatch.setattr("lantoa.opinion.demo.default_shared_dir", lambda: None)
    first = opinion_models_load_demo()
    assert ModelVersion.objects.filter(active=True).count() == 3
    assert "Sắc thái bản 1" in first
    opinion_models_load_demo()
    assert ModelVersion.objects.count() == 3


def test_it_trains_topic_on_every_development_round_not_held_out():
    shipped = task_fit(task="topic", shared_dir=None, corrections=False)
    alone = task_fit(task="topic", shared_dir=None, corrections=False, rounds=())
    rounds = [s for s in shipped.sources if "vòng dev" in s]
    assert [s.split("vòng ")[1].split(" ")[0] for s in rounds] == [
        *(f"dev{n}" for n in range(4, 12)),
        *(f"dev{n}" for n in range(13, 21)),
        *("dev23", "dev24", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31"),
    ]
    # The Vietnamese rows of dev4-dev11, dev13, dev14 (1956), dev15, dev16 (210 each), dev17
    # (175), and H65's dev18 (208), dev19 (210), dev20 (200), dev23 (300), dev24 (200), dev26 (232),
    # and dev27 (243), dev28, dev29 (232 each; README, "Sentiment and topic on more rounds"),
    # dev30, dev31 (232 each, development rounds once scored blind).
    assert shipped.size - alone.size == 2551 + 1350 + 707 + 464
    assert not any("vòng" in s for s in alone.sources)


def test_it_trains_topic_on_no_held_out_round():
    held_out = {"dev12", "dev21", "dev22", "dev25", "dev32", "test", "test2"}
    assert not held_out & set(TRAINING_ROUNDS["topic"])


def test_it_trains_topic_on_the_blind_rounds_once_they_are_development_rounds():
    # dev30 and dev31, scored blind, are development rounds now; leave-one-round-out over
    # dev4-dev31 (benchmarks/opinion_pooled_loro.py) pooled topic macro-F1 0.823 -> 0.827.
    fitted = task_fit(task="topic", shared_dir=None, corrections=False)
    assert any("vòng dev30 " in s for s in fitted.sources)
    assert any("vòng dev31 " in s for s in fitted.sources)


def test_it_trains_toxicity_on_none_of_the_rounds_dev15_to_dev20():
    # H32's leave-one-round-out took dev15, dev16 for it; the held-out splits and the blind
    # dev19 fell with them (training.py), so it keeps the rounds it had.
    assert TRAINING_ROUNDS["toxicity"][-2:] == ("dev13", "dev14")
    assert not {f"dev{n}" for n in range(15, 21)} & set(TRAINING_ROUNDS["toxicity"])


def test_it_trains_sentiment_on_every_labelled_round_but_the_development_set_aside():
    # #18 (07/12/2026): dev21, dev22, dev25 kept aside and dev27-dev29 left out in turn rose
    # 0.797 -> 0.840 mean (README, "Sentiment and topic on more rounds").
    kept_aside = {"dev12", "dev21", "dev22", "dev25", "dev30", "dev31", "dev32", "test", "test2"}
    rounds = set(TRAINING_ROUNDS["sentiment"])
    assert not kept_aside & rounds
    assert {f"dev{n}" for n in (*range(4, 12), *range(13, 21), 23, 24, *range(26, 30))} == rounds


def test_it_marks_a_round_the_models_trained_on_where_evaluate_prints_it():
    trained_on = evaluate(shared_dir=None, tasks=("topic",), split="dev4")
    held_out = evaluate(shared_dir=None, tasks=("topic",), split="dev")
    assert trained_on[0].note == TRAINED_ON_NOTE
    assert held_out[0].note != TRAINED_ON_NOTE and "Vietnamese items only" in held_out[0].note


def test_it_trains_toxicity_on_the_development_rounds_too():
    # Leave-one-round-out over dev4-dev11: 2 clean comments flagged instead of 4 (H14).
    fitted = task_fit(task="toxicity", shared_dir=None, corrections=False)
    assert sum("vòng dev" in s for s in fitted.sources) == 10


def test_it_ships_a_twin_without_the_accented_channel_for_texts_typed_without_diacritics():
    model_train(task="sentiment", shared_dir=None)
    model_train(task="topic", shared_dir=None)
    models = ml.active_models()
    twin = models["sentiment"].unmarked
    assert twin is not None and not models["sentiment"].bootstrap
    channels = dict(twin.pipeline.named_steps["features"].transformer_list)
    assert "words" not in channels and "words" in dict(
        models["sentiment"].pipeline.named_steps["features"].transformer_list
    )
    # Topic reads every text folded already: it needs no twin.
    assert models["topic"].unmarked is None
    text = "Tu hao che Tua Chua duoc bao ho chi dan dia ly, cam on tinh"
    shipped, alone = models["sentiment"].predict([text])[0], twin.predict([text])[0]
    assert shipped.label == alone.label and shipped.score == pytest.approx(alone.score)


def test_it_trains_topic_as_a_linear_svm_whose_probabilities_are_calibrated():
    # Leave-one-round-out over dev4-dev31 (benchmarks/opinion_pooled_loro.py): the SVM at C
    # 0.25-1 pooled 0.831-0.833 against the logistic regression's 0.827.
    fitted = task_fit(task="topic", shared_dir=None, corrections=False)
    model = fitted.model("topic")
    assert type(model.pipeline.named_steps["classify"]).__name__ == "LinearSVC"
    said = model.predict(["Hàng giả bị quản lý thị trường thu giữ", "Trận bóng hôm nay hay quá"])
    assert said[0].label == "hang-gia"
    for prediction in said:
        assert sum(prediction.probabilities.values()) == pytest.approx(1.0)
        assert prediction.score == max(prediction.probabilities.values())
