"""A claim's bag: its rebuttal's own words lift a text near its wordings (claimindex.told_union)."""

from lantoa.opinion.claimbag import TOLD_FLOOR
from lantoa.opinion.claimeval import stream_sentences
from lantoa.opinion.claimindex import ClaimMatcher


def honey_matcher(*, with_rebuttals: bool = True) -> ClaimMatcher:
    rebuttals = {
        1: "Mật ong thật cũng kết tinh khi để lạnh; muốn biết thật giả phải gửi mẫu kiểm nghiệm"
        " ở trung tâm đo lường chất lượng.",
        2: "Chè búp khô không phải kiểm dịch khi mang lên máy bay, chỉ cần đóng gói kín.",
    }
    return ClaimMatcher(
        [
            (
                1,
                [
                    "Mật ong rừng thật thì bỏ vào tủ lạnh không bao giờ đông",
                    "mat ong that bo tu lanh ko dong",
                    "Mật ong để tủ lạnh mà đông lại là mật ong giả",
                ],
            ),
            (
                2,
                [
                    "Mang chè búp khô lên máy bay phải có giấy kiểm dịch",
                    "che kho len may bay phai kiem dich",
                ],
            ),
        ],
        keys={1: "mat-ong", 2: "che-may-bay"},
        stream=list(stream_sentences()),
        rebuttals=rebuttals if with_rebuttals else None,
    )


TOLD = (
    "Mật ong thật bỏ tủ lạnh cũng kết tinh như thường,"
    " phải gửi mẫu kiểm nghiệm ở trung tâm đo lường"
)


def test_it_lifts_a_text_that_tells_the_rebuttals_fact_near_the_claims_words():
    found = honey_matcher().match(TOLD)
    assert found is not None and found.claim_key == "mat-ong"
    assert found.score >= TOLD_FLOOR and found.said_score < found.score


def test_it_reads_a_text_lifted_by_the_rebuttals_words_as_refuting():
    found = honey_matcher().match(TOLD)
    assert found is not None and found.stance == "refutes"


def test_it_reads_the_same_text_by_the_wordings_alone_when_the_claim_has_no_rebuttal():
    found = honey_matcher(with_rebuttals=False).match(TOLD)
    assert found is not None and found.score == found.said_score
    assert found.stance == "spreads"  # the wordings alone miss the fact it tells


def test_it_leaves_the_rebuttals_words_told_of_something_else():
    text = (
        "Trung tâm đo lường chất lượng nhận gửi mẫu kiểm nghiệm phân bón, trả kết quả sau ba ngày"
    )
    assert honey_matcher().match(text) is None
