"""The classifiers' feature channels and their weights (ml.TASK_SETTINGS)."""

from __future__ import annotations

import numpy as np

from lantoa.core.text import fold
from lantoa.opinion import ml
from lantoa.opinion.textnorm import is_folded

TEXTS = [
    "Gạo Điện Biên có chỉ dẫn địa lý",
    "Nộp hồ sơ đăng ký nhãn hiệu ở đâu",
    "Hàng giả bán tràn lan ngoài chợ",
    "Tem chỉ dẫn địa lý của gạo nếp",
    "Lệ phí nộp đơn bao nhiêu tiền",
    "Quản lý thị trường thu giữ hàng giả",
]
LABELS = ["chi-dan-dia-ly", "thu-tuc", "hang-gia"] * 2


def test_it_weighs_topics_character_ngrams_at_half_and_the_other_channels_as_before():
    topic = ml.TASK_SETTINGS["topic"]
    pipeline = ml.build_pipeline(c=topic.c, accented=topic.accented, chars=topic.chars)
    assert pipeline.named_steps["features"].transformer_weights == {"chars": 0.5}
    for task in ("sentiment", "toxicity"):
        settings = ml.TASK_SETTINGS[task]
        assert settings.chars == 1.0
        pipeline = ml.build_pipeline(c=settings.c, accented=settings.accented, chars=1.0)
        assert pipeline.named_steps["features"].transformer_weights == {"words": settings.accented}


def test_it_scores_a_weighted_channel_as_the_fitted_pipeline_does():
    pipeline = ml.train_pipeline(TEXTS, LABELS, chars=0.5)
    plain = ml.train_pipeline(TEXTS, LABELS)
    model = ml.LoadedModel("topic", 1, pipeline)
    expected = pipeline.decision_function(TEXTS)
    assert np.allclose(model.decisions(ml.prepare_batch(TEXTS)), expected)
    assert not np.allclose(plain.decision_function(TEXTS), expected)


def test_it_reads_a_text_typed_without_diacritics_with_the_twin_and_a_marked_one_without():
    own = ml.LoadedModel("topic", 1, ml.train_pipeline(TEXTS, LABELS, accented=1.0))
    # A twin taught other answers, so that whose answer came back shows.
    twin = ml.LoadedModel("topic", 1, ml.train_pipeline(TEXTS, LABELS[1:] + LABELS[:1]))
    model = ml.LoadedModel("topic", 1, own.pipeline, unmarked=twin)
    folded = [fold(text) for text in TEXTS]
    assert [p.label for p in model.predict(TEXTS)] == [p.label for p in own.predict(TEXTS)]
    assert [p.label for p in model.predict(folded)] == [p.label for p in twin.predict(folded)]
    assert [p.label for p in twin.predict(folded)] != [p.label for p in own.predict(folded)]
    # As the classifier scores them: the models together, each text routed.
    texts = TEXTS[:3] + folded[3:]
    topic = ml.LoadedModel("topic", 1, ml.train_pipeline(TEXTS, LABELS))
    unmarked = [is_folded(text) for text in texts]
    assert unmarked == [False] * 3 + [True] * 3
    routed, alone = ml.routed_predictions([model, topic], ml.prepare_batch(texts), unmarked)
    expected = own.predict(TEXTS[:3]) + twin.predict(folded[3:])
    assert [p.label for p in routed] == [p.label for p in expected]
    assert [p.label for p in alone] == [p.label for p in topic.predict(texts)]
