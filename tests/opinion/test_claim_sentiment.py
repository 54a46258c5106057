"""Sentiment by the claim a comment states: a rumour told as true is negative unless told as good
news (the guide)."""

import pytest

from lantoa.opinion.claimeval import load_claims, matcher_for
from lantoa.opinion.classify import Classifier, asked, sentiment_of_claim

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("label", "stance", "text", "toxic", "expected"),
    [
        ("neutral", "spreads", "Gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi", False, "negative"),
        ("neutral", "spreads", "Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn", False, "negative"),
        ("positive", "spreads", "Mắc ca sắp được giá gấp ba rồi, vui quá", False, "positive"),
        ("neutral", "spreads", "Có phải gạo Điện Biên bị thu hồi rồi không?", False, "neutral"),
        (
            "neutral",
            "spreads",
            "gao dien bien bi thu hoi chi dan dia ly that k mn",
            False,
            "neutral",
        ),
        (
            "negative",
            "spreads",
            "Gạo Điện Biên bị thu hồi chỉ dẫn địa lý thật à",
            False,
            "negative",
        ),
        ("negative", "refutes", "Tin gạo bị thu hồi là bịa đặt", False, "neutral"),
        ("negative", "refutes", "Đứa nào tung tin gạo bị thu hồi thì ngu", True, "negative"),
        ("positive", "refutes", "May quá, tin gạo bị thu hồi là sai", False, "positive"),
        ("positive", "refutes", "Gạo vẫn bán bình thường, đừng share", False, "neutral"),
        ("negative", "refutes", "may ma tin thu hoi la sai, nhe ca nguoi", False, "positive"),
        ("neutral", "refutes", "Cảm ơn ad đã đính chính tin gạo bị thu hồi", False, "positive"),
        ("positive", "refutes", "Tin thu hồi là sai, mayonnaise vẫn bán", False, "neutral"),
        ("negative", "refutes", "May quá, đứa nào tung tin thu hồi thì ngu", True, "negative"),
        ("positive", None, "Gạo Điện Biên ngon quá", False, "positive"),
        ("positive", "spreads", "rất hài lòng " * 30, False, "positive"),
    ],
)
def test_it_gives_a_comment_the_sentiment_of_the_claim_it_states(
    label, stance, text, toxic, expected
):
    assert sentiment_of_claim(label, stance=stance, text=text, toxic=toxic) == expected


def test_it_calls_an_alarming_rumour_told_as_true_negative():
    classifier = Classifier(matcher=matcher_for(load_claims()))
    rumour, question = classifier.classify(
        [
            "Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi, bà con ơi",
            "Có phải gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi không mọi người?",
        ]
    )
    assert rumour.claim and rumour.claim["stance"] == "spreads"
    assert rumour.sentiment is not None and rumour.sentiment.label == "negative"
    assert question.claim and question.sentiment is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Có phải gạo Điện Biên bị thu hồi rồi không?", True),
        ("gao dien bien bi thu hoi chi dan dia ly that k mn", True),
        ("Nghe nói bán chè không tem là bị phạt hả các bác", True),
        ("Gạo Điện Biên bị thu hồi thật à", True),
        ("Cho hỏi phí đăng ký nhãn hiệu hết bao nhiêu", True),
        ("ocop 4 sao phai nop them tien dung ko ae oi", True),
        ("Gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi, buồn quá", False),
        ("Cảm ơn ad đã giải đáp ạ", False),
        ("cam on ad a", False),
        ("Nhà mình vẫn bán chè bình thường, có ai cấm đâu", False),
        ("OK", False),
    ],
)
def test_it_tells_a_question_with_or_without_a_question_mark(text, expected):
    assert asked(text) is expected
