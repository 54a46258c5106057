"""Section III in a Nghị định: its closing article, powers and rules that charge no body."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee, split_inline
from lantoa.guidance.parsing.closing import is_closing
from lantoa.guidance.parsing.sections import classify

HEAD = (
    "CHÍNH PHỦ\n"
    "Số: 99/2026/NĐ-CP\n"
    "Hà Nội, ngày 10 tháng 3 năm 2026\n"
    "NGHỊ ĐỊNH\n"
    "QUY ĐỊNH VỀ QUẢN LÝ THƯ VIỆN CỘNG ĐỒNG\n"
    "Chính phủ ban hành Nghị định quy định về quản lý thư viện cộng đồng.\n"
    "Điều 1. Phạm vi điều chỉnh\n"
    "Nghị định này quy định việc quản lý thư viện cộng đồng.\n"
)
TAIL = (
    "Nơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT.\n"
    "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Văn An\n"
)
EXECUTION = (
    "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực "
    "thuộc trung ương và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này."
)


def groups_of(body: str) -> list[tuple[str, int]]:
    """Return (heading, number of tasks) of each group the reader finds in a decree."""
    return [(g.heading, len(g.tasks)) for g in parse_document(HEAD + body + TAIL).unit_groups]


def test_it_reads_a_decrees_carrying_out_clause_as_closing() -> None:
    assert is_closing(EXECUTION)
    assert is_closing("Các Bộ trưởng có trách nhiệm thi hành Thông tư liên tịch này.")
    groups = groups_of(
        "Điều 9. Tổ chức thực hiện\n"
        "1. Bộ Văn hóa, Thể thao và Du lịch hướng dẫn việc lập danh mục thư viện cộng đồng.\n"
        f"2. {EXECUTION}\n"
    )
    assert groups == [("Bộ Văn hóa, Thể thao và Du lịch", 1)]


def test_a_body_charged_with_guiding_the_decree_is_no_closing() -> None:
    assert not is_closing("Bộ Tư pháp có trách nhiệm hướng dẫn thi hành Nghị định này.")


def test_a_list_of_a_bodys_powers_is_no_group() -> None:
    assert not looks_addressee("Chủ tịch Ủy ban nhân dân cấp xã có quyền")
    groups = groups_of(
        "Điều 20. Thẩm quyền xử phạt của Chủ tịch Ủy ban nhân dân các cấp\n"
        "1. Chủ tịch Ủy ban nhân dân cấp xã có quyền:\n"
        "a) Phạt cảnh cáo;\n"
        "b) Phạt tiền đến 5.000.000 đồng.\n"
        "2. Chủ tịch Ủy ban nhân dân cấp tỉnh có quyền:\n"
        "a) Phạt cảnh cáo;\n"
        "b) Phạt tiền đến 50.000.000 đồng.\n"
    )
    assert groups == []


def test_a_body_charged_to_decide_on_its_powers_is_a_group() -> None:
    # "quyền" inside the duty, not the heading's last word, leaves the body its task; a body
    # "có thẩm quyền" is named by its competence.
    assert looks_addressee("Cơ quan có thẩm quyền")
    groups = groups_of(
        "Điều 9. Tổ chức thực hiện\n"
        "1. Sở Tư pháp có trách nhiệm xử lý vi phạm theo thẩm quyền được giao.\n"
        "2. Bộ Nội vụ có trách nhiệm hướng dẫn việc phân cấp thẩm quyền quản lý.\n"
    )
    assert groups == [("Sở Tư pháp", 1), ("Bộ Nội vụ", 1)]


def test_an_articles_topic_of_issuing_or_trades_is_no_addressee() -> None:
    assert not looks_addressee("Cấp Giấy chứng nhận đăng ký doanh nghiệp")
    assert not looks_addressee("Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh")
    assert not looks_addressee("Ngành, nghề kinh doanh của hộ kinh doanh")


def test_levels_and_sectors_stay_addressees() -> None:
    for heading in ("Cấp tỉnh", "Cấp có thẩm quyền", "Các cấp, các ngành", "Ngành Giáo dục"):
        assert looks_addressee(heading), heading


def test_a_decrees_article_on_carrying_it_out_charges_its_bodies() -> None:
    # The procedure's article before it names bodies too ("Điều 7. …" / "1. Cơ quan …"): the
    # article titled for carrying the decree out is the part that charges them.
    groups = groups_of(
        "Điều 7. Hồ sơ chuyển đổi công ty\n"
        "1. Cơ quan đại diện chủ sở hữu ban hành quyết định chuyển đổi.\n"
        "2. Công ty nhà nước hoàn thiện hồ sơ đăng ký chuyển đổi.\n"
        "Điều 16. Trách nhiệm thi hành\n"
        "1. Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ hướng dẫn việc hỗ trợ kinh phí.\n"
        "2. Bộ Kế hoạch và Đầu tư có trách nhiệm theo dõi, đánh giá tình hình thực hiện.\n"
        f"3. {EXECUTION}\n"
    )
    assert groups == [("Bộ Tài chính", 1), ("Bộ Kế hoạch và Đầu tư", 1)]


def test_a_decrees_article_on_its_effect_charges_no_body() -> None:
    groups = groups_of(
        "Điều 15. Hiệu lực thi hành\n"
        "1. Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "2. Doanh nghiệp đã được công nhận trước ngày Nghị định này có hiệu lực được giữ nguyên.\n"
    )
    assert groups == []


def test_a_clause_carrying_out_a_procedures_step_is_no_part() -> None:
    groups = groups_of(
        "Điều 9. Công nhận doanh nghiệp\n"
        "1. Hồ sơ đề nghị công nhận gồm văn bản đề nghị và bản sao Giấy chứng nhận.\n"
        "2. Tổ chức thực hiện công nhận doanh nghiệp:\n"
        "a) Bộ Quốc phòng rà soát các doanh nghiệp đáp ứng điều kiện;\n"
        "b) Bộ Kế hoạch và Đầu tư có ý kiến thẩm định đối với Hồ sơ.\n"
        "Điều 16. Trách nhiệm thi hành\n"
        "1. Bộ Tài chính hướng dẫn thực hiện việc hỗ trợ kinh phí.\n"
        f"2. {EXECUTION}\n"
    )
    assert groups == [("Bộ Tài chính", 1)]


def test_an_articles_clause_titled_by_the_words_alone_is_the_part() -> None:
    groups = groups_of(
        "Điều 2. Giao nhiệm vụ\n"
        "1. Mục tiêu là hoàn thành việc số hóa thư viện trong năm 2026.\n"
        "2. Tổ chức thực hiện:\n"
        "a) Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng kế hoạch số hóa;\n"
        "b) Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    assert groups == [("Sở Văn hóa, Thể thao và Du lịch", 1), ("Sở Tài chính", 1)]


CAPTIONED_CHAPTER = (
    "Nghị định 99/2026/NĐ-CP. Chương III TRÁCH NHIỆM THỰC HIỆN\n"
    "Điều 9. Trách nhiệm của Bộ Văn hóa, Thể thao và Du lịch\n"
    "1. Hướng dẫn việc lập danh mục thư viện cộng đồng.\n"
    "2. Kiểm tra việc thực hiện Nghị định này.\n"
    "Điều 10. Trách nhiệm của Ủy ban nhân dân cấp tỉnh\n"
    "1. Bố trí kinh phí cho thư viện cộng đồng.\n"
    "2. Báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.\n"
)


def test_a_chapter_heading_after_a_crawls_caption_is_the_chapter() -> None:
    assert classify("Nghị định 99/2026/NĐ-CP. Chương III TRÁCH NHIỆM THỰC HIỆN") is not None
    assert groups_of(CAPTIONED_CHAPTER) == [
        ("Bộ Văn hóa, Thể thao và Du lịch", 2),
        ("Ủy ban nhân dân cấp tỉnh", 2),
    ]


def test_a_sentence_a_crawl_captioned_at_chương_is_no_chapter() -> None:
    # "… quy định tại" / "Chương III Nghị định này, doanh nghiệp …": a wrapped sentence.
    assert classify("Nghị định 99/2026/NĐ-CP. Chương III Nghị định này, doanh nghiệp được") is None


def test_a_chapters_article_that_is_a_part_too_is_read_once() -> None:
    groups = groups_of(
        "Chương III\n"
        "TRÁCH NHIỆM THỰC HIỆN VÀ ĐIỀU KHOẢN THI HÀNH\n"
        "Điều 9. Trách nhiệm thực hiện\n"
        "1. Bộ Nội vụ có trách nhiệm:\n"
        "a) Hướng dẫn việc lập danh mục thư viện cộng đồng;\n"
        "b) Kiểm tra việc thực hiện.\n"
        "2. Bộ Tài chính có trách nhiệm bố trí kinh phí.\n"
        "Điều 10. Hiệu lực thi hành\n"
        "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2026.\n"
    )
    assert groups == [("Bộ Nội vụ", 2), ("Bộ Tài chính", 1)]


def test_those_acting_for_the_states_capital_and_its_insurers_are_addressees() -> None:
    for heading in (
        "Người đại diện vốn",
        "Người đại diện phần vốn nhà nước tại doanh nghiệp",
        "Trưởng Ban kiểm soát, Kiểm soát viên",
        "Bảo hiểm tiền gửi Việt Nam, Ngân hàng Phát triển Việt Nam",
        "Bảo hiểm xã hội tỉnh",
    ):
        assert looks_addressee(heading), heading
    groups = groups_of(
        "Điều 9. Trách nhiệm thực hiện\n"
        "1. Người đại diện vốn có trách nhiệm:\n"
        "a) Tham gia ý kiến về mức tiền lương của Thành viên hội đồng;\n"
        "b) Gửi báo cáo về cơ quan đại diện chủ sở hữu.\n"
        "2. Bộ Nội vụ có trách nhiệm kiểm tra, giám sát việc thực hiện.\n"
    )
    assert groups == [("Người đại diện vốn", 2), ("Bộ Nội vụ", 1)]


def test_a_representative_or_insurance_named_as_a_topic_is_no_addressee() -> None:
    for heading in ("Người đại diện", "Bảo hiểm xã hội, bảo hiểm y tế cho người lao động"):
        assert not looks_addressee(heading), heading


def test_bodies_heading_their_lists_beside_one_charged_inline_are_groups_each() -> None:
    groups = groups_of(
        "Chương VI\nTRÁCH NHIỆM THỰC HIỆN\n"
        "Điều 28. Trách nhiệm của doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ\n"
        "1. Tổng giám đốc, Giám đốc có trách nhiệm:\n"
        "a) Xây dựng kế hoạch lao động;\n"
        "b) Báo cáo tình hình tiền lương.\n"
        "2. Hội đồng thành viên hoặc Chủ tịch công ty có trách nhiệm:\n"
        "a) Phê duyệt kế hoạch lao động;\n"
        "b) Gửi báo cáo cho cơ quan đại diện chủ sở hữu.\n"
        "3. Trưởng Ban kiểm soát, Kiểm soát viên có trách nhiệm giúp cơ quan đại diện chủ sở hữu "
        "kiểm tra, giám sát.\n"
    )
    assert groups == [
        ("Tổng giám đốc, Giám đốc", 2),
        ("Hội đồng thành viên hoặc Chủ tịch công ty", 2),
        ("Trưởng Ban kiểm soát, Kiểm soát viên", 1),
    ]


def test_an_addressees_items_each_naming_part_of_it_inline_stay_its_tasks() -> None:
    groups = groups_of(
        "Điều 9. Tổ chức thực hiện\n"
        "1. Các doanh nghiệp\n"
        "a) Các doanh nghiệp công nghệ số chủ động tham gia xây dựng thư viện số.\n"
        "b) Các doanh nghiệp viễn thông ưu tiên hạ tầng cho thư viện cộng đồng.\n"
    )
    assert groups == [("Các doanh nghiệp", 2)]


def test_what_a_body_may_do_or_the_case_it_is_in_charges_no_group() -> None:
    for heading in (
        "Hội đồng thành viên, người đại diện vốn được quyền lựa chọn cách xác định quỹ lương",
        "Tổ chức chính trị và các tổ chức thành viên được áp dụng quy định tại Nghị định này để",
        "Các tổ chức chính trị - xã hội xem xét, quyết định việc áp dụng quy định tại Nghị định",
        "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước khi",
    ):
        assert not looks_addressee(heading, longest=100), heading
    groups = groups_of(
        "Điều 12. Tổ chức thực hiện\n"
        "1. Cơ quan đại diện chủ sở hữu tổ chức quản lý tiền lương tại doanh nghiệp.\n"
        "2. Sở giao dịch chứng khoán khi xác định mức tiền lương, nếu có yếu tố khách quan thì "
        "loại trừ phần doanh thu tăng.\n"
        "3. Tổ chức chính trị được áp dụng quy định tại Nghị định này để thực hiện tiền lương.\n"
    )
    assert groups == [("Cơ quan đại diện chủ sở hữu", 1)]


def test_a_body_given_or_charged_with_applying_keeps_its_group() -> None:
    for heading in ("Các đơn vị được giao chủ trì", "Sở Tư pháp", "Ủy ban nhân dân cấp tỉnh"):
        assert looks_addressee(heading), heading
    groups = groups_of(
        "Điều 12. Tổ chức thực hiện\n"
        "1. Bộ Nội vụ hướng dẫn việc áp dụng thang lương tại doanh nghiệp.\n"
    )
    assert groups == [("Bộ Nội vụ", 1)]


def test_a_body_charged_to_give_its_opinion_ends_before_the_verb() -> None:
    title = "Người đại diện phần vốn nhà nước tại doanh nghiệp tham gia ý kiến để Hội đồng quản trị"
    assert split_inline(title) == (
        "Người đại diện phần vốn nhà nước tại doanh nghiệp",
        "tham gia ý kiến để Hội đồng quản trị",
    )


def test_a_body_taking_part_in_other_work_keeps_its_later_verb() -> None:
    title = "Các tổ chức thành viên tham gia kiểm tra việc thực hiện"
    assert split_inline(title)[0] == "Các tổ chức thành viên tham gia"


DUTIES_BY_CASE = (
    "Điều 30. Trách nhiệm của cơ quan đại diện chủ sở hữu\n"
    "1. Đối với doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ{stop}\n"
    "a) Phê duyệt mức tiền lương kế hoạch của Thành viên hội đồng;\n"
    "b) Cho ý kiến về quỹ tiền lương kế hoạch.\n"
    "2. Tiếp nhận các báo cáo về lao động, tiền lương của doanh nghiệp.\n"
)


def test_a_case_over_lettered_items_is_no_task_of_its_own() -> None:
    groups = groups_of(DUTIES_BY_CASE.format(stop=""))
    assert groups == [("Cơ quan đại diện chủ sở hữu", 3)]


def test_a_case_that_is_a_sentence_stays_a_task() -> None:
    sentence = ", phê duyệt quỹ tiền lương trước ngày 30 tháng 4."
    assert groups_of(DUTIES_BY_CASE.format(stop=sentence)) == [("Cơ quan đại diện chủ sở hữu", 4)]


RECURRING_AFTER_ITEMS = (
    "Điều 9. Tổ chức thực hiện\n"
    "1. Các đơn vị thuộc Bộ Văn hóa, Thể thao và Du lịch\n"
    "a) Triển khai thực hiện các nội dung của Kế hoạch.\n"
    "b) Phối hợp với Vụ Thư viện triển khai thực hiện nội dung của Kế hoạch{stop}\n"
    "Cuối năm, báo cáo kết quả hoạt động phối hợp về Vụ Thư viện để tổng hợp.\n"
    "2. Bộ Tài chính bố trí kinh phí thực hiện.\n"
)


def test_a_recurring_duty_after_a_finished_item_is_a_task_of_its_own() -> None:
    assert groups_of(RECURRING_AFTER_ITEMS.format(stop="."))[0] == (
        "Các đơn vị thuộc Bộ Văn hóa, Thể thao và Du lịch",
        3,
    )


def test_a_recurring_phrase_going_on_an_open_item_stays_in_it() -> None:
    assert groups_of(RECURRING_AFTER_ITEMS.format(stop=" như sau:"))[0] == (
        "Các đơn vị thuộc Bộ Văn hóa, Thể thao và Du lịch",
        2,
    )


def test_a_last_paragraph_introducing_the_bullets_is_no_task() -> None:
    groups = groups_of(
        "Điều 5. Tổ chức thực hiện\n"
        "1. Công an tỉnh\n"
        "Chủ trì tham mưu Ủy ban nhân dân tỉnh bảo vệ bí mật nhà nước.\n"
        "Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:\n"
        "- Rà soát danh mục bí mật nhà nước;\n"
        "- Kiểm tra việc bảo vệ bí mật nhà nước.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    assert groups[0] == ("Công an tỉnh", 3)


def test_a_last_paragraph_ending_in_a_colon_with_nothing_below_stays_a_task() -> None:
    groups = groups_of(
        "Điều 5. Tổ chức thực hiện\n"
        "1. Công an tỉnh\n"
        "Chủ trì tham mưu Ủy ban nhân dân tỉnh bảo vệ bí mật nhà nước.\n"
        "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh theo mẫu:\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    assert groups[0] == ("Công an tỉnh", 2)


def test_a_kind_of_duties_over_lettered_items_is_no_task_of_its_own() -> None:
    groups = groups_of(
        "Điều 5. Tổ chức thực hiện\n"
        "1. Các sở, ban, ngành\n"
        "1.1. Trách nhiệm chung\n"
        "a) Đánh giá sự phù hợp của dự án với quy hoạch tỉnh;\n"
        "b) Kiểm tra việc thực hiện dự án.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    assert groups[0] == ("Các sở, ban, ngành", 2)


def test_a_duty_that_says_what_it_is_stays_a_task() -> None:
    groups = groups_of(
        "Điều 5. Tổ chức thực hiện\n"
        "1. Các sở, ban, ngành\n"
        "1.1. Trách nhiệm chung trong việc đánh giá dự án đầu tư\n"
        "a) Đánh giá sự phù hợp của dự án với quy hoạch tỉnh;\n"
        "b) Kiểm tra việc thực hiện dự án.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện.\n"
    )
    assert groups[0] == ("Các sở, ban, ngành", 3)


def test_a_carrying_out_clause_wrapped_over_lines_as_a_pdf_prints_it_is_closing() -> None:
    # A PDF's text layer cuts the officials' list after "thuộc" and after a ";": the capitals
    # on the next lines start paragraphs of the item, the sentence runs on to its charge.
    groups = groups_of(
        "Điều 4. Hiệu lực thi hành và tổ chức thực hiện\n"
        "1. Nghị định này có hiệu lực thi hành từ ngày 16 tháng 9 năm 2026.\n"
        "2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc\n"
        "Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương;\n"
        "Hội đồng quản trị, Hội đồng thành viên, Tổng giám đốc, Giám đốc các doanh\n"
        "nghiệp phát hành trái phiếu chịu trách nhiệm thi hành Nghị định này.\n"
    )
    assert groups == []
