"""A claim's wordings read one by one: acts said in words no table knows, claims that compete."""

import numpy as np
from scipy import sparse

from lantoa.opinion.claimcanon import canonical
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimrivals import pick

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


def rivals_union() -> sparse.csr_matrix:
    # Claim 0 says n-grams 0, 1, 2; claim 1 says 0, 1, 3, 4 (0 and 1: the object they share).
    rows, cols = [0, 0, 0, 1, 1, 1, 1], [0, 1, 2, 0, 1, 3, 4]
    return sparse.csr_matrix((np.full(7, 2.0), (rows, cols)), shape=(2, 5))


def test_it_gives_a_close_call_to_the_claim_whose_own_words_the_text_says():
    text = np.array([True, True, False, True, True])
    assert pick(np.array([0.72, 0.70]), np.array([0, 1]), rivals_union(), text) == 1


def test_it_keeps_the_best_score_when_no_rival_is_close():
    text = np.array([True, True, False, True, True])
    assert pick(np.array([0.80, 0.70]), np.array([0, 1]), rivals_union(), text) == 0


def test_it_keeps_the_best_score_when_the_rival_holds_fewer_of_the_texts_words():
    text = np.array([True, True, True, False, False])
    assert pick(np.array([0.70, 0.72]), np.array([0, 1]), rivals_union(), text) == 0


def test_it_matches_a_denial_of_an_act_free_wordings_own_words_as_refuting():
    # 0.58: under WORDING_THRESHOLD, but it denies "phải kê khai" that the wording states.
    text = "nhãn hiệu mật ong Tủa Chùa không phải kê khai số đàn ong đâu"
    found = matcher(PAID, LISTED).match(text)
    assert found is not None and (found.claim_key, found.stance) == ("ke-khai", "refutes")


def test_it_matches_no_negation_of_other_words_near_an_act_free_wording():
    # 0.57, a negation of none of the wording's words ("không phải lo").
    text = "Muốn dùng nhãn hiệu mật ong Tủa Chùa không phải lo, ủy ban xã hỗ trợ"
    assert matcher(PAID, LISTED).match(text) is None


SEALED = "Lò rượu Sín Chải bán một chai rượu giả là bị niêm phong cả lò ba tháng"
SEALED_LIKE = "lo ruou sin chai co 1 chai gia la bi niem phong ca lo 3 thang"


def sealing(*more: str) -> ClaimMatcher:
    return ClaimMatcher(
        [(1, [SEALED, SEALED_LIKE, *more])],
        keys={1: "niem-phong"},
        stream=STREAM,
        rebuttals={1: "Không có quy định niêm phong cả lò vì một chai rượu giả."},
    )


def test_it_holds_a_claim_with_no_predicate_group_at_the_plain_threshold_for_its_act_term():
    # 0.41: the rebuttal's act term ("niêm phong") does not raise the bar of a claim needing none.
    found = sealing().match("quán tạp hóa có chai rượu giả bị niêm phong")
    assert found is not None and found.claim_key == "niem-phong"


def test_it_keeps_the_act_terms_bar_where_the_claim_needs_a_group():
    assert (
        sealing("ai bán rượu giả thì lò bị cấm nấu").match(
            "quán tạp hóa có chai rượu giả bị niêm phong"
        )
        is None
    )
