"""Claim matching rules that carry over to registries never seen (#18, H19): each read from
the form of Vietnamese, not from one registry's words."""

import pytest

from lantoa.opinion.claimcanon import canonical, predicate_mask
from lantoa.opinion.claimcues import DENIED, contrasts, denied_only, denies_claim_words
from lantoa.opinion.claimeval import matcher_for, split_claims
from lantoa.opinion.claimtext import normalise, stance_of
from lantoa.opinion.claimwords import GROUPS


def _claim(key, statement, variants, rebuttal=""):
    return {"id": key, "statement": statement, "variants": variants, "rebuttal": rebuttal}


TAX = _claim(
    "tax",
    "Hợp tác xã đạt OCOP 4 sao được miễn thuế thu nhập năm năm",
    ["Có OCOP 4 sao là năm năm không phải đóng thuế", "ocop 4 sao duoc mien thue 5 nam"],
    "OCOP không kèm miễn thuế; chủ thể vẫn kê khai, nộp thuế như các hộ khác.",
)
ROYALTY = _claim(
    "royalty",
    "Mở nhạc ở quán cà phê bản phải nộp tiền bản quyền, không nộp sẽ bị phạt",
    ["Quán cà phê mở nhạc mà không trả tiền bản quyền là bị phạt"],
    "Quán nhỏ mở nhạc cho khách không phải trả tiền bản quyền theo mức chung, không bị phạt.",
)


def test_a_denial_the_claim_itself_says_repeats_it():
    found = matcher_for([TAX]).match("Tin vui: OCOP 4 sao là năm năm không phải nộp thuế thu nhập")
    assert found is not None and found.claim_key == "tax"
    assert found.stance == "spreads"


def test_a_denial_of_what_the_claim_asks_still_refutes_it():
    # The claim's own "không nộp sẽ bị phạt" is a condition, not a denial it makes.
    found = matcher_for([ROYALTY]).match(
        "Quán cà phê nhà mình mở nhạc cho khách, không phải trả tiền bản quyền gì cả"
    )
    assert found is not None and found.claim_key == "royalty"
    assert found.stance == "refutes"


def _denies(text, variant):
    return denies_claim_words(canonical(normalise(text))[0], canonical(normalise(variant))[0])


TRAINING = "chủ cơ sở OCOP phải ra tỉnh tập huấn hằng năm bằng tiền túi"


def test_a_negation_whose_consequence_comes_later_is_a_condition():
    # "không X … là bị Y": the act's consequence eight words on, the claim itself.
    text = "chu co so ocop ma ko ra tinh tap huan hang nam la bi gach ten ha mn?"
    assert not _denies(text, TRAINING)


def test_a_negation_with_no_consequence_still_denies():
    text = "chủ cơ sở OCOP không ra tỉnh tập huấn hằng năm đâu, lớp mở ngay ở huyện"
    assert _denies(text, TRAINING)


MARK = normalise("nhan hieu 3 thang khong dung la bi nguoi khac lay")


def test_hearsay_after_the_verb_dung_is_no_dont_listen():
    text = normalise("nhan hieu moi dk xong chua dung, nghe bao 3 thang ko dung la mat, dung ko a?")
    assert stance_of(text, MARK) == "spreads"


def test_dont_listen_to_rumours_still_refutes():
    text = normalise("Đừng nghe đồn, nhãn hiệu để 3 tháng không dùng vẫn là của mình")
    assert stance_of(text, MARK) == "refutes"


def test_only_x_then_not_needed_ends_a_clause_and_denies_the_need():
    text = normalise("Hồ sơ chỉ cần giấy khám của người làm bếp thôi, không cần cả nhà đi khám")
    assert DENIED.search(canonical(text)[0])
    assert predicate_mask(text) & (1 << GROUPS.index("remove")) == 0


def test_no_longer_issued_is_still_removed():
    text = normalise("Từ năm nay huyện thôi không cấp tem cho hộ lẻ nữa")
    assert predicate_mask(text) & (1 << GROUPS.index("remove"))


TRIP = normalise("OCOP 4 sao được tỉnh thưởng chuyến đi Nhật học tập")


@pytest.mark.parametrize(
    "text",
    [
        "di nhat cai gi, nha minh 4 sao co ai cho di dau",
        "Toàn tin ảo, OCOP 4 sao được đi Nhật",
        "OCOP thì liên quan gì chuyến đi Nhật mà đồn",
        "Thu tiền đi Nhật là lừa đảo đó, OCOP 4 sao chẳng ai thu",
        "OCOP 4 sao với chuyến học tập ở Nhật là hai chuyện khác nhau",
    ],
)
def test_a_story_thrown_out_in_chat_words_refutes(text):
    assert stance_of(normalise(text), TRIP) == "refutes"


@pytest.mark.parametrize(
    "text",
    [
        "OCOP là cái gì mà được đi Nhật vậy mn?",
        "Cái gì cũng thưởng, OCOP 4 sao được đi Nhật luôn",
        "OCOP 4 sao có liên quan gì đến chuyến đi Nhật không mọi người?",
    ],
)
def test_a_question_on_the_story_is_no_throwing_out(text):
    assert stance_of(normalise(text), TRIP) == "spreads"


def test_no_certificate_needed_refutes_in_english():
    said = normalise("Brocade sold abroad needs a copyright certificate from the ministry")
    assert stance_of(normalise("No certificate needed, we ship brocade abroad"), said) == "refutes"


def _groups(text):
    mask = predicate_mask(normalise(text))
    return {group for bit, group in enumerate(GROUPS) if mask >> bit & 1}


def test_made_to_buy_is_forced():
    assert "force" in _groups("kl51 bat dang vien moi thang mua 2 sp ocop")


