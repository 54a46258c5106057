"""The last reading: a rumour's shape and the claim whose words it is nearest (claimshape)."""

import numpy as np
import pytest

from lantoa.opinion import claimshape
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimshape import (
    NEAREST_FLOOR,
    SHAPE_FLOOR,
    NearestClaims,
    shape_fit,
    shape_load,
    shape_rows,
    shape_train,
)

CLAIMS = [
    (1, ["Gạo Điện Biên bị thu hồi chỉ dẫn địa lý từ năm sau", "gao dien bien mat chi dan dia ly"]),
    (2, ["Sản phẩm OCOP phải nộp phí gia hạn sao mỗi năm năm triệu đồng"]),
]
REBUTTALS = {
    1: "Chỉ dẫn địa lý gạo Điện Biên vẫn được bảo hộ.",
    2: "Không có phí gia hạn sao OCOP.",
}
# Dev32's way of retelling: the claim's act in the teller's words, few of its n-grams.
RETOLD = "Nghe nói hạt gạo vùng lòng chảo sắp hết được ghi tên quê, bà con lo lắm"
ON_THEME = "Gạo Điện Biên năm nay thơm lắm, tem chỉ dẫn địa lý in đẹp, bà con bán được giá"


class _Shape:
    """A shape that calls a text a rumour when it is told as heard ("nghe"), refuted when it
    says "sai"."""

    def told(self, texts):
        return np.array([0.99 if "nghe" in text else 0.01 for text in texts])

    def stance(self, texts):
        return ["refutes" if "sai" in text else "spreads" for text in texts]


def _matcher(shape=None) -> ClaimMatcher:
    matcher = ClaimMatcher(
        CLAIMS,
        keys={1: "gao-cddl", 2: "ocop-phi"},
        statements={1: CLAIMS[0][1][0], 2: CLAIMS[1][1][0]},
        rebuttals=REBUTTALS,
    )
    matcher.shape = shape
    return matcher


def test_it_finds_a_rumour_told_in_other_words_only_by_its_shape():
    assert _matcher().match(RETOLD, "vi") is None
    found = _matcher(_Shape()).match(RETOLD, "vi")
    assert found is not None and found.claim_key == "gao-cddl" and found.stance == "spreads"
    assert NEAREST_FLOOR <= found.score <= 1


def test_it_says_a_rumour_refuted_in_other_words_refutes_it():
    denied = "Nghe nói hạt gạo vùng lòng chảo sắp hết được ghi tên quê, tin sai cả"
    found = _matcher(_Shape()).match(denied, "vi")
    assert found is not None and found.claim_key == "gao-cddl" and found.stance == "refutes"


def test_it_leaves_a_comment_on_the_theme_that_tells_no_rumour():
    assert _matcher(_Shape()).match(ON_THEME, "vi") is None


def test_it_reads_no_text_in_another_language_nor_a_long_post_whole():
    matcher = _matcher(_Shape())
    found = [None]
    claimshape.told_by_shape(matcher, [RETOLD], ["other"], found)
    assert found == [None]
    long_post = " ".join([RETOLD] * 4)  # passages are read first; whole, it is not taken
    assert len(long_post.split()) > claimshape.MOST_WORDS
    found = [None]
    claimshape.told_by_shape(matcher, [long_post], ["vi"], found)
    assert found == [None]


def test_it_takes_no_claim_that_does_not_lead_the_next():
    twice = [(1, CLAIMS[0][1]), (2, CLAIMS[0][1])]  # two claims in the same words
    matcher = ClaimMatcher(twice, keys={1: "a", 2: "b"}, rebuttals={})
    matcher.shape = _Shape()
    _ids, _near, lead = matcher.nearest_claims().nearest([claimshape.normalise(RETOLD)])
    assert lead[0] < claimshape.NEAREST_MARGIN
    assert matcher.match(RETOLD, "vi") is None


def test_it_ranks_the_claim_whose_rare_words_a_text_shares():
    nearest = NearestClaims(CLAIMS, REBUTTALS)
    ids, near, lead = nearest.nearest(["nghe noi phi gia han sao ocop tang"])
    assert ids[0] == 2 and near[0] > 0 and lead[0] > 0


@pytest.fixture(scope="module")
def shipped_shape():
    return shape_fit(*shape_rows())


def test_the_learned_shape_tells_a_rumour_from_a_comment_on_its_theme(shipped_shape):
    rumour = "Nghe nói từ tháng sau bán gạo mà không có tem là bị phạt năm triệu, thật không?"
    denied = "Làm gì có chuyện bán gạo không tem bị phạt năm triệu, tin đồn nhảm đấy bà con ạ"
    texts = [claimshape.normalise(t) for t in (rumour, ON_THEME, denied)]
    told, praised, _denied = shipped_shape.told(texts)
    assert told >= SHAPE_FLOOR > praised
    assert shipped_shape.stance([texts[0], texts[2]]) == ["spreads", "refutes"]


def test_it_learns_from_no_held_out_round():
    texts, labels = shape_rows()
    held, _ = shape_rows(without=("dev4",))
    assert len(held) < len(texts) and set(labels) == {"", "spreads", "refutes"}
    assert "test2" in claimshape.HELD_OUT


@pytest.mark.django_db
def test_it_is_trained_into_the_data_folder_and_read_by_the_registry(settings, tmp_path):
    from lantoa.opinion.matching import registry_matcher

    settings.DATA_DIR = tmp_path
    assert shape_load() is None and registry_matcher().shape is None
    path = shape_train()
    assert path == claimshape.shape_path() and path.exists()
    assert shape_load() is not None and registry_matcher().shape is shape_load()
