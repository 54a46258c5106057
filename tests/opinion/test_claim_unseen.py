"""Claims of a registry the word tables were not written for: new acts, short rebuttals."""

import pytest

from lantoa.opinion.claimeval import stream_sentences
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimtext import normalise, stance_of

SEIZED = "Thổ cẩm Mường Phăng không có nhãn sẽ bị tịch thu"
SOLD = "Hội dệt đã bán tên thổ cẩm Mường Phăng cho một công ty Hàn Quốc"


def matcher():
    return ClaimMatcher(
        [
            (1, [SEIZED, "tho cam muong phang khong nhan la bi tich thu"]),
            (2, [SOLD, "ten tho cam muong phang bi ban cho cty han quoc roi"]),
        ],
        keys={1: "tich-thu", 2: "ban-ten"},
        stream=[
            "Thổ cẩm Mường Phăng đẹp, bà con dệt quanh năm",
            "Mua thổ cẩm Mường Phăng ở chợ phiên",
            "Hội dệt thổ cẩm họp cuối năm",
        ],
    )


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("nghe nói thổ cẩm Mường Phăng không có nhãn là bị thu giữ hết", "tich-thu"),
        ("hội dệt bán tên thổ cẩm Mường Phăng cho công ty Hàn Quốc rồi à", "ban-ten"),
    ],
)
def test_it_matches_an_act_the_old_registry_never_had(text, claim):
    found = matcher().match(text)
    assert found is not None and (found.claim_key, found.stance) == (claim, "spreads")


@pytest.mark.parametrize(
    "text",
    [
        "Thổ cẩm Mường Phăng đẹp quá, bán cho khách du lịch rất chạy",
        "Cảnh sát tạm giữ xe máy của người dệt thổ cẩm Mường Phăng",
    ],
)
def test_it_matches_no_claim_in_talk_without_the_act(text):
    assert matcher().match(text) is None


def test_it_matches_a_short_rebuttal_that_names_only_the_act():
    found = matcher().match("Thổ cẩm bị tịch thu là chuyện bịa")
    assert found is not None and (found.claim_key, found.stance) == ("tich-thu", "refutes")


@pytest.mark.parametrize(
    "text",
    ["bị tịch thu là chuyện bịa", "nói tịch thu là xạo", "tôi bán suốt có sao đâu"],
)
def test_it_reads_new_rebuttal_cues_as_refuting(text):
    assert stance_of(normalise(text), normalise(SEIZED)) == "refutes"


def test_it_reads_kilograms_after_a_number_as_no_negation():
    assert normalise("tiêu hủy 300 kg chè giả") == "tieu huy 300 kg che gia"


PAGE = "Trang bán mật ong nào có chữ Mường Nhé trong tên sẽ bị khóa"
ONLY = "Hạt dổi chỉ được bán cho một công ty do huyện chọn"


def second_matcher():
    return ClaimMatcher(
        [(1, [PAGE, "page ban mat ong ten muong nhe se bi khoa"]), (2, [ONLY])],
        keys={1: "khoa-trang", 2: "mot-cong-ty"},
        stream=[
            "Mật ong Mường Nhé bán ở chợ phiên",
            "Trang bán hàng của hợp tác xã đăng ảnh mới",
            "Hạt dổi rừng thơm, bà con đi hái",
        ],
    )


def test_it_matches_a_new_act_and_its_denial():
    told = second_matcher().match("nghe bảo page bán mật ong tên Mường Nhé bị khóa hết")
    denied = second_matcher().match("Không ai khóa trang bán mật ong vì tên Mường Nhé cả")
    assert told is not None and (told.claim_key, told.stance) == ("khoa-trang", "spreads")
    assert denied is not None and (denied.claim_key, denied.stance) == ("khoa-trang", "refutes")


def test_it_matches_a_page_with_no_act_to_no_claim():
    assert second_matcher().match("Trang bán mật ong Mường Nhé có nhiều ảnh đẹp") is None


def test_it_matches_a_short_denial_of_a_claim_with_no_known_act():
    found = second_matcher().match(
        "Không có công ty nào độc quyền thu mua hạt dổi, bà con bán cho ai cũng được"
    )
    assert found is not None and (found.claim_key, found.stance) == ("mot-cong-ty", "refutes")


def market_matcher():
    return ClaimMatcher(
        [
            (
                1,
                [
                    "Chợ Mường Thanh đã bị đóng cửa vì bán hàng giả",
                    "cho muong thanh bi dong cua roi",
                    "Chợ Mường Thanh phải đóng cửa một tháng",
                ],
            ),
            (
                2,
                ["Gạo Điện Biên bị thu hồi chỉ dẫn địa lý", "gao dien bien mat chi dan dia ly roi"],
            ),
        ],
        keys={1: "dong-cho", 2: "thu-hoi"},
        stream=list(stream_sentences()),
        rebuttals={
            1: "Chợ Mường Thanh vẫn mở cửa bình thường; đoàn kiểm tra chỉ xử lý mấy gian"
            " bán hàng nhái.",
            2: "Gạo Điện Biên vẫn được bảo hộ chỉ dẫn địa lý.",
        },
    )


def test_it_reads_a_rebuttals_fact_told_in_other_words_about_the_claim_as_refuting():
    # 0.54 against the rebuttal, under REBUTTAL_THRESHOLD, but near the claim's own wordings.
    found = market_matcher().match(
        "Chợ Mường Thanh vẫn mở cửa, chỉ mấy gian hàng nhái bị xử lý thôi"
    )
    assert found is not None and (found.claim_key, found.stance) == ("dong-cho", "refutes")


def test_it_leaves_a_rebuttals_fact_told_about_another_place():
    # 0.49 against the rebuttal, but far from the claim's wordings (another market).
    assert (
        market_matcher().match("Đoàn kiểm tra vẫn xử lý mấy gian bán hàng nhái ở chợ huyện") is None
    )
