"""The texts the gate could let through at all, read before any claim is scored (claimgate)."""

import numpy as np

from lantoa.opinion.claimeval import matcher_for, split_claims
from lantoa.opinion.claimgate import open_rows
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimtext import features, normalise

TEXTS = [
    "Mật ong Mường Nhé bị cấm bán rồi à",
    "Mật ong Mường Nhé ngon lắm",
    "Tin mật ong Mường Nhé là bịa đặt",
]


def opened(claims):
    matcher = ClaimMatcher(claims, stream=["Mật ong rừng Mường Nhé", "Chợ phiên Mường Nhé"])
    texts = [normalise(text) for text in TEXTS]
    masks = np.array([features(text)[1] for text in texts], dtype=np.int64)
    return open_rows(matcher, texts, masks).tolist()


def test_it_closes_a_text_with_none_of_the_acts_every_claim_asks():
    claims = [(1, ["Mật ong rừng Mường Nhé bị cấm bán vì chưa có chỉ dẫn địa lý"])]
    assert opened(claims) == [True, False, True]


def test_it_opens_every_text_when_a_claim_asks_no_act():
    claims = [
        (1, ["Mật ong rừng Mường Nhé bị cấm bán vì chưa có chỉ dẫn địa lý"]),
        (2, ["Mật ong Mường Nhé toàn là đường với nước lã"]),
    ]
    assert opened(claims) == [True, True, True]


def test_a_closed_text_matches_nothing_it_would_have_matched():
    claims = [(1, ["Mật ong rừng Mường Nhé bị cấm bán vì chưa có chỉ dẫn địa lý"])]
    matcher = ClaimMatcher(claims, stream=["Mật ong rừng Mường Nhé"])
    assert matcher.match("Mật ong rừng Mường Nhé chưa có chỉ dẫn địa lý") is None
    assert matcher.match("Mật ong rừng Mường Nhé bị cấm bán vì chưa có chỉ dẫn địa lý") is not None


KIN_CLAIM = [(1, ["Xem phim trên web lậu thì nhà mạng sẽ cắt internet của cả hộ"])]
KIN_STREAM = ["Xem phim trên web", "Nhà mạng lắp internet cho cả hộ", "Wifi nhà mình chậm quá"]


def test_it_lets_a_kin_act_stand_for_the_claims_own():
    # "khóa wifi" (lock) retells "cắt internet" (remove): the same act in other words.
    matcher = ClaimMatcher(KIN_CLAIM, stream=KIN_STREAM)
    found = matcher.match("Xem phim trên web lậu là nhà mạng khóa wifi của cả hộ")
    assert found is not None and found.claim_key == "1"


def test_it_asks_a_kin_act_all_the_same():
    matcher = ClaimMatcher(KIN_CLAIM, stream=KIN_STREAM)
    assert matcher.match("Xem phim trên web lậu thì nhà mạng lắp internet cho cả hộ") is None


BAN_CLAIM = [(1, ["Mật ong nuôi không được ghi chữ mật ong rừng trên nhãn"])]
BAN_STREAM = ["Mật ong nuôi ở Mường Nhé", "Nhãn mật ong rừng", "Chợ phiên bán mật ong"]


def test_it_lets_a_punishment_stand_for_a_ban():
    # "ghi vào là bị phạt" (fine) retells "không được ghi" (ban): the ban told by its punishment.
    matcher = ClaimMatcher(BAN_CLAIM, stream=BAN_STREAM)
    found = matcher.match("Mật ong nuôi mà ghi chữ mật ong rừng trên nhãn là bị phạt đấy")
    assert found is not None and found.claim_key == "1"


def test_it_asks_a_punishment_or_a_ban_all_the_same():
    matcher = ClaimMatcher(BAN_CLAIM, stream=BAN_STREAM)
    assert matcher.match("Mật ong nuôi ghi chữ mật ong rừng trên nhãn bán chạy lắm") is None


RETOLD_TEXT = "gạo nhà mình gửi ra Hà Nội cho cháu nó đóng túi bán{} mất luôn cái chỉ dẫn địa lý"


def test_it_asks_less_of_a_rumour_told_with_its_act():
    # dev9's R-01 ("… đóng gói ở tỉnh khác sẽ bị mất quyền dùng chỉ dẫn địa lý") retold as
    # hearsay and as a rule with its consequence: the act kept, the rest in other words.
    matcher = matcher_for(split_claims("dev9"))
    found = matcher.match("Nghe bảo " + RETOLD_TEXT.format(" là"))
    assert found is not None and found.claim_key == "R-01" and found.stance == "spreads"


def test_it_asks_a_rumours_telling_and_its_act_all_the_same():
    matcher = matcher_for(split_claims("dev9"))
    assert matcher.match("Gạo nhà mình gửi ra Hà Nội cho cháu nó đóng túi bán, ngon lắm") is None
    assert matcher.match(RETOLD_TEXT.format(",")) is None  # told as a fact, not a rumour
    assert matcher.match("Nghe bảo gạo nhà mình gửi ra Hà Nội cho cháu nó đóng túi bán") is None


HUSKER = "every household in the GI rice zone gets a husker without paying? My uncle says so"


def test_it_asks_a_claim_naming_no_act_only_the_telling():
    # dev19's K-20 names no act ("… will get a free rice mill"): asked whether it is true, its
    # retelling in other words matches; told plainly, it does not.
    matcher = matcher_for(split_claims("dev19"))
    found = matcher.match("Is it true " + HUSKER)
    assert found is not None and found.claim_key == "K-20" and found.stance == "spreads"
    assert matcher.match(HUSKER[0].upper() + HUSKER[1:]) is None
