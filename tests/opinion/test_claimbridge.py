"""Claims worded in one language matched by comments in the other (claimbridge)."""

import pytest

from lantoa.opinion.claimeval import stream_sentences
from lantoa.opinion.claimindex import ClaimMatcher

PHOTO_FEE = [
    "Tourists must pay a fee to take photos at the Hoa Ban festival",
    "You have to pay to photograph the Hoa Ban festival",
    "Taking pictures at the Hoa Ban festival costs a fee",
]
TEA_BAN = [
    "Cấm hộ dân tự bán chè Shan tuyết nếu không có nhãn hiệu",
    "Chè Shan tuyết không có nhãn hiệu thì không được bán",
    "che shan tuyet ko co nhan hieu la cam ban",
]
RICE_VI = ["Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý", "gao dien bien bi thu hoi chi dan dia ly"]
RICE_EN = ["Dien Bien rice has lost its geographical indication", "Dien Bien rice GI was revoked"]


def matcher(*claims):
    return ClaimMatcher(
        [(n, texts) for n, (_key, texts) in enumerate(claims, 1)],
        keys={n: key for n, (key, _texts) in enumerate(claims, 1)},
        stream=stream_sentences(),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nghe nói khách du lịch chụp ảnh ở lễ hội Hoa Ban phải trả phí",
        "chup anh le hoi hoa ban gio phai tra tien a",
    ],
)
def test_it_matches_a_vietnamese_comment_to_a_claim_worded_in_english(text):
    found = matcher(("photo-fee", PHOTO_FEE), ("tea-ban", TEA_BAN)).match(text)
    assert found is not None and (found.claim_key, found.stance) == ("photo-fee", "spreads")


def test_it_matches_an_english_comment_to_a_claim_worded_in_vietnamese():
    found = matcher(("photo-fee", PHOTO_FEE), ("tea-ban", TEA_BAN)).match(
        "Is it true that Shan tuyet tea without a trademark is banned from sale?"
    )
    assert found is not None and found.claim_key == "tea-ban"


@pytest.mark.parametrize(
    "text",
    [
        "Lễ hội Hoa Ban năm nay đông khách du lịch chụp ảnh lắm",
        "Vé xe lên Điện Biên dịp lễ hội Hoa Ban tăng giá",
        "Shan tuyet tea from Tua Chua tastes wonderful",
    ],
)
def test_it_matches_no_comment_on_the_topic_without_the_act(text):
    assert matcher(("photo-fee", PHOTO_FEE), ("tea-ban", TEA_BAN)).match(text) is None


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi à", "rice-vi"),
        ("So Dien Bien rice lost its geographical indication?", "rice-en"),
    ],
)
def test_a_claim_worded_in_the_text_s_language_keeps_its_answer(text, claim):
    found = matcher(("rice-vi", RICE_VI), ("rice-en", RICE_EN)).match(text)
    assert found is not None and found.claim_key == claim


def test_it_builds_no_rendered_index_when_every_claim_has_a_wording_in_the_language():
    index = matcher(("tea-ban", TEA_BAN), ("rice-vi", RICE_VI))
    index.match("chè Shan tuyết không nhãn hiệu bị cấm bán à")
    assert index.bridges.index("vi") is None
