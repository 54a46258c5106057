"""The overlap alone answering a text the gate stopped (claimfallback)."""

from types import SimpleNamespace

import numpy as np

from lantoa.opinion.claimfallback import (
    FALLBACK_MARGIN,
    FALLBACK_THRESHOLD,
    fallback_pair,
    gainsays,
)
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS

REMOVE = 1 << GROUPS.index("remove")
PAY = 1 << GROUPS.index("pay")
# Two claims: the first's act is a loss (remove), the second's a payment.
MATCHER = SimpleNamespace(claim_predicates=np.array([REMOVE, PAY], dtype=np.int64))
CLAIMS = np.array([0, 0, 1])
TOLD = normalise("Nghe nói bà con thả gia súc xuống đồng thì mẻ thóc năm sau hết đóng bao tem vùng")


def _scores(top: float, second: float) -> np.ndarray:
    return np.array([top, top - 0.01, second])


def test_a_rumour_told_clearly_nearer_one_claim_is_it():
    top = FALLBACK_THRESHOLD + 0.02
    scores = _scores(top, top - FALLBACK_MARGIN - 0.01)
    assert fallback_pair(MATCHER, scores, CLAIMS, TOLD, REMOVE) == 0


def test_a_rumour_told_with_no_act_is_another_rumour_on_the_theme():
    # dev18: "Nghe nói sắp tới cấp giấy chứng nhận OCOP ngay tại xã" is no claim of a revocation.
    assert fallback_pair(MATCHER, _scores(0.6, 0.1), CLAIMS, TOLD, 0) is None


def test_a_claim_not_clearly_ahead_is_not_taken():
    top = FALLBACK_THRESHOLD + 0.02
    assert fallback_pair(MATCHER, _scores(top, top - 0.02), CLAIMS, TOLD, REMOVE) is None


def test_a_low_overlap_is_not_taken():
    low = _scores(FALLBACK_THRESHOLD - 0.01, 0.0)
    assert fallback_pair(MATCHER, low, CLAIMS, TOLD, REMOVE) is None


def test_a_text_not_told_as_a_rumour_is_not_taken():
    news = normalise("Bà con thả gia súc xuống đồng sau mùa gặt, mẻ thóc năm sau đóng bao tem vùng")
    assert fallback_pair(MATCHER, _scores(0.6, 0.1), CLAIMS, news, REMOVE) is None


def test_an_act_of_another_class_tells_another_claim():
    assert fallback_pair(MATCHER, _scores(0.6, 0.1), CLAIMS, TOLD, PAY) is None
    assert fallback_pair(MATCHER, _scores(0.6, 0.1), CLAIMS, TOLD, REMOVE) == 0


def test_a_reworded_rumour_the_gate_stops_is_found():
    # dev21's J-02 retold: "gói nhỏ nhúng vào cốc" for "túi lọc", "tên vùng" for the GI.
    from lantoa.opinion.claimeval import matcher_for, split_claims

    text = (
        "ủa vậy chè gói nhỏ kiểu nhúng vào cốc là ko đc mang cái tên vùng chè cổ thụ bên mình à?"
        " e tính làm quà biếu mà 😢"
    )
    found = matcher_for(split_claims("dev21")).match(text)
    assert found is not None and found.claim_key == "J-02" and found.stance == "spreads"


def test_a_story_gainsaid_is_taken_and_refutes():
    text = normalise("Chẳng có chuyện thả gia súc xuống đồng là mẻ thóc năm sau hết tem vùng")
    assert fallback_pair(MATCHER, _scores(0.6, 0.1), CLAIMS, text, 0) == 0
    assert gainsays(text, normalise("Thả trâu bò vào ruộng là mất chỉ dẫn địa lý"))


def test_a_question_is_not_gainsaid():
    # "cho không, có đúng không" folds to "cho khong co dung khong": it asks.
    text = normalise("Nghe bảo hàng 4 sao được ti vi giới thiệu cho không, có đúng không ạ?")
    assert not gainsays(text, "")


def test_a_denial_the_claim_says_itself_is_no_rebuttal():
    wording = normalise("Hộ không có tem vùng thì không được bán gạo")
    assert not gainsays(normalise("Nghe đâu hộ không có tem vùng thì hết bán gạo"), wording)
