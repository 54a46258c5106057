"""Claim matching reads the claim: rare words count, rebuttals refute, topic talk is no claim."""

import pytest

from lantoa.opinion.claimeval import claims_evaluate, claims_report, load_claims, matcher_for
from lantoa.opinion.claimindex import ClaimMatcher
from lantoa.opinion.claimtext import normalise, stance_of
from lantoa.opinion.matching import claim_match
from lantoa.opinion.models import Claim, ClaimStance, Item
from tests.opinion.helpers import ingest

REVOKED = "Gạo Điện Biên đã bị thu hồi chỉ dẫn địa lý"
STREAM = [
    "Gạo Điện Biên có chỉ dẫn địa lý nên bán được giá",
    "Chỉ dẫn địa lý gạo Điện Biên giúp bà con yên tâm",
    "Hộ trồng lúa có được dùng chỉ dẫn địa lý gạo Điện Biên không",
    "Tập huấn chỉ dẫn địa lý cho gạo Điện Biên ở xã",
]


def matcher():
    return ClaimMatcher(
        [
            (1, [REVOKED, "gao dien bien bi rut chi dan dia ly roi"]),
            (2, ["Bán gạo không có tem nhãn sẽ bị phạt hai mươi triệu đồng"]),
        ],
        keys={1: "thu-hoi", 2: "phat"},
        stream=STREAM,
    )


def test_it_does_not_match_harmless_comments_on_the_same_topic():
    assert matcher().match("Gạo Điện Biên có chỉ dẫn địa lý rồi, bà con phấn khởi lắm") is None


def test_it_matches_a_paraphrase_to_its_claim_with_or_without_diacritics():
    for text in (
        "Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi",
        "nghe noi gao dien bien bi thu hoi chi dan dia ly roi",
    ):
        found = matcher().match(text)
        assert found.claim_key == "thu-hoi" and found.stance == "spreads"


@pytest.mark.parametrize(
    "text",
    [
        "Tin gạo Điện Biên bị thu hồi chỉ dẫn địa lý là tin sai, mọi người đừng tin",
        "gao dien bien bi thu hoi chi dan dia ly la bia dat nhe",
        "Sở đã bác bỏ chuyện gạo Điện Biên bị thu hồi chỉ dẫn địa lý",
        "gao dien bien chua he bi thu hoi chi dan dia ly nhe",
        "Cục không thu hồi chỉ dẫn địa lý của gạo Điện Biên",
        "Thông tin gạo Điện Biên bị thu hồi chỉ dẫn địa lý là không chính xác",
    ],
)
def test_it_marks_a_rebuttal_as_refuting_the_claim(text):
    found = matcher().match(text)
    assert found.claim_key == "thu-hoi" and found.stance == "refutes"


@pytest.mark.parametrize(
    "text",
    [
        "Bán gạo không có tem nhãn thì bị phạt hai mươi triệu",
        "ban gao khong tem nhan bi phat 20 trieu",
        "Gạo không có tem nhãn mà bán ra là bị xử phạt hai mươi triệu",
    ],
)
def test_it_reads_a_condition_with_a_negation_as_spreading(text):
    found = matcher().match(text)
    assert found.claim_key == "phat" and found.stance == "spreads"


@pytest.mark.parametrize(
    "text",
    [
        "Gạo Điện Biên bị thu hồi chỉ dẫn địa lý chỉ là tin đồn vô căn cứ",
        "gao dien bien bi thu hoi chi dan dia ly la thong tin sai lech",
        "Tin gạo Điện Biên bị thu hồi chỉ dẫn địa lý là không đúng sự thật",
        "Tin đồn gạo Điện Biên bị thu hồi chỉ dẫn địa lý thì Sở đã đính chính",
    ],
)
def test_it_reads_a_rumour_called_false_as_refuting(text):
    found = matcher().match(text)
    assert found.claim_key == "thu-hoi" and found.stance == "refutes"


@pytest.mark.parametrize(
    "text",
    [
        "Có tin đồn gạo Điện Biên bị thu hồi chỉ dẫn địa lý, thật không mọi người?",
        "nghe don gao dien bien bi thu hoi chi dan dia ly roi",
    ],
)
def test_it_reads_a_rumour_told_as_a_rumour_as_spreading(text):
    found = matcher().match(text)
    assert found.claim_key == "thu-hoi" and found.stance == "spreads"


def test_it_reads_a_negation_of_the_claims_own_words_as_refuting():
    said = normalise("Cán bộ xã tự in tem chống giả để bán kiếm tiền")
    told = normalise("Cán bộ xã không tự in tem chống giả, tem do đơn vị được cấp phép in")
    assert stance_of(told, said) == "refutes"
    condition = normalise("Cán bộ xã không tự in tem thì bị kỷ luật")
    assert stance_of(condition, said) == "spreads"


