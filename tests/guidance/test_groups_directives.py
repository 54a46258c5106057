"""Section III of a Chỉ thị: its roman parts, addressees listed inside a group, renamed bodies."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee, split_inline
from lantoa.guidance.parsing.closing import is_closing
from lantoa.guidance.parsing.cued import nested_groups
from lantoa.guidance.parsing.groupitems import addresses
from lantoa.guidance.parsing.model import Section

from .test_groups import plan_groups

DIRECTIVE = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 10/{number}-UBND\nĐắk Lắk, ngày 20 tháng 11 năm 2025\n\n"
    "{kind}\nVề tăng cường phối hợp thẩm định dự án đầu tư\n\n"
    "I. Trách nhiệm phối hợp trong công tác thẩm định\n\n"
    "1. Sở Tài chính chủ trì tiếp nhận hồ sơ và lập báo cáo thẩm định.\n\n"
    "2. Sở Xây dựng có trách nhiệm đánh giá sự phù hợp với quy hoạch.\n\n"
    "II. Tổ chức thực hiện\n\n"
    "1. Văn phòng UBND tỉnh theo dõi, đôn đốc việc triển khai.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\nNguyễn Văn An\n"
)


def _headings(kind: str, number: str) -> list[str]:
    parsed = parse_document(DIRECTIVE.format(kind=kind, number=number))
    return [g.heading for g in parsed.unit_groups]


def test_it_reads_a_directives_parts_before_its_organisation_part() -> None:
    assert _headings("CHỈ THỊ", "CT") == ["Sở Tài chính", "Sở Xây dựng", "Văn phòng UBND tỉnh"]


def test_it_reads_only_the_organisation_part_of_a_plan_printed_alike() -> None:
    assert _headings("KẾ HOẠCH", "KH") == ["Văn phòng UBND tỉnh"]


def _item(label: str, title: str, kind: str = "alpha") -> Section:
    return Section(label=label, title=title, kind=kind)


def test_it_takes_addressees_listed_in_a_sub_part_as_groups_of_their_own() -> None:
    common = Section(label="2.1", title="Trách nhiệm chung", kind="dotted")
    common.children = [_item("a", "Đánh giá sự phù hợp của dự án.")]
    specific = Section(label="2.2", title="Trách nhiệm cụ thể", kind="dotted")
    specific.children = [_item("a", "Sở Nông nghiệp và Môi trường"), _item("b", "Sở Xây dựng")]
    for addressee in specific.children:
        addressee.children = [Section(label="-", kind="dash", paragraphs=["Đánh giá quy hoạch."])]
    item = Section(label="2", title="Các sở, ban, ngành:", kind="num")
    item.children = [common, specific]
    kept, nested = nested_groups(item, addresses)
    assert kept.children == [common]
    assert [(label, sub.title) for label, sub in nested] == [
        ("2.a", "Sở Nông nghiệp và Môi trường"),
        ("2.b", "Sở Xây dựng"),
    ]


def test_it_keeps_a_sub_part_whose_items_are_tasks_in_its_group() -> None:
    sub = Section(label="2.1", title="Nhiệm vụ", kind="dotted")
    sub.children = [
        _item("a", "Tổ chức hội nghị quán triệt."),
        _item("b", "Sở Xây dựng phối hợp kiểm tra."),
        _item("c", "Báo cáo kết quả trước ngày 15/12/2025."),
    ]
    item = Section(label="2", title="Các sở, ban, ngành:", kind="num", children=[sub])
    kept, nested = nested_groups(item, addresses)
    assert kept is item
    assert nested == []


def test_it_reads_a_renamed_tax_department_as_an_addressee() -> None:
    assert looks_addressee("Thuế tỉnh Đắk Lắk")
    assert looks_addressee("Thuế thành phố Cần Thơ")
    assert not looks_addressee("Thuế thu nhập cá nhân")


def test_it_reads_a_named_firm_as_an_addressee() -> None:
    assert looks_addressee("Công ty Điện lực Đắk Lắk")
    assert not looks_addressee("Công ty hóa các hợp tác xã")


LETTER = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 4085/UBND-ĐT\n"
    "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2025\n\n"
    "V/v rà soát và chuẩn hóa dữ liệu số nhà\n\nKính gửi:\n- Sở Xây dựng;\n- Công an Thành phố.\n\n"
    "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n"
    "1. Về việc rà soát dữ liệu số nhà đã cấp\n{first}\n"
    "2. Về công tác triển khai phần mềm\n{second}\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"
)


def _letter(first: str, second: str) -> list[tuple[str, list[str]]]:
    parsed = parse_document(LETTER.format(first=first, second=second))
    return [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]


def test_it_reads_addressees_inside_a_letters_topics() -> None:
    groups = _letter(
        "1.1. Giao Công an Thành phố\nChỉ đạo Công an các phường rà soát dữ liệu số nhà.\n"
        "1.2. Giao Sở Xây dựng\nTheo dõi, đôn đốc việc cập nhật thông tin số nhà.\n",
        "- Giao Sở Xây dựng chủ trì khảo sát hiện trạng phần mềm.\n",
    )
    assert groups == [
        ("Công an Thành phố", ["Chỉ đạo Công an các phường rà soát dữ liệu số nhà."]),
        ("Sở Xây dựng", ["Theo dõi, đôn đốc việc cập nhật thông tin số nhà."]),
        ("Sở Xây dựng", ["chủ trì khảo sát hiện trạng phần mềm."]),
    ]


def test_it_reads_no_groups_from_topics_whose_items_are_tasks() -> None:
    groups = _letter(
        "1.1. Rà soát, đối chiếu dữ liệu số nhà đã cấp.\n"
        "1.2. Cập nhật thông tin số nhà vào cơ sở dữ liệu.\n",
        "- Khảo sát hiện trạng phần mềm.\n",
    )
    assert groups == []


def test_it_ends_a_heading_at_any_capitalised_verb_but_one_naming_a_body() -> None:
    assert split_inline("Công an Thành phố Chỉ đạo Công an các phường") == (
        "Công an Thành phố",
        "Chỉ đạo Công an các phường",
    )
    assert split_inline("Sở Xây dựng Theo dõi, đôn đốc")[0] == "Sở Xây dựng"
    assert split_inline("Ban Chỉ đạo 35 tỉnh")[0] == "Ban Chỉ đạo 35 tỉnh"
    assert split_inline("Văn phòng Ban Tổ chức Trung ương")[0] == "Văn phòng Ban Tổ chức Trung ương"
    # "Tổ chức" names bodies too ("Ban Tổ chức"): capitalised, it never ends a heading.
    assert split_inline("Trung tâm Xúc tiến đầu tư Tổ chức hội nghị") == (
        "Trung tâm Xúc tiến đầu tư Tổ chức hội nghị",
        "",
    )


def test_it_reads_the_addressee_after_a_purpose_clause() -> None:
    assert split_inline(
        "Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, các Sở, ngành, UBND cấp xã "
        "tăng cường kiểm tra các dự án."
    ) == ("Các Sở, ngành, UBND cấp xã", "tăng cường kiểm tra các dự án.")


def test_it_keeps_a_purpose_clause_that_names_no_addressee_after_it() -> None:
    head, _ = split_inline("Để nâng cao hiệu quả, tăng cường kiểm tra các dự án đầu tư.")
    assert head.startswith("Để nâng cao hiệu quả")


def test_it_starts_a_group_at_a_paragraph_naming_another_addressee_inline() -> None:
    groups = plan_groups(
        "1. Sở Khoa học và Công nghệ chủ trì hướng dẫn, theo dõi.\n"
        "2. Khuyến khích Mặt trận Tổ quốc tỉnh phát huy vai trò giám sát.\n"
        "Hội, hiệp hội xã hội nghề nghiệp chủ động tham gia phản biện chính sách.\n"
    )
    assert [heading for heading, _ in groups] == [
        "Sở Khoa học và Công nghệ",
        "Mặt trận Tổ quốc tỉnh",
        "Hội, hiệp hội xã hội nghề nghiệp",
    ]


def test_it_keeps_a_paragraph_under_a_bare_heading_or_naming_no_one_as_a_task() -> None:
    groups = plan_groups(
        "1. Sở Khoa học và Công nghệ\n"
        "Sở Khoa học và Công nghệ chủ trì hướng dẫn, theo dõi.\n"
        "2. Sở Tài chính chủ trì bố trí kinh phí.\n"
        "Phối hợp với các sở thẩm định dự toán.\n"
    )
    assert [(heading, len(tasks)) for heading, tasks in groups] == [
        ("Sở Khoa học và Công nghệ", 1),
        ("Sở Tài chính", 2),
    ]


def test_it_keeps_a_paragraph_naming_the_items_own_addressee_in_its_group() -> None:
    groups = plan_groups(
        "1. Giao Sở Tài chính chủ trì bố trí kinh phí.\n"
        "Sở Tài chính tổng hợp, báo cáo kết quả.\n"
        "2. Sở Nội vụ chủ trì theo dõi.\n"
    )
    assert [(heading, len(tasks)) for heading, tasks in groups] == [
        ("Sở Tài chính", 2),
        ("Sở Nội vụ", 1),
    ]


BARE_LEAD = (
    "CHỈ THỊ\nVề việc thực hiện công tác đào tạo nghề\n\n"
    "Để làm tốt hơn nữa công tác đền ơn đáp nghĩa, Thủ tướng Chính phủ yêu cầu {lead}\n\n"
    "1. Chỉ đạo các cấp đưa nội dung đào tạo nghề thành một chỉ tiêu cụ thể.\n\n"
    "2. Chỉ đạo các doanh nghiệp đóng trên địa bàn ưu tiên tuyển dụng.\n\n"
    "3. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm thống kê, rà soát "
    "nhu cầu học nghề.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\nNguyễn Tấn Dũng\n"
)


def test_it_reads_the_addressee_a_lead_ends_on_as_the_group_of_the_items_naming_none() -> None:
    parsed = parse_document(
        BARE_LEAD.format(lead="Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:")
    )
    assert [(g.heading, len(g.tasks)) for g in parsed.unit_groups] == [
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", 2),
        ("Cơ quan Lao động - Thương binh và Xã hội ở địa phương", 1),
    ]
    # The review screen shows where each task was read: in items 1 and 2, not in the lead.
    assert [t.ref for t in parsed.unit_groups[0].tasks] == ["1", "2"]


def test_it_reads_no_lead_group_from_a_lead_ending_on_what_is_asked() -> None:
    parsed = parse_document(BARE_LEAD.format(lead="các cấp, các ngành quan tâm một số việc:"))
    assert "các cấp, các ngành" not in [g.heading for g in parsed.unit_groups]
    assert len(parsed.unit_groups) <= 1


def test_it_reads_no_groups_from_topics_of_rules_one_clause_naming_who_acts() -> None:
    groups = _letter(
        "1.1. Cục trưởng Cục Hải quan ban hành quyết định kiểm tra sau thông quan.\n"
        "1.2. Thời gian kiểm tra tối đa là 05 ngày làm việc.\n"
        "1.3. Thủ tục kiểm tra thực hiện theo quy định của Luật Hải quan.\n",
        "2.1. Chi cục trưởng Chi cục Hải quan quyết định gia hạn thời gian kiểm tra.\n"
        "2.2. Thời hạn gia hạn không quá 05 ngày làm việc.\n"
        "2.3. Hồ sơ gia hạn được lưu tại Chi cục Hải quan.\n",
    )
    assert groups == []


def test_it_reads_topics_whose_clauses_mostly_name_who_acts() -> None:
    groups = _letter(
        "1.1. Giao Công an Thành phố rà soát dữ liệu số nhà.\n"
        "1.2. Giao Sở Xây dựng đôn đốc việc cập nhật thông tin số nhà.\n"
        "1.3. Thời hạn hoàn thành là tháng 12 năm 2025.\n",
        "- Giao Sở Xây dựng chủ trì khảo sát hiện trạng phần mềm.\n",
    )
    assert [h for h, _t in groups] == ["Công an Thành phố", "Sở Xây dựng", "Sở Xây dựng"]


def test_heads_told_to_carry_out_the_directive_strictly_is_a_closing_clause() -> None:
    assert is_closing(
        "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện có trách nhiệm "
        "tổ chức thực hiện nghiêm Chỉ thị này."
    )
    assert not is_closing(
        "Sở Tư pháp có trách nhiệm tổ chức thực hiện nghiêm việc kiểm tra văn bản theo Chỉ thị."
    )
