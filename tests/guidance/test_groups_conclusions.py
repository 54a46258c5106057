"""Section III as conclusions and dispatches print it: cued addressees, leads of lists, endings."""

from __future__ import annotations

from lantoa.guidance.parsing.addressee import split_inline
from lantoa.guidance.parsing.closing import is_closing
from lantoa.guidance.parsing.cued import cued_parts
from lantoa.guidance.parsing.model import Section

from .test_groups import plan_groups


def test_it_reads_a_cued_sentence_inside_an_item_as_a_group_of_its_own() -> None:
    groups = plan_groups(
        "1. Yêu cầu Đảng uỷ Chính phủ chỉ đạo các cấp uỷ giải quyết các kiến nghị, hoàn thành "
        "trong năm 2025. Đối với những nội dung chưa thể giải quyết ngay, phải có phương án. "
        "Yêu cầu các cấp uỷ, cơ quan, đơn vị, địa phương đẩy mạnh việc rà soát, sắp xếp tổ chức "
        "bộ máy bên trong, hoàn thành trước ngày 31/12/2025.\n"
        "2. Giao Ban Tổ chức Trung ương chủ trì tổng hợp tình hình.\n"
    )
    assert [heading for heading, _ in groups] == [
        "Đảng uỷ Chính phủ",
        "Các cấp uỷ, cơ quan, đơn vị, địa phương",
        "Ban Tổ chức Trung ương",
    ]
    assert groups[1][1] == [
        "đẩy mạnh việc rà soát, sắp xếp tổ chức bộ máy bên trong, hoàn thành trước ngày 31/12/2025."
    ]


def test_it_keeps_a_sentence_naming_a_second_body_without_a_cue_in_its_item() -> None:
    groups = plan_groups(
        "1. Yêu cầu các cấp uỷ, cơ quan, đơn vị đẩy mạnh việc rà soát, sắp xếp tổ chức bộ máy. "
        "Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế sắp xếp các trạm y tế cấp xã.\n"
        "2. Giao Ban Tổ chức Trung ương chủ trì tổng hợp tình hình. Giao nhiệm vụ này cho "
        "đúng người.\n"
    )
    assert [heading for heading, _ in groups] == [
        "Các cấp uỷ, cơ quan, đơn vị",
        "Ban Tổ chức Trung ương",
    ]
    assert len(groups[0][1]) == 1


def test_it_cuts_an_item_before_a_cued_paragraph_and_leaves_its_items_to_the_last() -> None:
    letter = Section(label="a", kind="alpha", title="Rà soát văn bản.")
    item = Section(
        label="2",
        kind="num",
        title="Giao Bộ Tư pháp rà soát các văn bản.",
        paragraphs=["Yêu cầu Bộ Nội vụ chủ trì, phối hợp:"],
        children=[letter],
    )
    parts = cued_parts(item, lambda text: split_inline(text)[1] != "")
    assert [p.title for p in parts] == [
        "Giao Bộ Tư pháp rà soát các văn bản.",
        "Yêu cầu Bộ Nội vụ chủ trì, phối hợp:",
    ]
    assert parts[0].children == [] and parts[1].children == [letter]
    item.paragraphs = ["Bộ Tư pháp báo cáo kết quả."]
    assert cued_parts(item, lambda text: True) == [item]


def test_it_reads_an_ask_to_carry_out_seriously_as_closing_only_where_the_sentence_ends() -> None:
    assert is_closing(
        "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./."
    )
    assert is_closing("Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện Kế hoạch này.")
    assert not is_closing(
        "Yêu cầu các cấp uỷ, tổ chức đảng, các cơ quan, đơn vị, địa phương nghiêm túc triển khai "
        "kịp thời, hiệu quả các kết luận, chỉ đạo của Ban Chấp hành Trung ương Đảng."
    )


def test_it_ends_a_heading_before_must_and_seriously() -> None:
    assert split_inline(
        "Yêu cầu các đồng chí bí thư tỉnh uỷ, thành uỷ phải quán xuyến và trực tiếp chỉ đạo"
    ) == ("Các đồng chí bí thư tỉnh uỷ, thành uỷ", "phải quán xuyến và trực tiếp chỉ đạo")
    assert split_inline("Các cơ quan, đơn vị nghiêm túc triển khai kết luận")[0] == (
        "Các cơ quan, đơn vị"
    )


