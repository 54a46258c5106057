"""The cues of a rebuttal: a story called false, its spreaders called fools, a denied act."""

import pytest

from lantoa.opinion.claimcanon import canonical
from lantoa.opinion.claimcues import DENIED, allows_banned, conditional, denied_only
from lantoa.opinion.claimeval import load_claims, matcher_for
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimterms import denies_terms
from lantoa.opinion.claimtext import normalise, stance_of


@pytest.mark.parametrize(
    "text",
    [
        "Lệ phí đăng ký nhãn hiệu chỉ vài triệu, làm gì đến 50 triệu",
        "Sao OCOP do hội đồng chấm, ai bảo mua được sao là nói sai",
        "Đứa nào tung tin OCOP mua được sao thì đúng là ngu",
        "chỉ người cả tin mới tin OCOP mua được sao",
        "Chẳng có chuyện mua được sao OCOP đâu, hội đồng chấm kỹ lắm",
        "Đâu có chuyện mua được sao OCOP, hội đồng chấm kỹ lắm",
        "Không hề có vụ mua sao OCOP, yên tâm nhé",
        "Sao OCOP mua được? Đừng ai tin nhé",
    ],
)
def test_it_reads_a_story_called_false_or_its_believers_fools_as_refuting(text):
    said = normalise("Sao OCOP là bỏ tiền ra mua chứ không phải do chất lượng")
    assert stance_of(normalise(text), said) == "refutes"


def test_it_reads_a_story_told_as_known_as_spreading():
    said = normalise("Sao OCOP là bỏ tiền ra mua chứ không phải do chất lượng")
    assert stance_of(normalise("Chuyện mua được sao OCOP thì ai cũng biết"), said) == "spreads"


def test_it_reads_a_case_told_where_a_story_was_asked_back_as_spreading():
    said = normalise("Sao OCOP là bỏ tiền ra mua chứ không phải do chất lượng")
    told = normalise("Có vụ mua được sao OCOP ở huyện bên rồi, ai cũng biết")
    assert stance_of(told, said) == "spreads"


def test_it_reads_an_act_denied_with_no_before_the_word_any_as_refuting():
    said = normalise("Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý")
    told = normalise("gạo Điện Biên vẫn được bảo hộ, không có quyết định thu hồi nào cả")
    assert stance_of(told, said) == "refutes"


def test_it_reads_a_denied_act_before_then_as_a_condition_that_spreads():
    said = normalise("Xã thu hai trăm nghìn mỗi người đi nghe quán triệt Kết luận 51")
    told = normalise("họp tuyên truyền ở xã thu 200k một người, ai không nộp thì không được vào")
    assert stance_of(told, said) == "spreads"


def test_it_matches_a_denied_link_without_the_claims_act():
    text = "Đăng ký sáng chế chẳng liên quan gì đến ruộng đất cả, bà con yên tâm"
    found = matcher_for(load_claims()).match(text)
    assert found is not None and found.claim_key == "sang-che-mat-ruong"
    assert found.stance == "refutes"


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (
            "Chưa có lô mật ong nào bị Nhật trả về cả, kiểm nghiệm đạt hết",
            "Mật ong Mường Nhé bị Nhật Bản trả về vì có kháng sinh",
        ),
        (
            "Không có khoản tiền nào cho không mỗi hộ 20 triệu đâu",
            "Tỉnh cho không mỗi hộ trồng chè hai mươi triệu đồng",
        ),
        ("No permit is needed to sell honey", "You need a permit to sell honey now"),
        (
            "Tỉnh không có khoản 20 triệu cho không mỗi hộ đâu",
            "Tỉnh cho không mỗi hộ trồng chè hai mươi triệu đồng",
        ),
    ],
)
def test_it_reads_an_act_denied_before_any_or_at_all_as_refuting(told, said):
    assert stance_of(normalise(told), normalise(said)) == "refutes"


