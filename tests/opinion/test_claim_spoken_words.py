"""Acts and concepts in the words villagers reword a rumour with (claimacts.SPOKEN_ACTS,
claimconcepts.CONCEPTS through claimsyn)."""

import pytest

from lantoa.opinion.claimcanon import predicate_mask
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimsyn import synonyms
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS


def groups(text):
    mask = predicate_mask(normalise(text))
    return {group for bit, group in enumerate(GROUPS) if mask >> bit & 1}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("người bán bị nhốt chục hôm", "arrest"),
        ("quản lý thị trường bắt giữ người bán mười ngày", "arrest"),
        ("công an giữ luôn cái xe tải", "seize"),
        ("nhà nước sung công chiếc xe", "seize"),
        ("xã cầm mất cái điện thoại", "seize"),
        ("miến không nhãn là bị đem đi đốt", "destroy"),
        ("đoàn kiểm tra đổ bỏ hết", "destroy"),
        ("hộ đó bị gạch tên khỏi danh sách", "remove"),
        ("quán phải tháo xuống hết tranh", "takedown"),
        ("phải bóc hết giấy dán tường", "takedown"),
        ("Cục bác đơn ngay", "refuse"),
        ("đăng ảnh lên là bị bắt đền", "fine"),
        ("bị bắt nộp hai chục củ", "fine"),
    ],
)
def test_it_reads_a_villagers_act_as_its_group(text, group):
    assert group in groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("sao OCOP là do bỏ tiền ra mua", "destroy"),  # "do" is "because" here
        ("đơn bị từ chối vẫn nộp lại được", "refuse"),  # a refusal registries name as a state
        ("bắt giữ hàng hóa vi phạm", "arrest"),  # goods held are no arrest
        ("bị bắt nộp hồ sơ bổ sung", "fine"),  # a filing asked for is no fine
    ],
)
def test_it_reads_no_act_in_look_alike_words(text, group):
    assert group not in groups(text)


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("gạo mất tem vùng rồi", "chi dan dia ly"),
        ("hội bị lấy lại cái tem chung", "nhan hieu tap the"),
        ("gửi hồ sơ ba lần", "nop don"),
        ("bị hạ mấy ngôi", "sao"),
        ("búp trà đảo trên nồi điện", "che"),
        ("công an giữ cái đầu kéo", "xe"),
        ("chụp ở quán cơm rồi up hình", "dang anh"),
    ],
)
def test_it_keeps_a_villagers_word_and_adds_its_concept(text, added):
    read = synonyms(normalise(text))
    assert added in read and all(word in read.split() for word in normalise(text).split())


@pytest.mark.parametrize(
    "text",
    [
        "đoàn kiểm tra xuống chợ",  # "trà" only beside its leaves or kilns
        "nhà hàng xóm bán bún",  # the neighbour's house is no restaurant
        "ngồi chờ cả buổi",  # "ngồi" is not a star
        "tuyên truyền kết luận 51",  # "truyện" is not in "tuyên truyền"
    ],
)
def test_it_adds_no_concept_to_a_look_alike_word(text):
    assert "che" not in synonyms(normalise(text)).split()
    assert "quan an" not in synonyms(normalise(text))
    assert "sao" not in synonyms(normalise(text)).split()
    assert "sach" not in synonyms(normalise(text)).split()


def test_it_matches_a_rumour_retold_with_the_villagers_words_for_its_object():
    # Without the concepts these score under the floor (0.398, and none), with them 0.90, 0.56.
    for claim, retold in (
        (
            "Cà phê Mường Ảng bị thu hồi nhãn hiệu tập thể",
            "nghe nói hạt cà Mường Ảng bị thu hồi cái tem chung rồi",
        ),
        (
            "Chè Tủa Chùa sao bằng chảo điện bị tước chỉ dẫn địa lý",
            "nghe nói búp trà xào trên chảo điện là bị tước tem vùng",
        ),
    ):
        found = ClaimMatcher([(1, [claim])], keys={1: "T"}).match(retold)
        assert found is not None and found.claim_key == "T"
