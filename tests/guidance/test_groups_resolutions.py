"""Section III in a Quốc hội resolution: "Giao Chính phủ …", its effect article, its rules."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee, split_inline
from lantoa.guidance.parsing.closing import is_closing, is_closing_part

HEAD = (
    "QUỐC HỘI\n"
    "Nghị quyết số: 61/2022/QH15\n"
    "Hà Nội, ngày 16 tháng 6 năm 2022\n"
    "NGHỊ QUYẾT\n"
    "VỀ MỘT SỐ GIẢI PHÁP ĐẨY NHANH TIẾN ĐỘ LẬP QUY HOẠCH THỜI KỲ 2021 - 2030\n"
    "QUỐC HỘI\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Đánh giá kết quả thực hiện\n"
    "Quốc hội cơ bản tán thành nội dung Báo cáo của Đoàn giám sát.\n"
)
TAIL = "CHỦ TỊCH QUỐC HỘI\nVương Đình Huệ\n"
DUTIES = (
    "Điều 2. Nhiệm vụ, giải pháp chủ yếu\n"
    "1. Cho phép Chính phủ và các cơ quan tham gia lập quy hoạch được thực hiện ngay các giải "
    "pháp sau:\n"
    "a) Lập đồng thời các quy hoạch theo quy định của Luật Quy hoạch;\n"
    "b) Sử dụng kinh phí chi thường xuyên để lập quy hoạch.\n"
    "2. Giao Chính phủ thực hiện ngay các nhiệm vụ sau đây:\n"
    "a) Chỉ đạo các Bộ, ngành, địa phương nghiêm túc kiểm điểm, rút kinh nghiệm;\n"
    "b) Xây dựng kế hoạch, lộ trình lập các quy hoạch thời kỳ 2021 - 2030.\n"
    "3. Quốc hội giao Chính phủ tổng kết, đánh giá toàn diện việc thực hiện Luật Quy hoạch.\n"
)
EFFECT = (
    "1. Nghị quyết này có hiệu lực thi hành từ ngày 16 tháng 6 năm 2022.\n"
    "2. Chính phủ, Thủ tướng Chính phủ, Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, trong "
    "phạm vi nhiệm vụ, quyền hạn của mình, chỉ đạo tổ chức thực hiện Nghị quyết này.\n"
    "3. Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, trong phạm vi "
    "nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.\n"
)


def groups_of(body: str) -> list[tuple[str, int]]:
    """Return (heading, number of tasks) of each group the reader finds in a resolution."""
    return [(g.heading, len(g.tasks)) for g in parse_document(HEAD + body + TAIL).unit_groups]


def test_it_reads_the_government_a_resolution_gives_tasks() -> None:
    groups = groups_of(DUTIES + "Điều 3. Điều khoản thi hành\n" + EFFECT)
    assert groups == [("Chính phủ", 2), ("Chính phủ", 1)]
    assert split_inline("Quốc hội giao Chính phủ tổng kết việc thực hiện Luật Quy hoạch.") == (
        "Chính phủ",
        "tổng kết việc thực hiện Luật Quy hoạch.",
    )


def test_a_permission_given_the_government_is_no_group() -> None:
    # "Cho phép Chính phủ … được thực hiện …" allows; the article assigns nothing by it.
    assert not looks_addressee(split_inline("Cho phép Chính phủ được thực hiện ngay:")[0])
    assert looks_addressee("Chính phủ")
    assert not looks_addressee("Quốc hội")


def test_it_reads_no_group_from_a_resolutions_effect_article() -> None:
    assert is_closing_part("Điều khoản thi hành")
    assert is_closing_part("Hiệu lực thi hành")
    assert groups_of("Điều 2. Điều khoản thi hành\n" + EFFECT) == []


def test_an_article_of_duties_that_is_not_the_effect_one_is_read() -> None:
    assert not is_closing_part("Trách nhiệm thi hành của các cơ quan")
    assert not is_closing_part("Điều khoản thi hành và trách nhiệm của Chính phủ trong năm 2023")
    assert groups_of(
        "Điều 2. Trách nhiệm của các cơ quan\n" + EFFECT[len(EFFECT.split("\n")[0]) + 1 :]
    )


def test_a_comma_before_the_grounds_ends_the_addressee() -> None:
    title = "Giao Uỷ ban thường vụ Quốc hội, căn cứ vào Nghị quyết này, quy định việc giải quyết."
    assert split_inline(title) == (
        "Uỷ ban thường vụ Quốc hội",
        "căn cứ vào Nghị quyết này, quy định việc giải quyết.",
    )
    body = "Điều 2. " + title + "\nĐiều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.\n"
    assert groups_of(body) == [("Uỷ ban thường vụ Quốc hội", 1)]


def test_a_comma_between_bodies_does_not_end_the_addressee() -> None:
    assert split_inline("Văn phòng Chính phủ, Bộ Tư pháp chủ trì rà soát các quy định.") == (
        "Văn phòng Chính phủ, Bộ Tư pháp",
        "chủ trì rà soát các quy định.",
    )


RULES = (
    "Chương 3:\n"
    "TỔ CHỨC THỰC HIỆN\n"
    "Điều 10.\n"
    "Trình tự giao lại nhà ở được quy định như sau:\n"
    "1. Người thuộc diện được giao lại nhà ở nộp hồ sơ tại cơ quan quản lý nhà cấp tỉnh.\n"
    "2. Trên cơ sở kết quả kiểm tra hồ sơ, các bên lập biên bản giao nhận nhà ở.\n"
)


def test_it_reads_no_group_from_a_procedures_steps_naming_one_body() -> None:
    third = "3. Cơ quan quản lý nhà cấp tỉnh có trách nhiệm tổ chức bàn giao nhà ở.\n"
    assert groups_of(RULES + third) == []


def test_it_reads_an_article_whose_items_mostly_name_bodies() -> None:
    more = (
        "3. Cơ quan quản lý nhà cấp tỉnh có trách nhiệm tổ chức bàn giao nhà ở.\n"
        "4. Sở Tài chính có trách nhiệm bố trí kinh phí thanh toán.\n"
    )
    assert [h for h, _n in groups_of(RULES + more)] == [
        "Cơ quan quản lý nhà cấp tỉnh",
        "Sở Tài chính",
    ]


def test_a_court_case_is_no_ministry_department() -> None:
    # "Vụ Hợp tác quốc tế" is a department; "vụ án" (À-Ỹ holds "á") is a case at court.
    assert not looks_addressee("Những vụ án tranh chấp về tài sản chung của dòng họ")
    assert not looks_addressee("Vụ án hình sự")


def test_a_ministry_department_is_still_an_addressee() -> None:
    assert looks_addressee("Vụ Hợp tác quốc tế")
    assert looks_addressee("Các Vụ Pháp chế, Tổ chức cán bộ")


ORGANISATION = (
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Chính phủ chỉ đạo các cơ quan sử dụng kinh phí đúng quy định.\n"
    "2. Kiểm toán nhà nước thực hiện kiểm toán việc quản lý, sử dụng kinh phí hằng năm.\n"
    "Điều 3. Điều khoản thi hành\n"
    "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.\n"
)


def test_the_state_audit_office_is_an_addressee() -> None:
    assert looks_addressee("Kiểm toán nhà nước")
    assert groups_of(ORGANISATION) == [("Chính phủ", 1), ("Kiểm toán nhà nước", 1)]


def test_auditing_as_a_matter_is_no_addressee() -> None:
    # "Kiểm toán báo cáo tài chính …" names work to be done, not the State Audit Office.
    assert not looks_addressee("Kiểm toán báo cáo tài chính hằng năm của doanh nghiệp")
    assert not looks_addressee("Kiểm toán viên")


def test_the_prime_minister_a_resolution_charges_heads_a_group() -> None:
    body = ORGANISATION.replace(
        "1. Giao Chính phủ chỉ đạo các cơ quan sử dụng kinh phí đúng quy định.\n",
        "1. Giao Thủ tướng Chính phủ:\n"
        "a) Giao dự toán, phê chuẩn quyết toán chi tổ chức và hoạt động hằng năm;\n"
        "b) Chỉ đạo các cơ quan có thẩm quyền thanh tra, kiểm tra việc thực hiện dự toán.\n",
    )
    assert groups_of(body) == [("Thủ tướng Chính phủ", 2), ("Kiểm toán nhà nước", 1)]


def test_the_prime_minister_asking_in_his_own_text_heads_no_group() -> None:
    # A directive's "Thủ tướng Chính phủ yêu cầu …" is its issuer speaking, no addressee.
    heading, _task = split_inline(
        "Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương triển khai."
    )
    assert not looks_addressee(heading)


WAIVER = (
    "3. Người đứng đầu các cơ quan, đơn vị, cán bộ, công chức, người tham gia xây dựng, ban hành "
    "Nghị quyết này được xem xét loại trừ, miễn hoặc giảm trách nhiệm theo quy định.\n"
)


def test_a_waiver_of_responsibility_is_no_group() -> None:
    assert is_closing(WAIVER[3:])
    body = ORGANISATION.replace("Điều 3.", WAIVER + "Điều 3.")
    assert groups_of(body) == [("Chính phủ", 1), ("Kiểm toán nhà nước", 1)]


def test_a_head_of_body_charged_with_a_duty_is_still_a_group() -> None:
    duty = "3. Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm xem xét, xử lý vi phạm.\n"
    assert not is_closing(duty[3:])
    groups = groups_of(ORGANISATION.replace("Điều 3.", duty + "Điều 3."))
    assert groups[-1] == ("Người đứng đầu các cơ quan, đơn vị", 1)


OVERSIGHT = (
    "3. Ủy ban Văn hóa và Xã hội, các Ủy ban khác của Quốc hội, Hội đồng nhân dân các cấp, trong "
    "phạm vi chức năng, nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.\n"
)


def test_the_elected_bodies_oversight_in_the_organisation_article_is_no_group() -> None:
    assert is_closing(OVERSIGHT[3:])
    body = ORGANISATION.replace("Điều 3.", OVERSIGHT + "Điều 3.")
    assert groups_of(body) == [("Chính phủ", 1), ("Kiểm toán nhà nước", 1)]


def test_a_board_overseeing_its_own_plan_is_still_charged() -> None:
    assert not is_closing(
        "Văn phòng Ủy ban nhân dân tỉnh theo dõi, giám sát việc thực hiện Kế hoạch này."
    )
    assert not is_closing(
        "Sở Tư pháp giám sát việc thực hiện Nghị quyết này và báo cáo kết quả hằng quý."
    )


CASES = (
    "Điều 5. Trách nhiệm của Bộ trưởng Bộ Nông nghiệp và Môi trường\n"
    "1. Hướng dẫn việc lập phương án sử dụng rừng phòng hộ kết hợp với du lịch sinh thái.\n"
    "2. Tổ chức việc rà soát diện tích rừng phòng hộ và thực hiện theo quy định sau đây:\n"
    "a) Đối với diện tích không còn cần phòng hộ thì báo cáo Thủ tướng Chính phủ quyết định;\n"
    "b) Đối với diện tích còn cần phòng hộ thì giữ nguyên hiện trạng.\n"
    "3. Tổ chức lập dự toán kinh phí bảo vệ rừng phòng hộ hằng năm.\n"
)


def test_a_duty_whose_lettered_items_are_its_cases_is_one_task() -> None:
    groups = parse_document(HEAD + CASES + TAIL).unit_groups
    assert [g.heading for g in groups] == ["Bộ trưởng Bộ Nông nghiệp và Môi trường"]
    tasks = [t.text for t in groups[0].tasks]
    assert len(tasks) == 3
    assert tasks[1].startswith("Tổ chức việc rà soát diện tích rừng phòng hộ")
    assert "Đối với diện tích không còn cần phòng hộ" in tasks[1]


def test_lettered_duties_below_an_introducing_title_stay_tasks_each() -> None:
    groups = parse_document(
        HEAD
        + CASES.replace("a) Đối với diện tích", "a) Báo cáo về diện tích").replace(
            "b) Đối với diện tích", "b) Giữ nguyên diện tích"
        )
        + TAIL
    ).unit_groups
    tasks = [t.text for t in groups[0].tasks]
    assert len(tasks) == 4
    assert tasks[1].startswith("Báo cáo về diện tích")