@pytest.mark.parametrize(
    "text",
    [
        "Nói một công ty du lịch đã mua tên Lễ hội Hoa Ban là tin sai",
        "noi cty du lich mua ten le hoi hoa ban la bia dat",
    ],
)
def test_it_matches_a_rebuttal_that_calls_the_story_false_without_the_claims_act(text):
    found = matcher_for(load_claims()).match(text)
    assert found.claim_key == "hoa-ban-doc-quyen" and found.stance == "refutes"


def test_it_needs_the_claims_act_when_only_an_act_is_denied():
    text = "Cảm ơn Sở hỗ trợ đăng ký nhãn hiệu miễn phí cho hợp tác xã"
    assert matcher_for(load_claims()).match(text) is None


def test_it_scores_the_dev3_rumour_and_rebuttal_pairs_within_the_targets():
    scores = claims_evaluate(split="dev3")
    assert scores.spreading == scores.refuting == 47
    assert scores.refuting_right / scores.refuting >= 0.95
    assert scores.stance_right / scores.stance_checked >= 0.95


def test_it_reads_the_district_tua_chua_as_no_negation():
    told = normalise("Sâm Tủa Chùa không được dùng tên đó nữa")
    assert stance_of(told, normalise("Sâm Tủa Chùa phải đổi tên")) == "spreads"


def test_it_scores_the_dev_split_within_the_targets():
    scores = claims_evaluate(split="dev")
    assert scores.spreading_right / scores.spreading >= 0.95
    assert scores.stance_right / scores.stance_checked >= 0.9
    assert scores.claim_free_matched / scores.claim_free <= 0.05
    assert claims_report(split="dev")[0].startswith("claims (dev split")


def test_it_scores_the_dev2_split_within_the_targets():
    scores = claims_evaluate(split="dev2")
    assert scores.spreading_right / scores.spreading >= 0.95
    assert scores.stance_right / scores.stance_checked >= 0.9
    assert scores.claim_free_matched / scores.claim_free <= 0.05


@pytest.mark.django_db
def test_it_matches_each_cluster_member_on_its_own():
    Claim.objects.create(key="thu-hoi", statement=REVOKED, variants=[])
    told = "Mọi người nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý từ tháng trước rồi, "
    refute, spread = told + "là tin sai đấy", told + "buồn thật đấy"
    harmless = "Gạo Điện Biên có chỉ dẫn địa lý rồi mọi người ạ"
    first = ingest([refute], source="a")
    cluster = Item.objects.get(pk=first.item_ids[0]).cluster
    cluster.refresh_from_db()
    assert cluster.claim_id is None  # a rebuttal does not make its cluster the claim's
    second = ingest([spread, harmless], source="b")
    items = {i.text: i for i in Item.objects.filter(pk__in=first.item_ids + second.item_ids)}
    assert items[spread].cluster_id == cluster.pk
    assert items[refute].claim_stance == ClaimStance.REFUTES
    assert items[spread].claim_stance == ClaimStance.SPREADS
    assert items[harmless].claim_id is None and items[harmless].claim_stance == ""
    cluster.refresh_from_db()
    assert cluster.claim.key == "thu-hoi"
    assert claim_match(spread, language="vi").claim_key == "thu-hoi"


@pytest.mark.django_db
def test_it_stores_the_claim_of_a_claim_written_on_the_page():
    from tests.opinion.helpers import claim

    written = claim(REVOKED)
    assert written.key == f"ld-{written.pk}"
    Claim.objects.filter(pk=written.pk).update(key=None)  # stored before ids existed
    stats = ingest(["Nghe nói gạo Điện Biên bị thu hồi chỉ dẫn địa lý rồi mọi người ạ"])
    assert Item.objects.get(pk=stats.item_ids[0]).claim_id == written.pk


@pytest.mark.django_db
def test_it_shows_staff_whether_an_item_spreads_or_refutes(board_user):
    from django.urls import reverse

    from tests.conftest import client_for

    Claim.objects.create(key="thu-hoi", statement=REVOKED, variants=[])
    stats = ingest(["Tin gạo Điện Biên bị thu hồi chỉ dẫn địa lý là tin sai, mọi người đừng tin"])
    client = client_for(board_user)
    page = client.get(reverse("opinion:item", args=[stats.item_ids[0]])).content.decode()
    assert "phản bác" in page
    listing = client.get(reverse("opinion:items")).content.decode()
    assert "phản bác tin sai" in listing


