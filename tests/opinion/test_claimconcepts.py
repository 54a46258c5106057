"""The campaign's concepts in villagers' words (claimconcepts), and the slots the gate reads."""

import pytest

from lantoa.opinion.claimconcepts import concepts_of
from lantoa.opinion.claimeval import matcher_for, split_claims
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimtext import normalise

PLEDGED = "Hợp tác xã đã đem nhãn hiệu miến dong Phình Giàng thế chấp ngân hàng và sắp bị siết nợ"


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("gạo mất tem vùng", {"gao", "chi dan dia ly"}),
        ("búp trà Tủa Chùa", {"che", "tua chua"}),
        ("bị hạ mấy ngôi OCOP", {"sao", "ocop"}),
        ("sản phẩm 4 sao", {"sao"}),
    ],
)
def test_it_reads_the_concepts_a_text_names(text, concepts):
    assert concepts <= concepts_of(normalise(text))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("phải đóng tiền duy trì sao, thật không", "sao"),  # "sao" asks "why" here
        ("bọn lừa đảo", "lua"),  # "lừa" folds onto "lúa"
        ("chê mãi", "che"),  # "chê" folds onto "chè"
        ("miễn phí", "mien dong"),  # "miễn" is no noodle
    ],
)
def test_it_reads_no_concept_in_a_bare_look_alike(text, concept):
    assert concept not in concepts_of(normalise(text))


def test_it_matches_a_rumour_told_with_its_act_and_two_concepts_from_a_lower_floor():
    matcher = ClaimMatcher(
        [(1, [PLEDGED]), (2, ["Gạo Điện Biên bị thu hồi chỉ dẫn địa lý"])], keys={1: "R", 2: "G"}
    )
    # 0.31 against the wording: under the retold floor (0.37), over the concepts' (0.30).
    found = matcher.match("nghe đồn htx miến dong cầm nhãn hiệu cho nhà băng rồi, sắp bị siết")
    assert found is not None and found.claim_key == "R"


@pytest.mark.parametrize(
    "text",
    [
        "htx miến dong cầm nhãn hiệu cho nhà băng rồi, sắp bị siết",  # no telling
        "nghe đồn htx cầm cái nhãn hiệu cho nhà băng rồi, sắp bị siết",  # one concept
    ],
)
def test_it_keeps_the_floor_without_the_telling_or_the_second_concept(text):
    assert ClaimMatcher([(1, [PLEDGED])], keys={1: "R"}).match(text) is None


