"""Acts of a rumour as people say them (#18, H28): each where it is read and where it must not
be."""

import pytest

from lantoa.opinion.claimcanon import predicate_mask
from lantoa.opinion.claimeval import load_claims, matcher_for, split_claims
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS


def _groups(text):
    mask = predicate_mask(normalise(text))
    return {group for bit, group in enumerate(GROUPS) if mask >> bit & 1}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("nghe noi mac ca ko co hoa don la quan ly thi truong thu sach", "seize"),
        ("đồ thủ công chưa đăng ký thì bị hốt hết", "seize"),
        ("đồ si có mác cũ bán lại có bị xử như hàng giả không", "fine"),
        ("chủ OCOP phải đi tập huấn ở Hà Nội tự túc mỗi năm", "pay"),
        ("hàng OCOP năm sao thì tỉnh bao tiêu hết sản lượng", "sell"),
        ("tinh thu mua toan bo san pham 5 sao", "sell"),
        ("hải quan thấy là giữ người lại giam luôn", "arrest"),
        ("đăng ký nhãn hiệu phải nộp lệ phí", "pay"),
    ],
)
def test_it_reads_acts_as_people_say_them(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # Free of charge is no payment.
        ("Lớp tập huấn sở hữu trí tuệ tuần sau, miễn phí, bà con đăng ký nhé", "pay"),
        # A case dealt with is news, not a punishment told ("bị xử lý").
        ("Cơ sở làm giả nhãn hiệu đã bị xử lý theo quy định", "fine"),
        # Collecting money is a payment, not a seizure.
        ("Xã thu hết tiền quỹ trong một buổi", "seize"),
        # Buying at a price is no buying up.
        ("Thương lái thu mua cà phê giá cao hơn năm ngoái", "sell"),
    ],
)
def test_it_reads_no_such_act_in_look_alike_words(text, group):
    assert group not in _groups(text)


@pytest.mark.parametrize(
    ("split", "text", "claim"),
    [
        # dev5's N-05: "thu sạch" is its "tịch thu".
        ("dev5", "nghe noi mac ca ko co hoa don la quan ly thi truong thu sach", "N-05"),
        # dev11's T-11: "bao tiêu hết sản lượng" is its "bao tiêu toàn bộ đầu ra".
        (
            "dev11",
            "Có thật là hàng OCOP năm sao thì tỉnh bao tiêu hết sản lượng không ạ, em định đầu tư "
            "thêm máy sấy",
            "T-11",
        ),
        # dev11's T-06: "giữ người lại giam" is its "bắt tạm giam".
        (
            "dev11",
            "Đi chợ bên Lào về đừng có xách túi nhái nhé, hải quan Tây Trang thấy là giữ người lại "
            "giam luôn đấy, kể cả mua để đeo",
            "T-06",
        ),
    ],
)
def test_it_matches_a_claim_told_with_such_an_act(split, text, claim):
    found = matcher_for(split_claims(split)).match(text)
    assert found is not None and found.claim_key == claim and found.stance == "spreads"


def test_it_matches_no_fee_claim_for_a_free_course():
    # claims.json's thu-tien-tap-huan ("… phải nộp hai trăm nghìn"): a free course is no fee.
    text = "Lớp tập huấn sở hữu trí tuệ ở huyện Điện Biên Đông tuần sau, miễn phí, bà con đăng ký"
    assert matcher_for(load_claims()).match(text) is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("tỉnh sẽ gom hết búp đầu mùa", "sell"),
        ("bán được giá gấp đôi năm ngoái", "rise"),
        ("mua hết chè vụ xuân với giá gấp đôi", "rise"),
        ("muốn nhanh thì bồi dưỡng hai triệu", "bribe"),
        ("bị còng đi luôn", "arrest"),
        ("chủ tiệm phải đi ngồi khám", "arrest"),
        ("lò chưa đăng ký sẽ bị buộc tháo dỡ", "destroy"),
        ("người ta đến đập đi", "destroy"),
        ("bị gạch ra khỏi bản đồ vùng trồng", "remove"),
        ("trưởng bản mất ghế ngay", "suspend"),
        ("không có thì Cục trả đơn", "refuse"),
        ("thiếu là Hà Nội gửi trả hồ sơ", "refuse"),
        ("một công ty nước ngoài đã giữ riêng cách làm ấy", "own"),
        ("người ngoài đã nắm quyền riêng cách sao chè", "own"),
        ("được tỉnh thưởng 5 triệu", "give"),
        ("mỗi hộ được tỉnh cho 5 củ", "give"),
        ("ủy ban đòi 200 nghìn mỗi tạ", "pay"),
    ],
)
def test_it_reads_acts_people_retell_rumours_with(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("cô giáo đi bồi dưỡng nghiệp vụ", "bribe"),  # training, not a bribe
        ("lo giữ quyền riêng tư trên mạng", "own"),  # privacy
        ("ra ngân hàng đổi tiền lẻ", "pay"),  # "đổi tiền" folds onto "đòi tiền"
        ("thương hiệu 5 sao", "give"),  # "thương" folds onto "thưởng"
    ],
)
def test_it_reads_no_retold_act_in_look_alike_words(text, group):
    assert group not in _groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("quản lý thị trường được vào khám nhà dân", "arrest"),  # a search, not jail
        ("tham gia OCOP được nhà nước cho không 50 triệu", "give"),  # "cho không" is the gift
    ],
)
def test_it_leaves_searches_and_gifts_to_their_own_words(text, group):
    mask = _groups(text)
    assert (group not in mask) if group == "arrest" else ("give" in mask)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("quán tôi chưa đóng đồng nào", "pay"),
        ("không mất xu nào cho trường", "pay"),
        ("hồ sơ lên Cục bị gạt đi hết", "refuse"),
    ],
)
def test_it_reads_a_payment_by_the_coin_and_a_filing_brushed_aside(text, group):
    assert group in _groups(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("ủy ban cấp trên trao luôn 100 củ", "give"),
        ("ubnd tặng hẳn 100 củ", "give"),
        ("đoàn thẩm định về gạch luôn mấy ngôi", "remove"),
        ("không đi hội chợ là bị gỡ bớt ngôi", "remove"),
    ],
)
def test_it_reads_a_prize_handed_over_and_stars_struck_off(text, group):
    assert group in _groups(text)


def test_it_reads_no_prize_in_a_rise():
    assert "give" not in _groups("giá phân tăng 100 nghìn một bao")