def test_it_reads_a_gift_as_no_denial():
    said = normalise("Tỉnh cho không mỗi hộ trồng chè hai mươi triệu đồng")
    told = normalise("nghe nói tỉnh cho không 20 triệu mỗi hộ trồng chè, đăng ký nhanh")
    assert stance_of(told, said) == "spreads"


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("Tuần trước nhà tôi vừa bán chè sang Lào, có ai cấm đâu", "Chè bị cấm bán sang Lào"),
        ("Hàng thu giữ bị tiêu hủy hết, có bán lại đâu", "Hàng giả thu giữ được đem bán lại"),
        ("Không có quyết định bãi bỏ nào cả", "Chương trình sẽ bị bãi bỏ"),
        ("There is no ban on honey from Muong Nhe", "Honey from Muong Nhe can't be exported"),
    ],
)
def test_it_reads_an_act_asked_back_or_without_a_decision_as_refuting(told, said):
    assert stance_of(normalise(told), normalise(said)) == "refutes"


def test_it_reads_words_the_claim_itself_negates_as_no_denial():
    said = normalise("Rượu của các hộ chưa đăng ký nhãn hiệu bị tịch thu")
    told = normalise("họ đang đi tịch thu rượu nhà nào chưa có nhãn hiệu đấy")
    assert stance_of(told, said) == "spreads"


def test_it_reads_a_denied_act_followed_by_thi_four_words_on_as_a_condition():
    text = "co so nao khong nop cong thuc rang thi bi cam in chu"
    assert conditional(text.split(), 4)
    assert DENIED.search("co so nao khong q18q cong thuc rang thi bi q17q in chu") is None
    assert denies_terms(text, frozenset({"nop cong"})) is False


def test_it_reads_a_denied_act_with_no_thi_after_it_as_a_denial():
    text = "co so nao cung khong phai nop cong thuc rang cho nha nuoc"
    assert not conditional(text.split(), 6)
    assert DENIED.search("co so nao cung khong phai q18q cong thuc rang cho nha nuoc")
    assert denies_terms(text, frozenset({"nop cong"})) is True


def test_it_reads_a_negation_of_what_the_claim_bans_as_repeating_it():
    said = normalise("Nhãn hiệu không được để lại cho con cháu")
    assert stance_of(normalise("nhãn hiệu không để lại cho con được đâu"), said) == "spreads"


def test_it_reads_a_negation_of_what_the_claim_requires_as_a_denial():
    said = normalise("Nhãn hiệu phải để lại cho con trưởng")
    assert stance_of(normalise("nhãn hiệu không để lại cho con trưởng đâu"), said) == "refutes"


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("Tỉnh còn tập huấn bán trên Shopee, cấm đâu mà cấm", "OCOP bị cấm bán trên Shopee"),
        ("ocop đâu cần vào siêu thị Hà Nội", "OCOP bắt buộc phải bán ở siêu thị Hà Nội"),
        ("Nhầm rồi, bảo hộ nhãn hiệu có tính lãnh thổ", "Nhãn hiệu Việt Nam tự động bảo hộ ở Lào"),
        ("Đừng nghe thương lái dọa, gạo vẫn có chỉ dẫn địa lý", "Gạo Điện Biên mất chỉ dẫn địa lý"),
        (
            "You can post your own photos, nobody gets fined for that",
            "Posting photos gets you fined",
        ),
        (
            "bằng sáng chế có hiệu lực toàn quốc, không phải chỉ trong huyện đâu",
            "Sáng chế chỉ được bảo hộ trong huyện",
        ),
    ],
)
def test_it_reads_an_act_thrown_out_or_a_need_denied_or_a_mistake_named_as_refuting(told, said):
    assert stance_of(normalise(told), normalise(said)) == "refutes"


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("nghe đâu phải nộp 50 triệu lệ phí", "Lệ phí đăng ký nhãn hiệu là 50 triệu"),
        ("em mua nhầm rồi, hàng nhái bị phạt", "Người mua hàng nhái bị phạt"),
        ("Nobody told us, but the shop got fined for it", "Posting photos gets you fined"),
        ("Không phải đùa đâu, ai bán hàng nhái ở chợ là bị phạt thật", "Bán hàng nhái bị phạt"),
        (
            "Máy tự chế chưa đăng ký sáng chế thì không được phép dùng, nghe mà nản",
            "Máy tự chế chưa đăng ký sáng chế thì không được phép đem ra dùng",
        ),
    ],
)
def test_it_reads_hearsay_a_purchase_by_mistake_and_no_joke_as_spreading(told, said):
    assert stance_of(normalise(told), normalise(said)) == "spreads"


