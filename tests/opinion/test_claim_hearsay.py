"""Rumours retold in other words (#18, H28): hearsay with the claim's act, and acts as people say
them; each rule where it fires and where it must not."""

import pytest

from lantoa.opinion.claimcanon import predicate_mask
from lantoa.opinion.claimeval import matcher_for, split_claims
from lantoa.opinion.claimtext import normalise
from lantoa.opinion.claimwords import GROUPS


def _groups(text):
    mask = predicate_mask(normalise(text))
    return {group for bit, group in enumerate(GROUPS) if mask >> bit & 1}


@pytest.mark.parametrize(
    ("split", "text", "claim"),
    [
        # dev9's R-05: the act ("siết") kept, the object in other words ("cầm … cho nh").
        ("dev9", "nghe đồn htx miến dong PG cầm nhãn hiệu cho nh rồi, sắp bị siết 😢", "R-05"),
        # dev4: a warning to others is a rumour passed on ("coi chừng").
        ("dev4", "nha ai xai win lau thi coi chung cong an den bat do", "phan-mem-lau-bi-bat"),
        # dev9's R-07: a person telling it ("chị ở phòng tư pháp bảo …").
        (
            "dev9",
            "chi o phong tu phap bao sang nam phi nhan hieu nhan 10, tranh thu nop truoc tet di",
            "R-07",
        ),
        # dev8's Q-01: a village head reading it out is hearsay too.
        (
            "dev8",
            "Ông trưởng thôn đọc loa bảo các xã ngoài lòng chảo bị loại khỏi vùng gạo Điện Biên "
            "rồi, bà con lo lắm",
            "Q-01",
        ),
    ],
)
def test_it_matches_hearsay_that_tells_the_claims_act_in_other_words(split, text, claim):
    found = matcher_for(split_claims(split)).match(text)
    assert found is not None and found.claim_key == claim and found.stance == "spreads"


@pytest.mark.parametrize(
    ("split", "text"),
    [
        # The same words told as one's own news, not hearsay.
        ("dev9", "htx miến dong PG cầm nhãn hiệu cho nh rồi, sắp bị siết 😢"),
        # "bao nhiêu" is no "bảo": a question on a fee, with the claim's act, is no rumour.
        ("dev9", "Lệ phí đăng ký nhãn hiệu bây giờ là bao nhiêu cho một nhóm sản phẩm ạ?"),
        # A warning without the claim's act.
        ("dev4", "Coi chừng mùa mưa đường lên Tủa Chùa trơn lắm, bà con đi chậm thôi"),
        # Hearsay without the claim's act.
        ("dev9", "Nghe nói htx miến dong PG năm nay bán được nhiều, mừng cho bà con"),
    ],
)
def test_it_matches_no_claim_without_hearsay_or_without_the_act(split, text):
    assert matcher_for(split_claims(split)).match(text) is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("nghe noi mac ca ko co hoa don la quan ly thi truong thu sach", "seize"),
        ("đồ thủ công chưa đăng ký thì bị hốt hết", "seize"),
        ("đồ si có mác cũ bán lại có bị xử như hàng giả không", "fine"),
        ("chủ OCOP phải đi tập huấn ở Hà Nội tự túc mỗi năm", "pay"),
        ("đăng ký nhãn hiệu phải nộp lệ phí", "pay"),
        ("hàng OCOP năm sao thì tỉnh bao tiêu hết sản lượng", "sell"),
        ("tinh thu mua toan bo san pham 5 sao", "sell"),
        ("hải quan thấy là giữ người lại giam luôn", "arrest"),
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


def test_it_reads_a_closing_dung_khong_as_hearsay_and_dung_khong_phai_as_none():
    from lantoa.opinion.claimcues import HEARSAY

    assert HEARSAY.search(
        normalise("giải pháp hữu ích phải có giáo sư ký mới được bảo hộ đúng ko ạ")
    )
    assert not HEARSAY.search(
        normalise("hộ dân đáp ứng quy chế đều dc dùng, ko phải riêng doanh nghiệp")
    )


def test_it_reads_a_person_telling_it_as_hearsay_and_bao_nhieu_as_none():
    from lantoa.opinion.claimcues import HEARSAY

    assert HEARSAY.search(normalise("Cán bộ huyện bảo sang năm phí nhãn hiệu nhân mười"))
    assert not HEARSAY.search(normalise("Chị ơi phí đăng ký nhãn hiệu bao nhiêu tiền ạ"))
