"""Section III as a commune's Front plans print it: officers and bodies named inline or by post."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

from .test_groups import TAIL, plan_groups

PLAN_HEAD = (
    "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 16/KH-MTTQ-BTT\n"
    "Lương Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện công tác bầu cử\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n- Triển khai đầy đủ, đồng bộ các nội dung công tác bầu cử.\n"
)


def headings(body: str) -> list[str]:
    """Return the group headings the reader finds in a commune plan around body."""
    return [g.heading for g in parse_document(PLAN_HEAD + body + TAIL).unit_groups]


def test_it_splits_an_inline_heading_at_a_later_verb_when_the_first_word_is_one() -> None:
    # "Các tổ chức …": "tổ chức" after the first word is a noun, the verb comes later.
    groups = plan_groups(
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam phường xây dựng Kế hoạch kiểm tra, giám sát.\n"
        "2. Các tổ chức thành viên của MTTQ Việt Nam phường tham gia kiểm tra, giám sát công "
        "tác bầu cử theo phân công của Ủy ban Mặt trận Tổ quốc Việt Nam phường.\n"
        "3. Đoàn kiểm tra trong quá trình kiểm tra, giám sát nếu có vướng mắc thì báo cáo kịp "
        "thời để hướng dẫn xử lý.\n"
    )
    assert [h for h, _t in groups] == [
        "Ban Thường trực Ủy ban MTTQ Việt Nam phường",
        "Các tổ chức thành viên của MTTQ Việt Nam phường tham gia",
        "Đoàn kiểm tra trong quá trình",
    ]
    assert groups[1][1] == [
        "kiểm tra, giám sát công tác bầu cử theo phân công của Ủy ban Mặt trận Tổ quốc Việt Nam "
        "phường."
    ]


def test_it_keeps_a_body_named_by_a_verb_whole_when_no_later_verb_follows() -> None:
    # "Đoàn kiểm tra" over its dashes: the only verb is inside the name, so nothing is split.
    groups = plan_groups(
        "1. Đoàn kiểm tra\n"
        "- Làm việc với Ban công tác Mặt trận các thôn theo lịch đã thông báo.\n"
        "2. Các tổ chức chính trị - xã hội xã\n"
        "- Tăng cường công tác tuyên truyền vận động đoàn viên, hội viên đi bầu cử.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Đoàn kiểm tra", 1),
        ("Các tổ chức chính trị - xã hội xã", 1),
    ]


def test_it_reads_officers_named_by_the_field_they_are_in_charge_of() -> None:
    groups = plan_groups(
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
        "- Chỉ đạo chung công tác bầu cử thuộc trách nhiệm của Ủy ban MTTQ Việt Nam xã.\n"
        "2. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội\n"
        "- Tham mưu xây dựng, trình Ban Thường trực ban hành Kế hoạch.\n"
        "- Chủ trì xây dựng các báo cáo tổng hợp chung việc thực hiện công tác bầu cử.\n"
        "3. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng\n"
        "- Thực hiện nhiệm vụ theo phân công tại mục II Kế hoạch này.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Ban Thường trực Ủy ban MTTQ Việt Nam xã", 1),
        ("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", 2),
        ("Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng", 1),
    ]


def test_it_reads_no_officer_group_from_people_in_charge_of_nothing_named() -> None:
    # "Cán bộ, công chức …" are the people a task is about, not an officer in charge of a field.
    groups = plan_groups(
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
        "- Chỉ đạo chung công tác bầu cử thuộc trách nhiệm của Ủy ban MTTQ Việt Nam xã.\n"
        "2. Cán bộ, công chức, người lao động gương mẫu chấp hành quy định về bầu cử.\n"
        "3. Phó Giám đốc Trung tâm phục vụ hành chính công bố trí nơi tiếp nhận hồ sơ.\n"
    )
    assert [h for h, _t in groups] == ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]


def test_it_reads_comrades_named_by_their_posts_before_a_colon() -> None:
    groups = plan_groups(
        "1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chịu trách "
        "nhiệm trước Ủy ban bầu cử về kết quả triển khai.\n"
        "2. Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên: Trực tiếp chỉ đạo chuẩn bị tốt các "
        "nội dung thông tin, tuyên truyền.\n"
    )
    assert [h for h, _t in groups] == [
        "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban",
        "Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên",
    ]


def test_it_still_splits_a_members_heading_at_a_verb_after_ban() -> None:
    # "… tiểu ban căn cứ vào …": only a board's own name ("ban xây dựng Đảng") holds the verb.
    groups = plan_groups(
        "1. Các thành viên khác trong tiểu ban căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp "
        "thực hiện các nhiệm vụ có liên quan khi được Trưởng ban phân công.\n"
    )
    assert [h for h, _t in groups] == ["Các thành viên khác trong tiểu ban"]


def test_it_reads_no_part_from_a_task_that_carries_out_a_work() -> None:
    # "5.2. Tổ chức thực hiện công tác tuyên truyền …" is a task of the plan's contents.
    assert headings(
        "II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN\n"
        "5. Công tác tuyên truyền\n"
        "5.2. Tổ chức thực hiện công tác tuyên truyền về bầu cử; tập hợp dư luận xã hội\n"
        "- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.\n"
        "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
        "- Chỉ đạo chung công tác bầu cử thuộc trách nhiệm của Ủy ban MTTQ Việt Nam xã.\n"
    ) == ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]


def test_it_still_reads_a_part_titled_for_carrying_out_the_plan() -> None:
    assert headings(
        "II. NỘI DUNG\n"
        "1. Tuyên truyền sâu rộng về cuộc bầu cử trong Nhân dân.\n"
        "III. TỔ CHỨC THỰC HIỆN KẾ HOẠCH\n"
        "1. Ban công tác Mặt trận các thôn\n"
        "- Phối hợp với Trưởng thôn rà soát danh sách cử tri của thôn.\n"
    ) == ["Ban công tác Mặt trận các thôn"]


def test_it_reads_the_body_after_when_and_before_a_comma_and_its_charge() -> None:
    groups = plan_groups(
        "1. Ban công tác Mặt trận các tổ dân phố căn cứ kế hoạch này chủ động phối hợp thực hiện.\n"
        "2. Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ Việt Nam phường, chịu trách nhiệm "
        "tổng hợp báo cáo tình hình, kết quả hoạt động kiểm tra, giám sát công tác bầu cử.\n"
    )
    assert groups[1] == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam phường",
        [
            "chịu trách nhiệm tổng hợp báo cáo tình hình, kết quả hoạt động kiểm tra, giám sát "
            "công tác bầu cử."
        ],
    )


def test_it_reads_no_body_from_a_time_clause_before_a_bare_duty() -> None:
    groups = plan_groups(
        "1. Ban công tác Mặt trận các tổ dân phố căn cứ kế hoạch này chủ động phối hợp thực hiện.\n"
        "2. Sau khi kết thúc hội nghị, gửi biên bản về Ban Thường trực Ủy ban MTTQ Việt Nam xã.\n"
    )
    assert [h for h, _t in groups] == ["Ban công tác Mặt trận các tổ dân phố"]


def test_it_reads_staff_named_by_the_office_they_work_in() -> None:
    groups = plan_groups(
        "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã\n"
        "- Xây dựng và ban hành kế hoạch triển khai thực hiện công tác hiệp thương.\n"
        "2. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã\n"
        "- Chuẩn bị tài liệu, hồ sơ phục vụ hội nghị hiệp thương lần thứ hai.\n"
    )
    assert [h for h, _t in groups] == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã",
    ]


def test_it_reads_no_staff_group_from_people_of_offices_in_general() -> None:
    groups = plan_groups(
        "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã\n"
        "- Xây dựng và ban hành kế hoạch triển khai thực hiện công tác hiệp thương.\n"
        "2. Cán bộ cơ quan, công chức gương mẫu chấp hành quy định về bầu cử.\n"
    )
    assert [h for h, _t in groups] == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


def test_it_reads_the_standing_boards_call_to_its_own_staff_as_closing() -> None:
    # The Front's standing board turning to its members and staff at the end: no duty of its own.
    groups = plan_groups(
        "1. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã\n"
        "- Tham mưu chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương.\n"
        "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã yêu cầu các đồng chí trong Ban "
        "Thường trực, các chuyên viên trong cơ quan triển khai, thực hiện nghiêm túc kế hoạch "
        "này.\n"
    )
    assert groups == [
        (
            "Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã",
            ["Tham mưu chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương."],
        )
    ]


def test_it_keeps_the_standing_boards_own_duty_as_a_task() -> None:
    groups = plan_groups(
        "1. Cơ quan Ủy ban Mặt trận Tổ quốc xã\n"
        "- Tham mưu chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương.\n"
        "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với các cơ "
        "quan liên quan chuẩn bị tài liệu phục vụ hội nghị.\n"
    )
    assert len(groups[0][1]) == 2


def test_it_reads_a_body_asked_after_the_last_items_bullets_as_a_group() -> None:
    # "Đề nghị Văn phòng Đảng ủy, … phối hợp …" printed after the last bullet asks another body.
    groups = plan_groups(
        "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
        "- Chủ trì chuẩn bị nội dung, chương trình và tài liệu phục vụ hội nghị.\n"
        "2. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã\n"
        "- Tham mưu chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương.\n"
        "Đề nghị Văn phòng Đảng ủy, Văn phòng HĐND và UBND xã phối hợp chuẩn bị các điều kiện "
        "phục vụ hội nghị theo quy định.\n"
    )
    assert [h for h, _t in groups] == [
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
        "Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã",
        "Văn phòng Đảng ủy, Văn phòng HĐND và UBND xã",
    ]
    assert groups[1][1] == [
        "Tham mưu chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương."
    ]
    assert groups[2][1] == ["phối hợp chuẩn bị các điều kiện phục vụ hội nghị theo quy định."]


def test_it_keeps_a_bullets_next_sentence_that_asks_no_body_in_the_bullet() -> None:
    groups = plan_groups(
        "1. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã\n"
        "- Tham mưu chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương.\n"
        "Giao nhiệm vụ cụ thể theo từng giai đoạn, bảo đảm đúng tiến độ.\n"
    )
    assert len(groups) == 1


def test_it_reads_no_group_from_a_call_after_the_documents_summing_up() -> None:
    groups = plan_groups(
        "1. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã\n"
        "- Tham mưu chuẩn bị nội dung, điều kiện để tổ chức hội nghị hiệp thương.\n"
        "Trên đây là Kế hoạch tổ chức hội nghị hiệp thương lần thứ hai.\n"
        "Đề nghị các tổ chức, cá nhân có liên quan thực hiện các nội dung theo đúng Kế hoạch.\n"
    )
    assert len(groups) == 1