def test_it_reads_a_supermarket_as_no_condition():
    assert not conditional(["khong", "nop", "o", "sieu", "thi"], 1)
    assert conditional(["khong", "nop", "thi", "bi", "phat"], 1)


def test_it_finds_the_acts_a_wording_only_denies():
    assert denied_only("khong q2q nop don o nuoc ngoai") == 1 << 2
    assert denied_only("khong q2q xin phep nhung phai q2q giay to") == 0
    assert denied_only("ho dan bi q1q") == 0


def test_it_matches_a_claim_that_denies_a_need_without_asking_the_need_of_a_text():
    matcher = ClaimMatcher(
        [
            (
                1,
                [
                    "Nhãn hiệu đăng ký ở Việt Nam tự động được bảo hộ ở Lào",
                    "Không cần nộp đơn ở nước ngoài, nhãn hiệu Việt Nam tự có hiệu lực bên Lào",
                ],
            )
        ],
        keys={1: "tu-dong"},
    )
    text = "đăng ký ở Việt Nam xong là bên Lào cũng bảo hộ tự động, khỏi nộp đơn nước ngoài nhé"
    found = matcher.match(text)
    assert found is not None and (found.claim_key, found.stance) == ("tu-dong", "spreads")


def test_it_reads_what_the_claim_bans_said_to_go_on_as_refuting():
    said = canonical(normalise("Không vào hợp tác xã thì không được dùng chỉ dẫn địa lý"))[0]
    told = canonical(normalise("Không vào hợp tác xã vẫn được dùng chỉ dẫn địa lý, yên tâm"))[0]
    assert allows_banned(told, said)
    assert stance_of(told, said) == "refutes"


def test_it_reads_what_still_goes_on_beside_the_ban_as_no_denial():
    said = canonical(normalise("Không vào hợp tác xã thì không được dùng chỉ dẫn địa lý"))[0]
    told = canonical(normalise("Nghe nói không vào hợp tác xã là mất quyền, vẫn lo lắm"))[0]
    assert not allows_banned(told, said)


@pytest.mark.parametrize(
    "text",
    [
        "Tôi bán ở hội chợ ba năm, chẳng ai bắt mặc đồng phục cả",
        "Không ai bắt cơ sở phải mở cửa miễn phí",
        "Cứ tưởng phải mặc đồng phục mới được bán, may quá",
        "Tưởng giá lên gấp ba, hóa ra tin đồn",
        "Chuyện không mặc đồng phục là bị đuổi là nhảm, tôi bán ở đó ba năm",
    ],
)
def test_it_reads_a_belief_found_wrong_or_nobody_made_to_as_refuting(text):
    variant = normalise("Không mặc đồng phục thì bị đuổi khỏi hội chợ")
    assert stance_of(normalise(text), variant) == "refutes"


def test_it_reads_a_price_or_a_good_name_beside_tin_gia_as_no_cue():
    # Folded, «uy tín, giá mềm» and «tin giá lúa» both read «tin gia», as «tin giả» does.
    from lantoa.opinion.claimtext import calls_false

    assert calls_false(normalise("Đó là tin giả, mọi người đừng hoang mang"))
    assert calls_false(normalise("tin gia het, dung share"))
    for text in (
        "Shop nào bán mật ong uy tín, giá mềm không ạ?",
        "Cập nhật tin giá lúa hôm nay ở Thanh Xương",
        "Có tin giá cà phê tăng mạnh không mọi người",
    ):
        assert not calls_false(normalise(text)), text
