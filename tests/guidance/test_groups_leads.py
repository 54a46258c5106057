"""Section III of letters and conclusions: a lead naming the addressee, item shapes, addressees."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee, split_inline
from lantoa.guidance.parsing.groups import NO_PART_FLAG
from lantoa.guidance.parsing.sections import prepare_lines
from lantoa.guidance.parsing.text import normalise_text

from .test_groups import plan_groups

LETTER = (
    "BAN CHỈ ĐẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 171/CV-BCĐ\nHà Nội, ngày 21 tháng 11 năm 2025\n\n"
    "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
    "{lead}\n{body}"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nPhạm Thị Thanh Trà\n"
)
ASKS = (
    "Thực hiện Kết luận số 210-KL/TW, Ban Chỉ đạo yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, "
    "thành phố trực thuộc Trung ương tập trung chỉ đạo, giải quyết dứt điểm các khó khăn, một số "
    "nội dung cụ thể sau:"
)


def _groups(lead: str, body: str) -> tuple[list[tuple[str, list[str]]], list[str]]:
    parsed = parse_document(LETTER.format(lead=lead, body=body))
    return [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups], parsed.review_flags


def test_it_reads_the_addressee_a_lead_asks_as_the_group_of_the_items_below() -> None:
    groups, flags = _groups(
        ASKS,
        "1. Về kiện toàn tổ chức bộ máy ở cấp xã\n"
        "- Khẩn trương chỉ đạo hoàn thiện tổ chức bộ máy ở cấp xã.\n"
        "- Cấp ủy, chính quyền địa phương xác định đây là nhiệm vụ trọng tâm, cần tập trung "
        "lãnh đạo.\n"
        "2. Về cơ sở vật chất, trụ sở và tài sản công\n"
        "Tiếp tục rà soát, sắp xếp, bố trí trụ sở, tài sản công.\n",
    )
    assert groups == [
        (
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            [
                "Khẩn trương chỉ đạo hoàn thiện tổ chức bộ máy ở cấp xã.",
                "Cấp ủy, chính quyền địa phương xác định đây là nhiệm vụ trọng tâm, cần tập trung "
                "lãnh đạo.",
                "Tiếp tục rà soát, sắp xếp, bố trí trụ sở, tài sản công.",
            ],
        )
    ]
    assert NO_PART_FLAG not in flags


def test_it_leaves_sub_items_naming_a_body_to_their_own_groups_under_a_lead() -> None:
    groups, _flags = _groups(
        ASKS,
        "1. Về phân cấp, phân quyền\n"
        "1.1. Đối với 355 nhiệm vụ cần ban hành văn bản (danh mục theo Báo cáo số 11296/BC-BNV), "
        "các Bộ, cơ quan ngang Bộ khẩn trương rà soát, ban hành văn bản hướng dẫn.\n"
        "1.2. Khẩn trương xử lý các kiến nghị cụ thể của địa phương.\n"
        "1.3. Các Bộ, cơ quan ngang Bộ tiếp tục phối hợp với Bộ Tư pháp rà soát văn bản.\n",
    )
    assert [heading for heading, _ in groups] == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Các Bộ, cơ quan ngang Bộ",
        "Các Bộ, cơ quan ngang Bộ",
    ]
    assert groups[0][1] == ["Khẩn trương xử lý các kiến nghị cụ thể của địa phương."]


def test_it_reads_no_lead_group_where_the_items_name_their_own_addressees() -> None:
    # A directive's "… yêu cầu Giám đốc các sở … thực hiện các nội dung sau:" over "1. Sở Y tế …"
    # asks every body in general; its item without an addressee belongs to no group.
    groups, _flags = _groups(
        "Chủ tịch Ủy ban nhân dân thành phố yêu cầu Giám đốc các sở, Chủ tịch Ủy ban nhân dân xã, "
        "phường thực hiện tốt các nội dung sau:",
        "1. Sở Y tế chủ trì kiểm tra chất lượng nước sinh hoạt.\n"
        "2. Hạn chế khoan, đào mới các giếng khai thác nước dưới đất.\n"
        "3. Sở Xây dựng chủ trì xây dựng phương án cấp nước sạch.\n",
    )
    assert [heading for heading, _ in groups] == ["Sở Y tế", "Sở Xây dựng"]


def test_it_reads_no_lead_group_from_a_sentence_that_asks_nobody() -> None:
    groups, flags = _groups(
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện với các nội dung sau:",
        "1. Về công tác tuyên truyền\n- Tăng cường tuyên truyền trên báo chí.\n",
    )
    assert groups == []
    assert NO_PART_FLAG in flags


# A portal's copy: paragraphs parted by blank lines, a paragraph's lines wrapped without one.
PORTAL = "Kính gửi:\n\n- Sở Tài chính;\n\n- Sở Xây dựng.\n\n\n\n{body}"


def test_it_starts_an_item_at_its_number_alone_on_a_line_after_a_sentence() -> None:
    lines = prepare_lines(
        PORTAL.format(
            body="1. Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường (theo Phụ lục đính\n"
            "kèm).\n2.\nGiao Sở Tài chính triển khai thực hiện hiệu quả Nghị quyết.\n"
            "3.\nGiao Sở Xây dựng là cơ quan đầu mối theo dõi.\n"
        )
    )
    assert lines[-2:] == [
        "2. Giao Sở Tài chính triển khai thực hiện hiệu quả Nghị quyết.",
        "3. Giao Sở Xây dựng là cơ quan đầu mối theo dõi.",
    ]


def test_it_keeps_a_number_alone_after_an_open_phrase_in_the_sentence() -> None:
    lines = prepare_lines(
        PORTAL.format(
            body="Thực hiện theo quy định tại khoản\n2.\nĐiều 5 Nghị định số 30/2020/NĐ-CP của "
            "Chính phủ.\n"
        )
    )
    assert lines[-1].startswith("Thực hiện theo quy định tại khoản 2.")


def test_it_reads_a_governor_and_deputies_assigned_a_task_as_addressees() -> None:
    assert looks_addressee("Thống đốc Ngân hàng Nhà nước Việt Nam")
    assert split_inline(
        "Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi thường xuyên tình hình."
    ) == ("Các đồng chí Phó Thủ tướng Chính phủ", "tiếp tục theo dõi thường xuyên tình hình.")


def test_it_reads_a_bare_organise_as_a_verb_not_an_organisation() -> None:
    assert not looks_addressee("Tổ chức điều phối tiếp nhận và phân phối tiền và hàng cứu trợ")
    assert looks_addressee("Tổ chức Y tế Thế giới")
    assert looks_addressee("Tổ chức chính trị - xã hội các cấp")
    assert looks_addressee("Các tổ chức, cá nhân liên quan")


def test_it_reads_the_addressee_after_the_matter_or_grounds_an_item_opens_with() -> None:
    assert split_inline(
        "Đối với 10 nhiệm vụ cần điều chỉnh thẩm quyền (danh mục theo Báo cáo số 11296/BC-BNV), "
        "yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng xây dựng phương án điều chỉnh."
    ) == ("Các Bộ: Nông nghiệp và Môi trường; Xây dựng", "xây dựng phương án điều chỉnh.")
    assert split_inline(
        "Trên cơ sở các Nghị định của Chính phủ về phân cấp, phân quyền, các Bộ, cơ quan ngang Bộ "
        "thực hiện rà soát."
    ) == ("Các Bộ, cơ quan ngang Bộ", "thực hiện rà soát.")


def test_it_keeps_a_body_named_right_after_for_as_the_addressee() -> None:
    assert split_inline("Đối với Sở Y tế: chủ trì kiểm tra an toàn thực phẩm.") == (
        "Sở Y tế",
        "chủ trì kiểm tra an toàn thực phẩm.",
    )
    assert split_inline("Đối với các Sở, UBND các huyện: rà soát, báo cáo.") == (
        "Các Sở, UBND các huyện",
        "rà soát, báo cáo.",
    )


def test_it_joins_an_open_title_to_the_paragraph_that_introduces_its_list() -> None:
    groups = plan_groups(
        "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh tiếp tục phân công nhiệm vụ cụ "
        "thể cho từng đồng chí, nhanh chóng ổn định tình hình\n"
        "Nhân dân, khôi phục sản xuất, trong đó tập trung một số nhiệm vụ sau:\n"
        "(1) Huy động các lực lượng tiếp cận các hộ dân bị cô lập.\n"
        "(2) Bố trí chỗ ở tạm cho các hộ mất nhà cửa.\n"
    )
    assert groups == [
        (
            "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh",
            [
                "(1) Huy động các lực lượng tiếp cận các hộ dân bị cô lập.",
                "(2) Bố trí chỗ ở tạm cho các hộ mất nhà cửa.",
            ],
        )
    ]


def test_it_keeps_a_closed_title_as_a_task_before_a_paragraph_ending_in_a_colon() -> None:
    groups = plan_groups(
        "1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm trên địa bàn.\n"
        "Tổ chức các đoàn kiểm tra liên ngành tại:\n- Các chợ đầu mối.\n"
    )
    assert groups[0][0] == "Sở Y tế"
    assert groups[0][1][0] == "chủ trì kiểm tra an toàn thực phẩm trên địa bàn."


def test_it_keeps_bullets_naming_the_same_body_in_one_group() -> None:
    groups = plan_groups(
        "- Giao Sở Xây dựng chủ trì khảo sát nhu cầu sử dụng phần mềm.\n"
        "- Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì đề xuất phương án.\n"
        "- Giao Sở Tư pháp chủ trì thẩm định phương án.\n"
    )
    assert [(heading, len(tasks)) for heading, tasks in groups] == [
        ("Sở Xây dựng", 2),
        ("Sở Tư pháp", 1),
    ]
    # The later bullet is its task as printed, the grounds it opens with included.
    assert groups[0][1][1].startswith("Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì")


def test_it_keeps_numbered_items_naming_the_same_body_as_groups_each() -> None:
    groups = plan_groups(
        "1. Giao Sở Xây dựng chủ trì khảo sát nhu cầu.\n"
        "2. Giao Sở Xây dựng chủ trì đề xuất phương án.\n"
    )
    assert [heading for heading, _ in groups] == ["Sở Xây dựng", "Sở Xây dựng"]


CONCLUSION = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Số 07-KL/VPTW\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKẾT LUẬN\n"
    "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\n"
    "Đồng chí Chánh Văn phòng Trung ương Đảng đã phát biểu kết luận Hội nghị như sau:\n"
    "{body}"
    "Nơi nhận:\n- Các tỉnh uỷ, thành uỷ,\n- Lưu Văn phòng Trung ương Đảng.\n\n"
    "K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nLê Khánh Toàn\n"
)


def _concluded(body: str) -> list[tuple[str, list[str]]]:
    parsed = parse_document(CONCLUSION.format(body=body))
    return [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]


def test_it_reads_a_topics_own_lead_and_a_request_in_its_paragraphs_as_groups() -> None:
    groups = _concluded(
        "1. Về nhiệm vụ trọng tâm đến tháng 6/2027\n"
        "Căn cứ vào phương hướng đã nêu trong Báo cáo, Văn phòng Trung ương Đảng và các văn phòng "
        "tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm "
        "vụ trọng tâm sau:\n"
        "(1) Tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.\n"
        "(2) Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.\n"
        "2. Về các kiến nghị, đề xuất\n"
        "Đề nghị Thường trực các tỉnh uỷ, thành uỷ tiếp tục quan tâm lãnh đạo, chỉ đạo.\n"
    )
    assert groups == [
        (
            "Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ",
            [
                "(1) Tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp.",
                "(2) Nâng cao chất lượng công tác thông tin phục vụ lãnh đạo.",
            ],
        ),
        ("Thường trực các tỉnh uỷ, thành uỷ", ["tiếp tục quan tâm lãnh đạo, chỉ đạo."]),
    ]


def test_it_reads_no_group_from_a_topic_listing_results_or_asking_no_body() -> None:
    groups = _concluded(
        "1. Về đánh giá tình hình hoạt động\n"
        "Văn phòng Trung ương Đảng và các văn phòng tỉnh uỷ, thành uỷ đã đoàn kết, tận tuỵ, đạt "
        "được một số kết quả nổi bật như sau:\n"
        "(1) Công tác tham mưu ngày càng bài bản, chuyên nghiệp.\n"
        "(2) Công tác thư từ, tiếp dân có chuyển biến tích cực.\n"
        "2. Về các kiến nghị\n"
        "Đề nghị Trung ương sớm xem xét, ban hành quy định mới.\n"
    )
    assert groups == []
    assert not looks_addressee("Thường trực tổng hợp báo cáo")


def test_it_reads_counted_parts_of_one_item_as_tasks_each() -> None:
    groups = plan_groups(
        "1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế xây dựng quy trình liên thông. "
        "(ii) Chỉ đạo Đảng uỷ Bộ Giáo dục và Đào tạo xây dựng chương trình hoà nhập.\n"
    )
    assert groups == [
        (
            "Đảng uỷ Chính phủ",
            [
                "(i) Chỉ đạo Đảng uỷ Bộ Y tế xây dựng quy trình liên thông.",
                "(ii) Chỉ đạo Đảng uỷ Bộ Giáo dục và Đào tạo xây dựng chương trình hoà nhập.",
            ],
        )
    ]


def test_it_keeps_an_item_that_cites_a_counted_part_as_one_task() -> None:
    groups = plan_groups(
        "1. Sở Y tế chủ trì thực hiện nội dung tại điểm (ii) và (iii) của Phụ lục kèm theo.\n"
    )
    assert groups == [
        ("Sở Y tế", ["chủ trì thực hiện nội dung tại điểm (ii) và (iii) của Phụ lục kèm theo."])
    ]


def test_it_joins_a_line_opening_with_a_quotation_to_the_unfinished_sentence() -> None:
    lines = prepare_lines(
        "13. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tiếp tục vận động với tinh thần\n"
        "“tình dân tộc, nghĩa đồng bào”; kịp thời phân bổ hỗ trợ cho các địa phương."
    )
    assert len(lines) == 1
    assert lines[0].endswith(
        "với tinh thần “tình dân tộc, nghĩa đồng bào”; kịp thời phân bổ hỗ trợ cho các địa phương."
    )


def test_it_keeps_a_quotation_after_a_finished_sentence_on_its_own_line() -> None:
    lines = prepare_lines(
        "13. Ủy ban Mặt trận Tổ quốc tiếp tục vận động ủng hộ đồng bào.\n"
        "“Lá lành đùm lá rách” là truyền thống của dân tộc."
    )
    assert len(lines) == 2


def test_it_reads_a_dash_alone_on_its_line_as_the_bullet_of_the_line_below() -> None:
    text = normalise_text(
        "- Hạn chế các hoạt động ngoài trời cho học sinh.\n-\nTrường hợp không khí bị ô nhiễm "
        "nghiêm trọng, các trường chủ động tạm dừng học tập.\n"
    )
    assert "- Trường hợp không khí bị ô nhiễm nghiêm trọng" in text


def test_it_drops_a_dash_alone_before_a_table_cell_as_decoration() -> None:
    text = normalise_text("Sở Y tế\n|\n-\n|\n12\n")
    assert "- |" not in text and "\n-\n" not in text