def test_buyers_arrested_and_starting_to_buy_are_not_forced():
    assert _groups("Quản lý thị trường bắt người mua hàng giả ở chợ") == {"arrest"}
    assert "force" not in _groups("Dân bản bắt đầu mua máy tách hạt")


def test_a_text_naming_no_act_is_scored_with_the_claims_union():
    # dev13's W-07: its statement says "bị phạt", two of its wordings say the act otherwise.
    text = "Bán đồ si có mác hiệu giờ cũng bị coi là buôn hàng giả, phạt như bán hàng nhái"
    found = matcher_for(split_claims("dev13")).match(text)
    assert found is not None and found.claim_key == "W-07" and found.stance == "spreads"


def test_a_text_naming_another_act_is_not():
    text = "Bán quần áo si-đa có mác hiệu cũng bị thu hồi giấy phép như bán hàng nhái, chợ dẹp à"
    assert matcher_for(split_claims("dev13")).match(text) is None


FROZEN = normalise("Bán hàng nhái trên livestream là bị phong tỏa tài khoản ngân hàng")


def test_fake_goods_are_no_story_called_fake():
    text = normalise("Bán đồ fake trên live là bị phong tỏa tài khoản ngân hàng à mọi người?")
    assert stance_of(text, FROZEN) == "spreads"


@pytest.mark.parametrize(
    "text",
    [
        "Vụ phong tỏa tài khoản vì bán hàng nhái trên live là fake",
        "That frozen account story is fake",
    ],
)
def test_a_story_called_fake_still_refutes(text):
    assert stance_of(normalise(text), FROZEN) == "refutes"


BOUGHT = normalise("OCOP năm sao thì Nhà nước bao tiêu toàn bộ sản phẩm")


def test_dau_of_a_compound_is_no_closing_dau():
    text = normalise("Năm sao OCOP là Nhà nước bao tiêu hết, không phải lo đầu ra nữa")
    assert stance_of(text, BOUGHT) == "spreads"


def test_a_closing_dau_still_denies():
    text = normalise("Không phải Nhà nước bao tiêu hết đâu, năm sao OCOP vẫn tự lo bán")
    assert stance_of(text, BOUGHT) == "refutes"


FREE_SHOW = "Nhạc sĩ đã mất thì đêm nhạc bán vé hát bài của ông không phải trả tiền gì"


def _echoed(*wordings):
    return sum(denied_only(canonical(normalise(w))[0]) for w in wordings)


def test_an_act_said_to_hold_still_refutes_a_claim_denying_it():
    text = normalise("Đêm nhạc bán vé vẫn phải xin phép và trả tiền cho gia đình nhạc sĩ")
    echoed = _echoed(FREE_SHOW)
    assert echoed and stance_of(text, normalise(FREE_SHOW), echoed) == "refutes"


def test_an_act_said_to_hold_repeats_a_claim_asking_it():
    asked = "Đêm nhạc bán vé hát bài của nhạc sĩ đã mất vẫn phải trả tiền bản quyền"
    text = normalise("Nhạc sĩ mất rồi mà đêm nhạc bán vé vẫn phải trả tiền à")
    assert stance_of(text, normalise(asked), _echoed(asked)) == "spreads"


WEAVERS = "người khác đăng ký kiểu dáng rồi nên thợ dệt bị cấm dùng hoa văn cổ"


def test_khong_closing_a_yes_or_no_question_denies_nothing():
    text = "Hoa văn cổ có bị ai đăng ký mất không, thợ dệt có còn được dùng không?"
    assert not _denies(text, WEAVERS)


def test_khong_opening_a_clause_still_denies():
    assert _denies("Có ai đăng ký đâu, chẳng thợ dệt nào mất quyền cả", WEAVERS)


def test_the_act_said_to_go_on_as_before_refutes_with_no_act_named():
    text = (
        "Hỏi phòng nông nghiệp rồi, không ra Hà Nội tập huấn thì sản phẩm vẫn giữ sao OCOP "
        "bình thường"
    )
    found = matcher_for(split_claims("dev13")).match(text)
    assert found is not None and found.claim_key == "W-04" and found.stance == "refutes"


def test_a_trade_going_on_as_before_is_no_rebuttal():
    text = "Hợp tác xã mình vẫn làm ăn bình thường, mùa này bán được nhiều miến dong"
    assert matcher_for(split_claims("dev13")).match(text) is None


def test_no_sum_of_any_kind_denies_the_fee_far_from_nao():
    text = canonical(normalise("Không có mức phí cố định 20 triệu nào đâu, cứ xin phép là được"))[0]
    assert DENIED.search(text)


def test_no_fee_then_a_later_which_is_no_denial():
    text = canonical(normalise("Không có phí thì hồ sơ nộp lên huyện nào cũng bị trả về"))[0]
    assert not DENIED.search(text)


FINED_BUYERS = normalise("Buyers of fake goods are fined too")


def test_an_english_contraction_denies_the_act():
    text = normalise("Buyers of fakes don't get fined, only the sellers")
    assert stance_of(text, FINED_BUYERS) == "refutes"


def test_an_english_contraction_before_another_verb_does_not():
    text = normalise("Don't buy fakes, buyers get fined too")
    assert stance_of(text, FINED_BUYERS) == "spreads"


def test_only_then_thoi_sets_a_fact_against_the_story():
    assert contrasts(normalise("Cổng của Cục là trang thật, chỉ cần cẩn thận trang mạo danh thôi"))
    assert contrasts(normalise("The logo is only for certified products"))


def test_a_plain_statement_sets_nothing_against_it():
    assert not contrasts(normalise("Tự hào gạo Điện Biên có chỉ dẫn địa lý được bảo hộ"))