def test_it_matches_a_short_rebuttal_naming_two_concepts_from_the_refuting_concepts_floor():
    # dev10's S-01 (brocade sold with a copyright stamp), a development round: 0.29 against
    # the wording, under the refuting floor (0.30), over the concepts' (0.25).
    matcher = matcher_for(split_claims("dev10"))
    found = matcher.match("lam gi co tem ban quyen nao cho tho cam, dung nghe may nguoi o cho noi")
    assert found is not None and (found.claim_key, found.stance) == ("S-01", "refutes")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("lắp mắt thần ngoài đồng", "camera"),
        ("cái máy quay gắn trên cột", "camera"),
        ("không có biên lai của hội", "hoa don"),
        ("thiếu phiếu thu thì sao", "hoa don"),
        ("ghi lên bảng giá của quán", "thuc don"),
        ("in tên trên menu", "thuc don"),
        ("bị cảnh sát giữ lại", "cong an"),
        ("mấy anh CSGT chặn xe", "cong an"),
        ("được cho hai chục bao phân đạm", "phan bon"),
        ("đi đủ ba phiên triển lãm", "hoi cho"),
        ("thuê tờ công nhận của nhà khác", "van bang"),
        ("bị trừ điểm đạo đức", "hanh kiem"),
        ("máy cài Office bẻ khóa", "ban quyen"),
        ("dùng phần mềm chép lậu", "ban quyen"),
        ("quà biếu cho tổng thống", "nguyen thu"),
        ("mang đi làm quà biếu", "qua tang"),
        ("mua với giá gấp hai", "gap doi"),
        ("cắt cành về ươm", "nhan giong"),
        ("chiết cành cây chè", "nhan giong"),
        ("cây chè trăm tuổi trên núi", "co thu"),
        ("bảy phần cà phê chè ba phần cà phê vối", "arabica"),
        ("bảy phần cà phê chè ba phần hạt vối", "robusta"),
        ("bị gạch khỏi cái mác chung", "nhan hieu tap the"),
        ("chưa có giấy trồng theo chuẩn GAP", "vietgap"),
        ("mấy nhà khoa học dưới xuôi", "vien nghien cuu"),
        ("hộ nào gia nhập hội", "tham gia"),
        ("treo biển bán đồ xịn", "chinh hang"),
    ],
)
def test_it_reads_a_concept_in_its_everyday_words(text, concept):
    assert concept in concepts_of(normalise(text))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("tôi bảo đảm với bà con", "phan bon"),  # "bảo đảm" folds onto "bao đạm"
        ("đừng làm quá lên thế", "qua tang"),  # "làm quá" is overdoing it
        ("ở với nhau lâu rồi", "ban quyen"),  # "lâu" folds onto "lậu"
    ],
)
def test_it_reads_no_everyday_concept_in_a_look_alike(text, concept):
    assert concept not in concepts_of(normalise(text))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("bị lấy lại bìa đỏ mảnh đất", "so do"),
        ("mấy chị bán son phấn qua mạng", "my pham"),
        ("kem dưỡng da mang từ Hàn về", "my pham"),
        ("rao trên fb", "facebook"),
        ("ông trưởng thôn mất ghế", "truong ban"),
        ("phòng game có 15 máy", "quan internet"),
        ("mỗi lần gửi đi xét nghiệm", "kiem nghiem"),
        ("con trâu là linh vật của tỉnh", "bieu tuong"),
        ("chưa hỏi ý người nấu", "xin phep"),
    ],
)
def test_it_reads_more_concepts_in_everyday_words(text, concept):
    assert concept in concepts_of(normalise(text))


def test_it_matches_a_retold_rumour_with_its_act_and_two_concepts_from_0_25():
    # dev28's F-05 (a lab test of three million a batch or no collective mark), a development
    # round, retold with the act ("mất ba triệu") and two concepts ("xét nghiệm", "logo"): 0.27.
    matcher = matcher_for(split_claims("dev28"))
    text = (
        "Thấy bảo đảo xong một nồi hạt cà là mất ba triệu tiền xét nghiệm mới được dán logo hội,"
        " làm sao mà kham nổi"
    )
    found = matcher.match(text)
    assert found is not None and found.claim_key == "F-05"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("khỏi đóng tiền thẻ khám", "bao hiem y te"),
        ("còn dùng vỏ bình PET", "chai nhua"),
        ("bắt chuyển sang bình kính", "thuy tinh"),
        ("đặt tên tây cho quán", "tieng anh"),
        ("khỏi mất đồng tiền học nào", "hoc phi"),
        ("trả tiền học cho trường", "hoc phi"),
    ],
)
def test_it_reads_objects_of_daily_life_in_everyday_words(text, concept):
    assert concept in concepts_of(normalise(text))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("lúa vụ đông xuân năm nay", "vu chiem xuan"),
        ("chè vụ xuân hái tháng ba", "vu chiem xuan"),
        ("phải chờ lúa vụ thu cuối năm", "vu mua"),
        ("mua túi cà xay cho mẹ", "ca phe"),
        ("cái mác chung của hạt mắc", "mac ca"),
    ],
)
def test_it_reads_crop_seasons_and_products_in_short_words(text, concept):
    assert concept in concepts_of(normalise(text))


@pytest.mark.parametrize("text", ["hũ mật ong 4 ngôi", "hàng gắn sao của tỉnh"])
def test_it_reads_counted_stars_as_ocop(text):
    assert "ocop" in concepts_of(normalise(text))