@pytest.mark.django_db
def test_it_adds_the_claims_to_lantoa_opinion_evaluate(monkeypatch):
    import io

    from django.core.management import call_command

    from lantoa.opinion import evaluation

    monkeypatch.setattr(evaluation, "evaluate", lambda **kwargs: [])
    monkeypatch.setattr(evaluation, "format_table", lambda rows: "")
    out = io.StringIO()
    call_command("opinion", "evaluate", "--split", "dev", stdout=out)
    text = out.getvalue()
    assert "claims (dev split" in text and "claim-free items matched" in text


def test_it_needs_the_claims_predicate_not_only_its_topic():
    english = ClaimMatcher(
        [(1, ["Dien Bien rice has lost its geographical indication"])], keys={1: "lost"}
    )
    assert english.match("Proud that Dien Bien rice carries its geographical indication") is None
    assert matcher().match("gao dien bien co chi dan dia ly roi, tu hao qua") is None


def test_it_matches_a_paraphrase_that_says_the_predicate_with_a_synonym():
    for text in (
        "Gạo Điện Biên mất chỉ dẫn địa lý thật à mọi người?",
        "Nghe bảo gạo Điện Biên bị tước chỉ dẫn địa lý rồi",
    ):
        assert matcher().match(text).claim_key == "thu-hoi"
    assert matcher().match("ban gao ko co tem bi xu phat 20tr day").claim_key == "phat"


# Two long posts about a bank, written for this test: each holds pieces of a claim's wordings
# ("nộp tiền", "sao", "đăng ký … không được bán") spread over a hundred other words.
LONG_POSTS = [
    "Thái độ chăm sóc khách hàng của chi nhánh này thật không chấp nhận được. Chị quản lý quầy "
    "giao dịch không thèm nghe khách nói gì, bảo cứ về chờ, mất cả buổi sáng. Tôi đã gọi tổng "
    "đài mấy lần, mỗi lần một người trả lời một kiểu, hẹn sẽ gọi lại mà không thấy đâu. Ứng "
    "dụng thì cập nhật liên tục, mỗi lần vào lại bắt đăng nhập, mã xác thực gửi chậm, chuyển "
    "khoản báo lỗi nhưng tiền vẫn bị trừ. Phí dịch vụ tin nhắn tăng mà chất lượng thì chẳng "
    "thấy tăng. Nhân viên mới thì lúng túng, hỏi gì cũng phải đi hỏi người khác. Tôi dùng ngân "
    "hàng này mười năm rồi, chưa bao giờ thấy thất vọng như lần này, chắc phải chuyển sang nơi "
    "khác thôi.",
    "Mình có một bức xúc khi đến chi nhánh ở khu công nghiệp làm thẻ. Mình làm thẻ ở nhiều ngân "
    "hàng rồi nhưng chưa bao giờ phải chờ lâu như vậy. Nhân viên bảo phải đăng ký thêm dịch vụ "
    "tin nhắn mới cho làm thẻ, phải nộp thêm tiền phí, không đăng ký thì không được. Hỏi lại thì "
    "bảo quy định của ngân hàng, muốn thì làm không thì thôi. Đến khi nhận thẻ lại sai tên, phải "
    "làm lại từ đầu, mất thêm hai tuần. Gọi lên tổng đài thì chỉ nhận được lời xin lỗi, không ai "
    "chịu trách nhiệm. Thật sự thất vọng về cách làm việc như thế này.",
]


def test_it_matches_no_claim_in_a_long_post_that_holds_pieces_of_its_wordings():
    assert matcher_for(load_claims()).match_many(LONG_POSTS) == [None, None]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Chỉ dẫn địa lý của gạo Điện Biên hết hiệu lực rồi bà con ạ", "gao-cddl-thu-hoi"),
        (
            "Dân buôn hàng giả OCOP cứ đút lót cho quản lý thị trường là xong",
            "hang-gia-duoc-hop-thuc",
        ),
        ("Xài phần mềm crack ở nhà là ngồi tù như chơi", "phan-mem-lau-bi-bat"),
        ("Cán bộ xã in tem chống giả để trục lợi", "tem-chong-gia-ban-tu"),
        ("Sâm Tủa Chùa bị bắt thay tên vì trùng nhãn hiệu tỉnh khác", "sim-buoc-doi-ten"),
        ("Thương lái Trung Quốc dìm giá gạo vì có chỉ dẫn địa lý", "thuong-lai-ep-gia-cddl"),
    ],
)
def test_it_matches_a_paraphrase_that_says_the_act_as_people_do(text, claim):
    found = matcher_for(load_claims()).match(text)
    assert found is not None and (found.claim_key, found.stance) == (claim, "spreads")
