"""Language: a share of Vietnamese words decides, not one Vietnamese letter; claims per language."""

import pytest

from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.textnorm import detect_language

HMONG = [
    "Kuv nyob hauv Điện Biên, kuv cov qoob loo zoo heev",
    "Peb cov neeg Hmoob nyob Mường Nhé muaj mov thiab zaub ntau",
    "Nyob zoo os, koj puas paub txog cov nplej Điện Biên?",
    "kuv mus Tủa Chùa yuav tshuaj yej",
]
THAI = [
    "Khấu Mường Thanh hom lai, côn Tay kin khấu nửng",
    "Côn Tay dú Mường Lay kin khấu nưng, hươn háu dú bản Na Sang",
    "Pi nảy bản háu đảy khấu nhăng lai",
    "Bấu mi căm sở hữu trí tuệ pên xăng, pọ mẻ háu bấu hụ",
]
VIETNAMESE = [
    "Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý",
    "Chè Shan tuyết Tủa Chùa ngon lắm",
    "OCOP 4 sao hả",
    "mat ong muong nhe nguyen chat, ai can lien he em nhe",
    "Tối qua cả bản cùng múa xòe",
    "ko bit dc ho tro bn tien de lam nhan hieu",
    "gao dien bien ngon so 1 luon 🥰🥰",
    "vl ad, dang bai nhu shit",
]


@pytest.mark.parametrize("text", HMONG + THAI)
def test_it_does_not_call_hmong_or_thai_vietnamese_for_a_place_name(text):
    assert detect_language(text) == "other"


@pytest.mark.parametrize("text", VIETNAMESE)
def test_it_keeps_vietnamese_with_or_without_marks(text):
    assert detect_language(text) == "vi"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Email cho mình: <EMAIL>", "vi"),
        ("Liên hệ <PHONE> <PHONE> <EMAIL> nhé", "vi"),
        ("Call me at <PHONE> for genuine Dien Bien rice", "other"),
        ("<PHONE> <EMAIL>", "und"),
    ],
)
def test_it_reads_the_words_around_mask_tokens_not_the_tokens(text, language):
    assert detect_language(text) == language


def test_it_matches_other_languages_against_variants_in_that_language():
    matcher = ClaimMatcher(
        [
            (1, ["Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý", "gao dien bien mat chi dan dia ly"]),
            (2, ["Dien Bien rice has lost its geographical indication"]),
        ],
        keys={1: "vi-claim", 2: "en-claim"},
    )
    english = "I heard Dien Bien rice has lost its geographical indication"
    assert detect_language(english) == "other"
    assert matcher.match(english, "other").claim_key == "en-claim"
    refuted = "The rumour that Dien Bien rice lost its geographical indication is fake"
    assert matcher.match(refuted, "other").stance == "refutes"
    vietnamese = "Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi"
    assert matcher.match(vietnamese, "vi").claim_key == "vi-claim"
    assert matcher.match(HMONG[0], "other") is None