def test_it_reads_no_task_in_a_long_lead_that_announces_its_items_with_among_them() -> None:
    lead = (
        "tập trung lãnh đạo, chỉ đạo, triển khai ngay các nhiệm vụ, biện pháp cần thiết để bảo "
        "đảm an toàn tính mạng cho người dân, đặt nhiệm vụ bảo đảm an toàn tính mạng cho Nhân dân "
        "lên trên hết, trước hết"
    )
    groups = plan_groups(
        f"1. Chủ tịch Ủy ban nhân dân các tỉnh {lead}, trong đó:\n"
        "a) Huy động lực lượng tiếp cận các khu vực bị cô lập.\n"
        "b) Bố trí lực lượng chốt chặn.\n"
        f"2. Chủ tịch Ủy ban nhân dân các xã {lead}, nhất là vùng trũng:\n"
        "a) Sơ tán người dân.\n"
    )
    assert groups[0][1] == [
        "Huy động lực lượng tiếp cận các khu vực bị cô lập.",
        "Bố trí lực lượng chốt chặn.",
    ]
    # Thirty words and more with no "trong đó" still state a duty of their own.
    assert groups[1][1][0].startswith("tập trung lãnh đạo")
    assert len(groups[1][1]) == 2


def test_it_reads_no_task_in_the_paragraph_that_introduces_a_bare_headings_items() -> None:
    groups = plan_groups(
        "1. Sở Văn hóa và Thể thao các tỉnh\n\n"
        "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân các tỉnh:\n\n"
        "a) Tổ chức quản lý nhà nước về văn hóa.\n\n"
        "b) Rà soát các quy hoạch.\n\n"
        "2. Sở Tài chính\n\n"
        "Bố trí kinh phí thực hiện.\n\n"
        "a) Hướng dẫn thanh quyết toán.\n\n"
    )
    assert groups[0][1] == ["Tổ chức quản lý nhà nước về văn hóa.", "Rà soát các quy hoạch."]
    assert groups[1][1] == ["Bố trí kinh phí thực hiện.", "Hướng dẫn thanh quyết toán."]


DISPATCH = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 220/CĐ-TTg\nHà Nội, ngày 18 tháng 11 năm 2025\n\n{kind}\n"
    "TẬP TRUNG HOÀN THÀNH CÁC PHƯƠNG ÁN CẮT GIẢM THỦ TỤC HÀNH CHÍNH\n\n"
    "I. VỀ HOÀN THIỆN THỂ CHẾ\n\n"
    "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ tập trung chỉ đạo sửa đổi văn bản.\n\n"
    "2. Bộ trưởng Bộ Công Thương hoàn thành việc rà soát phương án cắt giảm.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Văn phòng Chính phủ theo dõi, đôn đốc việc triển khai các nhiệm vụ nêu trên.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\nPhạm Minh Chính\n"
)


def _dispatch_headings(kind: str) -> list[str]:
    from lantoa.guidance.parsing import parse_document

    return [g.heading for g in parse_document(DISPATCH.format(kind=kind)).unit_groups]


def test_it_reads_a_dispatchs_parts_before_its_organisation_part() -> None:
    assert _dispatch_headings("CÔNG ĐIỆN") == [
        "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ",
        "Bộ trưởng Bộ Công Thương",
        "Văn phòng Chính phủ",
    ]


def test_it_reads_only_the_organisation_part_of_a_plan() -> None:
    assert _dispatch_headings("KẾ HOẠCH") == ["Văn phòng Chính phủ"]


def test_it_ends_a_heading_at_a_capitalised_verb_where_its_line_broke() -> None:
    assert split_inline("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ Tập trung chỉ đạo") == (
        "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ",
        "Tập trung chỉ đạo",
    )
    assert split_inline("Bộ trưởng Bộ Công Thương hoàn thành việc rà soát")[0] == (
        "Bộ trưởng Bộ Công Thương"
    )
    # After a capitalised word the capital is a name's ("Quỹ Chủ động ứng phó …"); after
    # "việc" the verb is a noun.
    assert split_inline("Quỹ Chủ động ứng phó thiên tai")[0] == "Quỹ Chủ động ứng phó thiên tai"
    assert split_inline("Tổ công tác về việc hoàn thành chỉ tiêu") == (
        "Tổ công tác về việc hoàn thành chỉ tiêu",
        "",
    )
