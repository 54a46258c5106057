"""Section III as central guidances print it: inline headings, broken lines, closing clauses."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee, split_inline
from lantoa.guidance.parsing.groups import is_closing

HEAD = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Số 40-HD/BTGDVTW\nHà Nội, ngày 27 tháng 11 năm 2025\nHƯỚNG DẪN\ntuyên truyền\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
)
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nĐinh Thị Mai\n"


def plan_groups(body: str) -> list[tuple[str, list[str]]]:
    """Return (heading, task texts) of each group the reader finds in a plan around body."""
    parsed = parse_document(HEAD + body + TAIL)
    return [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]


def test_it_splits_an_inline_group_heading_without_a_colon() -> None:
    groups = plan_groups(
        "1. Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp hướng dẫn, theo dõi.\n"
        "2. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa Hướng dẫn này phù "
        "hợp với tình hình địa phương.\n"
        "- Chỉ đạo các cơ quan báo chí tuyên truyền sâu rộng.\n"
    )
    assert [h for h, _ in groups] == [
        "Ban Tuyên giáo và Dân vận Trung ương",
        "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
    ]
    assert groups[1][1][0].startswith("cụ thể hóa Hướng dẫn này")
    assert len(groups[1][1]) == 2


def test_it_reads_a_group_number_alone_on_its_line() -> None:
    groups = plan_groups("1.\nCác tỉnh ủy, thành ủy\n- Tổ chức quán triệt cho cán bộ.\n")
    assert groups == [("Các tỉnh ủy, thành ủy", ["Tổ chức quán triệt cho cán bộ."])]


def test_it_keeps_a_clause_continued_in_lower_case_as_one_task() -> None:
    groups = plan_groups(
        "1. Các tỉnh ủy, thành ủy\n- Tổ chức quán triệt cho cán bộ, đảng viên;\n"
        "bảo đảm nghiêm túc, hiệu quả.\n"
    )
    assert groups[0][1] == [
        "Tổ chức quán triệt cho cán bộ, đảng viên; bảo đảm nghiêm túc, hiệu quả."
    ]


def test_it_does_not_take_a_heading_noun_for_the_verb() -> None:
    assert split_inline("Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành")[0] == (
        "Các cơ quan, đơn vị được giao chủ trì"
    )
    assert split_inline("Các cơ quan, tổ chức từ Trung ương đến cơ sở")[0] == (
        "Các cơ quan, tổ chức từ Trung ương đến cơ sở"
    )
    assert split_inline("Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh")[0] == (
        "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh"
    )
    assert split_inline("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền") == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "phối hợp tuyên truyền",
    )


def test_it_does_not_take_closing_clauses_as_tasks_or_groups() -> None:
    groups = plan_groups(
        "1. Các tỉnh ủy, thành ủy\n- Tổ chức quán triệt cho cán bộ.\n"
        "Hướng dẫn này thay thế Hướng dẫn số 21-HD/BTGTW và có hiệu lực kể từ ngày ký.\n"
        "2. Hướng dẫn này có hiệu lực kể từ ngày ký.\n"
    )
    assert groups == [("Các tỉnh ủy, thành ủy", ["Tổ chức quán triệt cho cán bộ."])]
    assert is_closing("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ban.")


def test_it_does_not_read_a_cited_number_at_a_line_start_as_an_item() -> None:
    groups = plan_groups(
        "1. Các tỉnh ủy, thành ủy\n- Tổ chức quán triệt Kết luận số\n"
        "75-KL/TW, ngày 12/4/2024 của Bộ Chính trị.\n"
    )
    assert groups == [
        (
            "Các tỉnh ủy, thành ủy",
            ["Tổ chức quán triệt Kết luận số 75-KL/TW, ngày 12/4/2024 của Bộ Chính trị."],
        )
    ]


def test_it_reads_units_addressed_in_a_directive_without_an_organisation_part() -> None:
    parsed = parse_document(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 09/CT-UBND\nCần Thơ, ngày 03 tháng 6 năm 2025\n"
        "CHỈ THỊ\nVề tăng cường bảo vệ nước dưới đất\n"
        "1. Các cơ quan quản lý nhà nước tăng cường kiểm tra.\n"
        "2. Trường hợp công trình không còn sử dụng thì trám lấp giếng.\n"
        "3. Sở Nông nghiệp và Môi trường\na) Tăng cường tuyên truyền, phổ biến quy định.\n"
        "b) Tham mưu kế hoạch bảo vệ nước dưới đất.\n"
        "4. Sở Văn hóa, Thể thao và\nDu lịch: chỉ đạo các cơ quan báo chí tuyên truyền.\n" + TAIL
    )
    assert [(g.heading, len(g.tasks)) for g in parsed.unit_groups] == [
        ("Các cơ quan quản lý nhà nước", 1),
        ("Sở Nông nghiệp và Môi trường", 2),
        ("Sở Văn hóa, Thể thao và Du lịch", 1),
    ]


def test_it_reads_units_addressed_in_bullets_of_the_responsibilities_part() -> None:
    groups = plan_groups(
        "1. Thời gian thực hiện\nTừ tháng 6 đến tháng 12/2026.\n2. Trách nhiệm thực hiện\n"
        "- Sở Nội vụ: hướng dẫn, theo dõi, tổng hợp kết quả đợt thi đua.\n"
        "- Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm các thành viên.\n"
    )
    assert [h for h, _ in groups] == ["Sở Nội vụ", "Hội đồng Thi đua - Khen thưởng các cấp"]


def test_it_reads_articles_of_a_regulation_as_items() -> None:
    groups = plan_groups(
        "Điều 20. Quy định này thay thế Quy định số 270-QĐ/TW và có hiệu lực thi hành kể từ "
        "ngày ký.\n"
        "Điều 21. Các cơ quan, tổ chức từ Trung ương đến cơ sở có trách nhiệm thực hiện Quy "
        "định này.\n"
        "Điều 22. Giao Văn phòng Trung ương Đảng hướng dẫn và kiểm tra việc thực hiện.\n"
        "Điều 23. Ban hành kèm theo Quy định này danh mục tài liệu.\n"
    )
    assert [h for h, _ in groups] == [
        "Các cơ quan, tổ chức từ Trung ương đến cơ sở",
        "Văn phòng Trung ương Đảng",
    ]


def test_it_drops_an_intro_that_only_announces_the_tasks_below() -> None:
    groups = plan_groups(
        "1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản thực hiện các nội dung sau:\n"
        "a) Lập dự toán kinh phí quan trắc môi trường.\nb) Tổ chức đánh giá kết quả thực hiện.\n"
        "2. Các đơn vị cấp nước sạch có trách nhiệm\n- Tiếp tục đầu tư mạng lưới cấp nước.\n"
        "Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, báo cáo về "
        "Ủy ban nhân dân tỉnh.\n"
    )
    assert groups == [
        (
            "Sở Nông nghiệp và Môi trường",
            ["Lập dự toán kinh phí quan trắc môi trường.", "Tổ chức đánh giá kết quả thực hiện."],
        ),
        ("Các đơn vị cấp nước sạch", ["Tiếp tục đầu tư mạng lưới cấp nước."]),
    ]


def test_it_joins_a_group_heading_broken_over_two_lines() -> None:
    groups = plan_groups(
        "1. Giám đốc\nSở, Thủ trưởng cơ quan, ban, ngành\n"
        "a) Phối hợp tuyên truyền, phổ biến quy định của pháp luật.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp\n\n"
        "Phụ nữ tỉnh và các tổ chức thành viên của Mặt trận\n\n"
        "- Tham gia phối hợp triển khai thực hiện Kế hoạch này.\n"
    )
    assert groups == [
        (
            "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành",
            ["Phối hợp tuyên truyền, phổ biến quy định của pháp luật."],
        ),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức "
            "thành viên của Mặt trận",
            ["Tham gia phối hợp triển khai thực hiện Kế hoạch này."],
        ),
    ]


def test_it_keeps_an_open_inline_heading_whole_when_its_tasks_follow() -> None:
    groups = plan_groups(
        "1. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình\n"
        "- Phê duyệt kế hoạch giám sát, đánh giá.\n"
        "- Báo cáo kết quả thực hiện.\n"
    )
    assert groups == [
        (
            "Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án thuộc Chương trình",
            ["Phê duyệt kế hoạch giám sát, đánh giá.", "Báo cáo kết quả thực hiện."],
        )
    ]


def test_it_reads_the_issuers_last_call_to_every_unit_as_closing() -> None:
    assert is_closing(
        "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố nghiêm túc triển khai "
        "thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả."
    )
    assert not is_closing("Ủy ban nhân dân các xã, phường triển khai kế hoạch trên địa bàn.")


def test_it_reads_a_long_list_of_bodies_before_what_they_do() -> None:
    bodies = ", ".join(f"Cơ quan số {n} của tỉnh" for n in range(1, 14))
    groups = plan_groups(
        f"1. Sở Nội vụ chủ trì theo dõi việc thực hiện.\n2. Đề nghị Văn phòng Tỉnh ủy, {bodies} "
        "tăng cường công tác bảo vệ bí mật nhà nước.\n"
    )
    assert len(groups) == 2
    assert groups[1][0].startswith("Văn phòng Tỉnh ủy, Cơ quan số 1")
    assert groups[1][1] == ["tăng cường công tác bảo vệ bí mật nhà nước."]


def test_it_reads_counted_facilities_as_addressees() -> None:
    groups = plan_groups(
        "1. Sở Nông nghiệp và Môi trường: Hướng dẫn quan trắc môi trường.\n"
        "2. Các cơ sở nuôi trồng thủy sản: Theo dõi, giám sát môi trường tại cơ sở.\n"
        "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./.\n"
    )
    assert groups[1] == (
        "Các cơ sở nuôi trồng thủy sản",
        ["Theo dõi, giám sát môi trường tại cơ sở."],
    )


def test_it_keeps_a_lettered_item_and_its_bullets_as_one_task() -> None:
    groups = plan_groups(
        "1. Các sở, ngành\n"
        "a) Giao Công an tỉnh kịp thời phát hiện và xử lý vi phạm;\n"
        "b) Giao Ban Quản lý các khu công nghiệp chỉ đạo các đơn vị có trách nhiệm:\n"
        "- Đối với khu công nghiệp đã có nước sạch, tiếp tục duy trì.\n"
        "- Vận động các doanh nghiệp sản xuất tiết kiệm nước.\n"
    )
    ((heading, tasks),) = groups
    assert len(tasks) == 2
    assert tasks[1].startswith("Giao Ban Quản lý các khu công nghiệp")
    assert tasks[1].endswith("Vận động các doanh nghiệp sản xuất tiết kiệm nước.")


def test_it_reads_groups_introduced_by_doi_voi() -> None:
    groups = plan_groups(
        "1. Đối với các tỉnh ủy, thành ủy\n- Chỉ đạo tuyên truyền sâu rộng.\n"
        "2. Đối với các cơ quan báo chí: Mở chuyên mục tuyên truyền.\n"
    )
    assert groups == [
        ("Các tỉnh ủy, thành ủy", ["Chỉ đạo tuyên truyền sâu rộng."]),
        ("Các cơ quan báo chí", ["Mở chuyên mục tuyên truyền."]),
    ]


def test_it_drops_what_follows_a_closing_clause_in_the_last_group() -> None:
    groups = plan_groups(
        "1. Sở, ban, ngành và Ủy ban nhân dân xã, phường\n"
        "Căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện Kế hoạch.\n"
        "Trên đây là Kế hoạch thực hiện\n"
        "Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về dân số.\n"
    )
    assert groups == [
        (
            "Sở, ban, ngành và Ủy ban nhân dân xã, phường",
            ["Căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện Kế hoạch."],
        )
    ]


def test_it_keeps_a_hyphenated_phrase_cut_at_its_dash_and_nouns_after_cac() -> None:
    groups = plan_groups(
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội:\n"
        "- Vận động đoàn viên, hội viên phối hợp tổ chức chính trị\n"
        "- xã hội tại địa phương thực hiện công tác tuyên truyền.\n"
    )
    assert groups == [
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
            [
                "Vận động đoàn viên, hội viên phối hợp tổ chức chính trị - xã hội tại địa phương "
                "thực hiện công tác tuyên truyền."
            ],
        )
    ]


def test_it_keeps_a_lettered_item_completed_by_its_bullets_as_one_task() -> None:
    groups = plan_groups(
        "1. Công an tỉnh\n"
        "a) Chủ trì tham mưu thực hiện chức năng chủ quản Chương trình.\n"
        "b) Chủ trì, phối hợp\n"
        "- Sở Tài chính cân đối, bố trí ngân sách thực hiện Chương trình.\n"
        "- Sở Nội vụ tham mưu phân cấp quản lý.\n"
    )
    ((_heading, tasks),) = groups
    assert len(tasks) == 2
    assert tasks[1].startswith("Chủ trì, phối hợp Sở Tài chính cân đối")


def test_it_ends_an_inline_heading_before_how_and_after_viec() -> None:
    assert split_inline(
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức thích "
        "hợp, tổ chức tuyên truyền và vận động đoàn viên."
    ) == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh",
        "bằng nhiều hình thức thích hợp, tổ chức tuyên truyền và vận động đoàn viên.",
    )
    head, _ = split_inline(
        "Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm "
        "thường xuyên phối hợp."
    )
    assert head == "Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này"


def test_it_reads_a_when_line_under_a_task_as_that_tasks_deadline() -> None:
    parsed = parse_document(
        HEAD + "1. Sở Tư pháp\n- Hướng dẫn các xã, phường tổ chức phổ biến pháp luật.\n"
        "- Thời hạn: Quý I/2026.\n- Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy.\n" + TAIL
    )
    (group,) = parsed.unit_groups
    assert [t.text[:9] for t in group.tasks] == ["Hướng dẫn", "Tổng hợp "]
    first, second = group.tasks
    assert first.deadline is not None and first.deadline.text == "Quý I/2026"
    assert first.deadline.date is None and second.deadline is None


DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 1627/QĐ-UBND\nQuảng Ngãi, ngày 21 tháng 11 năm 2025\n"
    "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH KIỂM KÊ TÀI SẢN CÔNG\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm kê tài sản công.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Bộ Tài chính;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    "Nguyễn Ngọc Sâm\nKẾ HOẠCH\nKIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ NĂM 2026\n"
    "(Kèm theo Quyết định số: 1627/QĐ-UBND ngày 21/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh)\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: xác định số lượng tài sản công.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Trên cơ sở nội dung Kế hoạch nêu trên, các sở, ban, ngành tỉnh, "
    "Ủy ban nhân dân các phường, xã căn cứ nội dung Kế hoạch để thành lập Ban Chỉ đạo kiểm kê.\n"
    "2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan phản hồi về Sở Tài chính./.\n"
)


def test_it_reads_the_plan_a_decision_issues_after_its_signature() -> None:
    parsed = parse_document(DECISION)
    assert (parsed.document.type, parsed.document.number) == ("Quyết định", "1627/QĐ-UBND")
    assert parsed.document.signer.name == "Nguyễn Ngọc Sâm"
    assert [(g.heading, [t.text[:22] for t in g.tasks]) for g in parsed.unit_groups] == [
        ("Các sở, ban, ngành tỉnh, Ủy ban nhân dân các phường, xã", ["căn cứ nội dung Kế hoạ"])
    ]


def test_it_reads_no_groups_from_an_appendix_of_tables() -> None:
    text = DECISION.replace("KẾ HOẠCH\nKIỂM KÊ", "PHỤ LỤC\nKIỂM KÊ")
    assert parse_document(text).unit_groups == []


def test_it_keeps_an_intro_that_states_a_duty_before_its_list() -> None:
    groups = plan_groups(
        "1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện "
        "Đề án trên địa bàn; tổ chức thực hiện các nhiệm vụ sau:\n"
        "- Điều phối chung, đôn đốc việc triển khai Kế hoạch.\n"
        "2. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện như sau:\n"
        "- Tập huấn chuyên môn cho đội ngũ y tế cơ sở.\n"
        "3. Ủy ban nhân dân các xã chủ động bố trí kinh phí từ nguồn vốn ngân sách địa phương "
        "trong kế hoạch hàng năm, nguồn Quỹ Phòng, chống thiên tai được trích lại, đồng thời huy "
        "động các nguồn vốn hợp pháp khác để triển khai thực hiện các nội dung của Kế hoạch trên "
        "địa bàn, tập trung một số nhiệm vụ cụ thể sau:\n"
        "- Tổ chức các lớp tập huấn cho người dân.\n"
    )
    assert [(h, [t[:20] for t in ts]) for h, ts in groups] == [
        ("Sở Nông nghiệp và Môi trường", ["là cơ quan đầu mối, ", "Điều phối chung, đôn"]),
        ("Sở Y tế", ["Tập huấn chuyên môn "]),
        ("Ủy ban nhân dân các xã", ["chủ động bố trí kinh", "Tổ chức các lớp tập "]),
    ]


def test_it_reads_areas_and_youth_bodies_as_addressees() -> None:
    groups = plan_groups(
        "1. Các huyện, thị xã, thành phố\n- Xây dựng kế hoạch tuyên truyền tại địa phương.\n"
        "2. Các huyện đoàn, chi đoàn\n- Tổ chức sinh hoạt chuyên đề trong đoàn viên.\n"
        "3. Xã hội hóa nguồn lực cho công tác tuyên truyền\n- Huy động các doanh nghiệp.\n"
    )
    assert [h for h, _ in groups] == ["Các huyện, thị xã, thành phố", "Các huyện đoàn, chi đoàn"]


def test_it_reads_encouraged_bodies_and_ends_at_the_issuers_last_call() -> None:
    groups = plan_groups(
        "1. Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh chỉ đạo hệ thống tổ chức "
        "đoàn cơ sở tham gia mạng lưới hỗ trợ chuyển đổi số.\n"
        "2. Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, dẫn dắt sự phát triển kinh tế số.\n"
        "3. Sở Khoa học và Công nghệ\n"
        "a) Xây dựng các Chương trình hỗ trợ doanh nghiệp giai đoạn 2026\n"
        "- 2030, tập trung vào các doanh nghiệp sản xuất thiết bị IoT.\n"
        "b) Chủ trì tổng hợp kết quả thực hiện Kế hoạch.\n"
        "Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã; các đơn vị liên quan "
        "căn cứ nhiệm vụ được phân công triển khai thực hiện tốt Kế hoạch này.\n"
        "(Kèm theo Phụ lục danh mục các nhiệm vụ trọng tâm).\n"
    )
    assert [(h, [t[:24] for t in ts]) for h, ts in groups] == [
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", ["chỉ đạo hệ thống tổ chức"]),
        ("Các doanh nghiệp nhà nước, Tổng Công ty", ["tiên phong, dẫn dắt sự p"]),
        ("Sở Khoa học và Công nghệ", ["Xây dựng các Chương trìn", "Chủ trì tổng hợp kết quả"]),
    ]
    assert groups[2][1][0].endswith(
        "giai đoạn 2026 - 2030, tập trung vào các doanh nghiệp sản xuất thiết bị IoT."
    )


def test_it_ends_a_heading_before_tuan_thu_and_tren_co_so() -> None:
    groups = plan_groups(
        "1. Các cơ sở sản xuất tuân thủ nghiêm các quy định của pháp luật về bảo vệ môi trường.\n"
        "2. Bộ Tài chính, Ủy ban nhân dân các tỉnh trên cơ sở đề xuất kinh phí của các bộ, "
        "ngành, địa phương, chủ trì tổng hợp, trình cấp có thẩm quyền bố trí kinh phí.\n"
    )
    assert [h for h, _ in groups] == [
        "Các cơ sở sản xuất",
        "Bộ Tài chính, Ủy ban nhân dân các tỉnh",
    ]


def test_the_press_opening_a_column_ends_its_inline_heading() -> None:
    groups = plan_groups(
        "1. Ban Tuyên giáo các huyện ủy chủ trì hướng dẫn tuyên truyền.\n"
        "2. Các cơ quan báo chí của tỉnh mở chuyên mục tuyên truyền Kết luận trong năm 2026.\n"
        "3. Cổng thông tin điện tử tỉnh đăng tải toàn văn Kết luận và tài liệu tuyên truyền.\n"
        "4. Trung tâm Văn hóa - Thể thao - Truyền thông huyện tăng thời lượng phát sóng, đưa tin "
        "về Kết luận.\n"
        "5. Đài Truyền thanh xã đưa tin về Kết luận trên hệ thống loa.\n"
    )
    assert [h for h, _ in groups] == [
        "Ban Tuyên giáo các huyện ủy",
        "Các cơ quan báo chí của tỉnh",
        "Cổng thông tin điện tử tỉnh",
        "Trung tâm Văn hóa - Thể thao - Truyền thông huyện",
        "Đài Truyền thanh xã",
    ]
    assert groups[1][1][0].startswith("mở chuyên mục tuyên truyền")


def test_a_portal_named_as_a_topic_is_no_addressee() -> None:
    assert not looks_addressee("Cổng thông tin điện tử")
    assert looks_addressee("Cổng Thông tin điện tử tỉnh Điện Biên")
