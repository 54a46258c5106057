"""The classifiers' feature channels and their weights (ml.TASK_SETTINGS)."""

from __future__ import annotations

import numpy as np

from lantoa.opinion import ml

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
