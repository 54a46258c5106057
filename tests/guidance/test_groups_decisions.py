"""Section III as a Quyết định prints it: chapters and articles over numbered clauses."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee
from lantoa.guidance.parsing.sections import classify

from .test_groups import HEAD as PLAN_HEAD
from .test_groups import TAIL as PLAN_TAIL
from .test_groups import plan_groups

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\n"
    "Số: 12/2012/QĐ-UBND\n"
    "Tuyên Quang, ngày 25 tháng 6 năm 2012\n"
    "QUYẾT ĐỊNH\n"
    "VỀ VIỆC BAN HÀNH QUY ĐỊNH TẶNG QUÀ ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về việc tặng quà.\n"
    "Điều 2. Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm chủ trì, phối hợp "
    "với các cơ quan liên quan tổ chức triển khai, hướng dẫn, kiểm tra việc thực hiện Quyết "
    "định này.\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi "
    "hành Quyết định này./.\n"
    "| Nơi nhận: - Như Điều 3; - Lưu VT. | TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH Chẩu Văn Lâm |\n"
    "QUY ĐỊNH\n"
    "VỀ VIỆC TẶNG QUÀ ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG (Ban hành kèm theo Quyết định số "
    "12/2012/QĐ-UBND ngày 25/6/2012 của Ủy ban nhân dân tỉnh Tuyên Quang)\n"
    "Chương I\n"
    "NHỮNG QUY ĐỊNH CHUNG\n"
    "Điều 1. Một số quy định chung:\n"
    "1. Mỗi một liệt sĩ thì đại diện gia đình thờ cúng liệt sĩ được nhận một suất quà.\n"
    "2. Khuyến khích các tổ chức, cá nhân tham gia thăm hỏi, tặng quà đối tượng chính sách.\n"
)


def groups_of(body: str) -> list[tuple[str, list[str]]]:
    """Return (heading, task texts) of each group the reader finds in a decision around body."""
    parsed = parse_document(HEAD + body)
    return [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]


def test_it_reads_the_bodies_that_a_chapters_article_assigns() -> None:
    groups = groups_of(
        "Chương III\n"
        "TỔ CHỨC THỰC HIỆN\n"
        "Điều 5. Giao trách nhiệm:\n"
        "1. Sở Lao động - Thương binh và Xã hội:\n"
        "Hằng năm xây dựng kế hoạch, dự toán kinh phí tặng quà trình Ủy ban nhân dân tỉnh.\n"
        "- Triển khai, hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện quy định này.\n"
        "2. Sở Tài chính: Thẩm định dự toán, cấp kinh phí, thanh quyết toán theo quy định.\n"
        "3. Ủy ban nhân dân huyện, thành phố có trách nhiệm chỉ đạo lập danh sách đối tượng.\n"
        "Điều 6. Quy định này được phổ biến rộng rãi đến các cơ quan, ban, ngành trong tỉnh.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Sở Lao động - Thương binh và Xã hội", 2),
        ("Sở Tài chính", 1),
        ("Ủy ban nhân dân huyện, thành phố", 1),
    ]


def test_it_reads_an_articles_numbered_clauses_as_its_own() -> None:
    groups = groups_of(
        "Điều 8. Tổ chức thực hiện\n"
        "1. Trách nhiệm của các Bộ, ngành Trung ương\n"
        "a) Bộ Xây dựng:\n"
        "- Chủ trì, phối hợp với các Bộ, ngành liên quan hướng dẫn các tỉnh triển khai.\n"
        "- Bố trí kinh phí cho công tác chỉ đạo, hướng dẫn, kiểm tra, đôn đốc.\n"
        "b) Bộ Tài chính:\n"
        "Phối hợp với Bộ Xây dựng bố trí vốn từ ngân sách trung ương hỗ trợ tỉnh.\n"
        "2. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
        "a) Công bố công khai về đối tượng, tiêu chuẩn được hỗ trợ;\n"
        "b) Chỉ đạo công tác lập dự toán, quản lý, cấp phát nguồn vốn hỗ trợ.\n"
        "Điều 9. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 6 năm 2013.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Bộ Xây dựng", 2),
        ("Bộ Tài chính", 1),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", 2),
    ]


def test_it_reads_a_chapter_named_for_the_duties_of_bodies() -> None:
    groups = groups_of(
        "Chương II\n"
        "QUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC NGÀNH VÀ CÁC CẤP NGÂN SÁCH\n"
        "Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ\n"
        "1. Thẩm tra dự toán kinh phí hàng năm của các Phòng Lao động - Thương binh và Xã hội.\n"
        "2. Lập Bảng kê tăng và in danh sách chi trả trợ cấp hàng tháng.\n"
        "Điều 5. Kho bạc Nhà nước Thành phố có nhiệm vụ\n"
        "1. Hướng dẫn mở tài khoản rút dự toán; thanh toán và kiểm soát chi nguồn kinh phí.\n"
        "Chương III\n"
        "XỬ LÝ VI PHẠM VÀ TỔ CHỨC THỰC HIỆN\n"
        "Điều 10. Xử lý vi phạm\n"
        "Cơ quan, tổ chức, cá nhân nếu vi phạm thì tùy theo mức độ sẽ xử lý kỷ luật.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Sở Lao động - Thương binh và Xã hội", 2),
        ("Kho bạc Nhà nước Thành phố", 1),
    ]


def test_it_reads_a_chapter_line_as_a_part() -> None:
    chapter, part = classify("Chương III"), classify("MỤC IV. TỔ CHỨC THỰC HIỆN")
    assert chapter is not None and chapter.kind == "roman"
    assert part is not None and part.kind == "roman"


def test_it_reads_a_programme_or_a_cited_chapter_as_text() -> None:
    # "Chương trình …", a chapter cited inside a sentence: no part.
    assert classify("Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết") is None
    assert classify("Chương II của Luật quy định về quyền của người dân") is None


def test_it_takes_no_item_that_mentions_bodies_duties_for_a_part() -> None:
    # Only a part (a chapter, a roman part) named for the duties of bodies assigns them.
    groups = plan_groups(
        "1. Nâng cao trách nhiệm của các cấp ủy, tổ chức đảng trong công tác tuyên truyền\n"
        "- Các cấp ủy quán triệt sâu rộng đến cán bộ, đảng viên.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Tuyên giáo Tỉnh ủy chủ trì, hướng dẫn, theo dõi việc thực hiện.\n"
        "2. Các huyện ủy, thành ủy xây dựng kế hoạch triển khai thực hiện.\n"
    )
    assert [h for h, _ in groups] == ["Ban Tuyên giáo Tỉnh ủy", "Các huyện ủy, thành ủy"]


def test_it_gives_the_items_the_time_limit_their_introduction_sets() -> None:
    parsed = parse_document(
        HEAD + "Chương III\n"
        "TRÌNH TỰ, THỦ TỤC GIẢI QUYẾT VÀ TRÁCH NHIỆM CỦA CÁC TỔ CHỨC, CÁ NHÂN CÓ LIÊN QUAN\n"
        "Điều 7. Đối với các cơ quan nhà nước\n"
        "1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ xin miễn, giảm tiền sử "
        "dụng đất, trong thời hạn không quá 15 (mười lăm) ngày làm việc kể từ ngày nhận hồ sơ có "
        "trách nhiệm:\n"
        "a) Tiến hành bình xét, lấy ý kiến công khai của các tổ chức, đoàn thể và nhân dân.\n"
        "b) Lập văn bản đề nghị Ủy ban nhân dân huyện xem xét, giải quyết trước ngày 20/12/2011.\n"
        "2. Cơ quan Thuế: Căn cứ vào hồ sơ tiếp nhận, trình Ủy ban nhân dân tỉnh ban hành quyết "
        "định miễn, giảm tiền sử dụng đất.\n"
        "Thời gian thực hiện tại cơ quan Thuế không quá 03 (ba) ngày làm việc kể từ ngày nhận đủ "
        "hồ sơ.\n"
    )
    got = [
        (g.heading, [(t.deadline.kind, t.deadline.days or t.deadline.date) for t in g.tasks])
        for g in parsed.unit_groups
        if all(t.deadline for t in g.tasks)
    ]
    assert got == [
        (
            "Ủy ban nhân dân xã, phường, thị trấn",
            [("within_days", 15), ("date", date(2011, 12, 20))],
        ),
        ("Cơ quan Thuế", [("within_days", 3)]),
    ]
    assert len(parsed.unit_groups) == 2


def test_it_gives_no_item_a_time_limit_its_introduction_does_not_set() -> None:
    groups = parse_document(
        PLAN_HEAD + "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính có trách nhiệm:\n"
        "a) Thẩm định dự toán, cấp kinh phí tặng quà hằng năm cho các đối tượng.\n"
        "b) Hướng dẫn thanh quyết toán theo đúng quy định trước ngày 15/01/2027.\n"
        "2. Ủy ban nhân dân huyện, thành phố chỉ đạo lập danh sách đối tượng trong năm 2026.\n"
        + PLAN_TAIL
    ).unit_groups
    first = [t.deadline.date if t.deadline else None for t in groups[0].tasks]
    assert first == [None, date(2027, 1, 15)]


def test_it_reads_a_later_paragraph_charging_a_body_as_a_task_of_its_own() -> None:
    groups = plan_groups(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm:\n"
        "a) Tiến hành bình xét, lấy ý kiến công khai của các tổ chức, đoàn thể và nhân dân.\n"
        "b) Lập văn bản đề nghị Ủy ban nhân dân huyện xem xét, giải quyết.\n"
        "Hàng quý, UBND xã, phường, thị trấn có trách nhiệm lập hồ sơ, thống kê các đối tượng.\n"
        "2. Phòng Lao động - Thương binh và Xã hội huyện: Thường xuyên kiểm tra, hướng dẫn.\n"
        "Phòng Lao động - Thương binh và Xã hội huyện phải thực hiện kiểm tra tối thiểu một "
        "lần/năm.\n"
    )
    assert [len(t) for _h, t in groups] == [3, 2]
    assert groups[0][1][2].startswith("Hàng quý, UBND xã")


def test_it_keeps_a_note_or_a_restated_condition_with_its_item() -> None:
    groups = plan_groups(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm:\n"
        "a) Lập văn bản đề nghị Ủy ban nhân dân huyện xem xét, giải quyết.\n"
        "Lưu ý: Văn bản đề nghị của Ủy ban nhân dân xã phải thể hiện rõ các nội dung.\n"
        "b) Trả lời bằng văn bản cho người sử dụng đất được biết.\n"
        "Trường hợp hồ sơ chưa đầy đủ thì Ủy ban nhân dân xã hướng dẫn bổ sung.\n"
    )
    assert [len(t) for _h, t in groups] == [2]


def test_it_keeps_a_note_printed_as_a_bullet_with_the_task_before_it() -> None:
    groups = plan_groups(
        "1. Thủ trưởng các sở, ban, ngành chỉ đạo xây dựng kế hoạch bảo vệ bí mật nhà nước.\n"
        "* Lưu ý: Đối với các vụ lộ, mất bí mật nhà nước phải báo cáo ngay về Ủy ban nhân dân "
        "tỉnh.\n"
        "2. Công an tỉnh hướng dẫn, kiểm tra việc thực hiện.\n"
    )
    assert [len(t) for _h, t in groups] == [1, 1]
    assert groups[0][1][0].endswith("phải báo cáo ngay về Ủy ban nhân dân tỉnh.")


def test_it_keeps_a_bullet_that_asks_to_heed_something_as_a_task() -> None:
    groups = plan_groups(
        "1. Thủ trưởng các sở, ban, ngành\n"
        "- Chỉ đạo xây dựng kế hoạch bảo vệ bí mật nhà nước.\n"
        "- Lưu ý rà soát kỹ danh mục bí mật nhà nước của cơ quan, đơn vị mình.\n"
    )
    assert [len(t) for _h, t in groups] == [2]


def test_it_reads_the_body_a_part_in_prose_charges() -> None:
    groups = groups_of(
        "Chương II\n"
        "QUYỀN HẠN, TRÁCH NHIỆM CỦA CÁC NGÀNH VÀ CÁC CẤP NGÂN SÁCH\n"
        "Điều 4. Kho bạc Nhà nước Thành phố có nhiệm vụ\n"
        "1. Hướng dẫn mở tài khoản rút dự toán; thanh toán và kiểm soát chi nguồn kinh phí.\n"
        "Chương III\n"
        "XỬ LÝ VI PHẠM VÀ TỔ CHỨC THỰC HIỆN\n"
        "Điều 11. Tổ chức thực hiện\n"
        "Công tác cấp phát, quản lý kinh phí do ngành Lao động - Thương binh và Xã hội quản lý. "
        "Giám đốc Sở Lao động - Thương binh và Xã hội chủ trì hướng dẫn và phối hợp với Kho bạc "
        "Nhà nước Thành phố thường xuyên kiểm tra việc thực hiện Quy chế này.\n"
        "Trong quá trình thực hiện nếu có vướng mắc, Ủy ban nhân dân các cấp phản ánh kịp thời về "
        "Sở Lao động - Thương binh và Xã hội để tổng hợp, đề xuất.\n"
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Kho bạc Nhà nước Thành phố", 1),
        ("Giám đốc Sở Lao động - Thương binh và Xã hội", 1),
    ]
    assert groups[1][1][0].startswith("chủ trì hướng dẫn")


def test_it_reads_no_group_from_prose_that_charges_no_body() -> None:
    groups = groups_of(
        "Chương III\n"
        "TỔ CHỨC THỰC HIỆN\n"
        "Điều 6. Tổ chức thực hiện\n"
        "Quy định này được phổ biến rộng rãi đến các cơ quan, ban, ngành, địa phương trong tỉnh. "
        "Trong quá trình thực hiện nếu có khó khăn vướng mắc, các sở, ban, ngành tổng hợp báo cáo "
        "Ủy ban nhân dân tỉnh để xem xét chỉ đạo giải quyết kịp thời.\n"
    )
    assert groups == []


def test_it_reads_no_task_from_a_title_that_introduces_lettered_items() -> None:
    groups = plan_groups(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân phường - xã, thị trấn có nhiệm vụ\n"
        "1.1. Trực tiếp quản lý đối tượng, tiền mặt và các khoản chi trợ cấp ưu đãi.\n"
        "1.2. Chỉ đạo cán bộ Lao động - Thương binh và Xã hội:\n"
        "a) Mở sổ theo dõi và quản lý từng loại đối tượng.\n"
        "b) Kiểm tra, lập danh sách những đối tượng đã chết, chuyển đi địa phương khác.\n"
    )
    assert [len(t) for _h, t in groups] == [3]
    assert not any(t.startswith("Chỉ đạo cán bộ") for t in groups[0][1])


def test_it_keeps_a_title_that_introduces_bullets_as_a_task() -> None:
    groups = plan_groups(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân phường - xã, thị trấn có nhiệm vụ\n"
        "1.1. Trực tiếp quản lý đối tượng, tiền mặt và các khoản chi trợ cấp ưu đãi.\n"
        "1.2. Chỉ đạo cán bộ kế toán và thủ quỹ:\n"
        "- Thủ quỹ: rút tiền mặt về nhập quỹ kịp thời và đầy đủ.\n"
        "- Kế toán: phải mở sổ sách theo dõi đầy đủ nguồn kinh phí.\n"
    )
    assert [len(t) for _h, t in groups] == [4]


def test_it_reads_a_paragraph_charging_a_body_after_a_bullet_as_a_task() -> None:
    groups = plan_groups(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân huyện, thị xã, thành phố có trách nhiệm:\n"
        "a) Thẩm tra, xác minh lại từng trường hợp cụ thể về đối tượng, mức miễn, giảm.\n"
        "- Trường hợp hồ sơ chưa đầy đủ thì có văn bản trả lời Ủy ban nhân dân xã.\n"
        "Hàng quý, Ủy ban nhân dân huyện, thị xã, thành phố có trách nhiệm tổng hợp việc miễn, "
        "giảm để báo cáo Sở Lao động - Thương binh và Xã hội.\n"
    )
    assert [len(t) for _h, t in groups] == [3]
    assert groups[0][1][2].startswith("Hàng quý, Ủy ban nhân dân huyện")


def test_it_reads_an_article_number_alone_on_its_line_as_an_article() -> None:
    parsed = parse_document(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 142/2008/QĐ-TTg\nHà Nội, ngày 27 tháng 10 năm 2008\n"
        "QUYẾT ĐỊNH\nVỀ THỰC HIỆN CHẾ ĐỘ ĐỐI VỚI QUÂN NHÂN THAM GIA KHÁNG CHIẾN\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Quân nhân tham gia kháng chiến được hưởng chế độ trợ cấp theo Quyết định này.\n"
        "Điều 7.\n"
        "1. Bộ Quốc phòng chủ trì, phối hợp với Bộ Tài chính hướng dẫn thực hiện Quyết định.\n"
        "2. Bộ Tài chính có trách nhiệm bố trí ngân sách hàng năm để thực hiện chế độ.\n"
        "Điều 8.\n"
        "1. Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo.\n"
        "| Nơi nhận: - Các Bộ; - Lưu VT. | THỦ TƯỚNG Nguyễn Tấn Dũng |\n"
    )
    groups = [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]
    assert groups == [
        ("Bộ Quốc phòng", ["chủ trì, phối hợp với Bộ Tài chính hướng dẫn thực hiện Quyết định."]),
        ("Bộ Tài chính", ["có trách nhiệm bố trí ngân sách hàng năm để thực hiện chế độ."]),
    ]
    article = classify("Điều 8.")
    assert article is not None and article.label == "Điều 8"
    # A sentence that starts with an article's number stays a paragraph.
    assert classify("Điều 8 của Luật quy định về quyền của người dân") is None


def test_it_reads_the_body_named_after_a_period_and_gives_its_task_the_periods_time() -> None:
    parsed = parse_document(
        HEAD + "Điều 9. Tổ chức thực hiện\n"
        "1. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí tặng quà.\n"
        "2. Định kỳ trước ngày 15 tháng 12 hằng năm và khi có yêu cầu, Ủy ban nhân dân các huyện "
        "có trách nhiệm báo cáo kết quả tặng quà gửi Sở Lao động - Thương binh và Xã hội.\n"
    )
    groups = parsed.unit_groups
    assert [g.heading for g in groups] == ["Sở Tài chính", "Ủy ban nhân dân các huyện"]
    task = groups[1].tasks[0]
    assert task.text.startswith("có trách nhiệm báo cáo kết quả tặng quà")
    assert task.deadline is not None and "trước ngày 15 tháng 12 hằng năm" in task.deadline.text


def test_a_period_before_no_body_names_no_group() -> None:
    groups = groups_of(
        "Điều 9. Tổ chức thực hiện\n"
        "1. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí tặng quà.\n"
        "2. Định kỳ trước ngày 15 tháng 12 hằng năm, kết quả tặng quà được báo cáo về Sở.\n"
    )
    assert [h for h, _t in groups] == ["Sở Tài chính"]


TEAM_HEAD = (
    "ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH\nBAN THƯỜNG TRỰC\nSố: 05/QĐ-MTTQ-BTT\n"
    "An Bình, ngày 10 tháng 01 năm 2026\nQUYẾT ĐỊNH\nVề việc thành lập Tổ giúp việc\n"
    "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH\n"
    "Căn cứ Kế hoạch số 12/KH-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực;\nQUYẾT ĐỊNH\n"
    "Điều 1. Thành lập Tổ giúp việc Ban Thường trực, gồm các thành viên:\n"
    "1. Bà Nguyễn Thị An - Phó Chủ tịch - Tổ trưởng.\n2. Ông Trần Văn Bình - Chuyên viên.\n"
)
TEAM_TAIL = (
    "Điều 3. Ban Thường trực Ủy ban MTTQ xã và các ông (bà) có tên tại Điều 1 chịu trách "
    "nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLê Thị Cúc\n"
)


def test_it_reads_the_duties_of_the_team_a_decision_sets_up() -> None:
    parsed = parse_document(
        TEAM_HEAD + "Điều 2. Nhiệm vụ của Tổ giúp việc:\n"
        "- Giúp Ban Thường trực theo dõi, tổng hợp tình hình thực hiện kế hoạch.\n"
        "- Thực hiện các nhiệm vụ khác do Ban Thường trực giao.\n"
        "- Tổ giúp việc tự giải thể sau khi hoàn thành nhiệm vụ.\n" + TEAM_TAIL
    )
    assert [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups] == [
        (
            "Tổ giúp việc",
            [
                "Giúp Ban Thường trực theo dõi, tổng hợp tình hình thực hiện kế hoạch.",
                "Thực hiện các nhiệm vụ khác do Ban Thường trực giao.",
            ],
        )
    ]


def test_it_reads_no_group_from_an_article_of_duties_that_names_no_body() -> None:
    parsed = parse_document(
        TEAM_HEAD + "Điều 2. Nhiệm vụ trọng tâm:\n"
        "- Theo dõi, tổng hợp tình hình thực hiện kế hoạch.\n" + TEAM_TAIL
    )
    assert parsed.unit_groups == []
    # "Tổ" names a team by what it does, never the fatherland.
    assert not looks_addressee("Tổ quốc Việt Nam")
