"""Everyday synonyms written as one form before the n-grams are cut."""

import pytest

from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimsyn import synonyms
from lantoa.opinion.claimtext import features, normalise


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("quán bún nhà tôi có thương hiệu rồi", "nhan hieu"),
        ("bán đồ dởm ngoài chợ", "hang gia"),
        ("in số máy lên hộp", "so dien thoai"),
        ("cho bạn mượn nick xem phim", "tai khoan"),
        ("được lên tivi giới thiệu", "truyen hinh"),
        ("chụp hình với sản phẩm", "chup anh"),
        ("gửi qua bưu cục huyện", "buu dien"),
        ("em học sinh có phát minh", "sang che"),
    ],
)
def test_it_writes_a_synonym_as_its_table_form(text, written):
    assert written in synonyms(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "bán hàng nhái ngoài chợ",  # an imitation is not a counterfeit
        "chợ không có ai bán",  # "chợ không" folds onto "cho không"
        "the shop gives it for free",  # English keeps its own words
        "thuong lai xet thang vao gia",  # no table entry, left as it is
    ],
)
def test_it_leaves_words_the_table_does_not_join(text):
    assert synonyms(normalise(text)) == normalise(text)


def test_it_makes_a_retold_noun_share_the_n_grams_of_the_claim():
    said = features(normalise("nghe nói bị mất thương hiệu"))[0]
    claim = features(normalise("bị mất nhãn hiệu"))[0]
    assert "nhan " in said and "nhan " in claim and "thuon" not in said


def test_it_matches_a_comment_that_names_the_claims_noun_in_street_words():
    matcher = ClaimMatcher(
        [(1, ["Quán chuyển sang phố khác thì bị mất nhãn hiệu đã đăng ký"])],
        keys={1: "K"},
    )
    found = matcher.match("quán chuyển sang phố khác là bị mất thương hiệu đã đăng ký à")
    assert found is not None and found.claim_key == "K"
