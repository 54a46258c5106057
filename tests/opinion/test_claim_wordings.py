"""A claim's wordings read one by one: acts said in words no table knows, claims that compete."""

from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimwords import canonical

PAID = "Hộ nuôi ong Tủa Chùa phải nộp sổ ghi chép cho xã mới được dùng nhãn hiệu mật ong"
LISTED = "Muốn dùng nhãn hiệu mật ong Tủa Chùa phải kê khai số đàn ong cho ủy ban xã"
STREAM = [
    "Mật ong Tủa Chùa thơm ngon, bà con nuôi ong quanh năm",
    "Ủy ban xã họp dân về giống ong mới",
    "Nhãn hiệu mật ong Tủa Chùa được khách quen tin dùng",
]


def matcher(*wordings: str) -> ClaimMatcher:
    return ClaimMatcher([(1, list(wordings))], keys={1: "ke-khai"}, stream=STREAM)


def test_it_reads_a_wording_with_no_predicate_group_as_the_fixture_needs():
    assert canonical("phai nop so")[1] and not canonical("phai ke khai so dan ong")[1]


def test_it_matches_a_text_near_a_wording_whose_act_no_table_knows():
    text = "Nghe nói muốn dùng nhãn hiệu mật ong Tủa Chùa thì phải kê khai hết số đàn ong cho xã"
    found = matcher(PAID, LISTED).match(text)
    assert found is not None and (found.claim_key, found.stance) == ("ke-khai", "spreads")


def test_it_matches_no_text_the_act_free_wording_does_not_hold():
    # The same text is not the claim when only the wording with a group is known.
    text = "Nghe nói muốn dùng nhãn hiệu mật ong Tủa Chùa thì phải kê khai hết số đàn ong cho xã"
    assert matcher(PAID).match(text) is None


def test_it_matches_no_topic_talk_near_an_act_free_wording():
    # Near the wording's topic (0.53) but not its act: under WORDING_THRESHOLD.
    text = "muốn dùng nhãn hiệu mật ong Tủa Chùa cho sản phẩm nhà mình thì hỏi ủy ban xã"
    assert matcher(PAID, LISTED).match(text) is None
