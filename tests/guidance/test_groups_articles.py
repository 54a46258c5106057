"""Section III in a Quyết định's own articles: one article charging a body, the last one closing."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.addressee import looks_addressee, split_inline
from lantoa.guidance.parsing.closing import is_closing

HEAD = (
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n"
    "Số: 6154/QĐ-UBND\n"
    "Hà Nội, ngày 30 tháng 12 năm 2011\n"
    "QUYẾT ĐỊNH\n"
    "VỀ VIỆC THỰC HIỆN CHẾ ĐỘ ĐIỀU DƯỠNG LUÂN PHIÊN ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Thực hiện chế độ điều dưỡng luân phiên 02 năm một lần đối với người có công.\n"
)
TAIL = "| Nơi nhận: - Như Điều 3; - Lưu VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Thế Thảo |\n"
LAST = (
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở: Lao động Thương binh "
    "và Xã hội, Tài chính; Chủ tịch Ủy ban nhân dân các quận, huyện chịu trách nhiệm thi hành "
    "Quyết định này kể từ ngày ký./.\n"
)


def groups_of(body: str) -> list[tuple[str, int]]:
    """Return (heading, number of tasks) of each group the reader finds in a decision."""
    return [(g.heading, len(g.tasks)) for g in parse_document(HEAD + body + TAIL).unit_groups]


def test_it_reads_the_last_article_listing_officials_as_closing() -> None:
    assert is_closing(LAST[len("Điều 3. ") :])
    # Bodies listed with ";" that each take a task are no closing clause.
    assert not is_closing("Sở Tư pháp chủ trì thẩm định; Sở Tài chính bố trí kinh phí thực hiện.")


def test_it_reads_the_one_article_that_charges_a_body() -> None:
    groups = groups_of(
        "Điều 2. Sở Lao động Thương binh và Xã hội có trách nhiệm xây dựng kế hoạch điều dưỡng "
        "người có công trong kế hoạch dự toán ngân sách hằng năm.\n" + LAST
    )
    assert groups == [("Sở Lao động Thương binh và Xã hội", 1)]


def test_it_reads_the_bodies_an_articles_clauses_name() -> None:
    groups = groups_of(
        "Điều 7. Trách nhiệm của các Bộ và Ủy ban nhân dân tỉnh, thành phố\n"
        "1. Việc xác nhận, xét duyệt đối tượng phải bảo đảm công khai, chặt chẽ, chính xác.\n"
        "2. Bộ Lao động - Thương binh và Xã hội phối hợp với Bộ Nội vụ hướng dẫn thực hiện.\n"
        "3. Bộ Tài chính chịu trách nhiệm bố trí ngân sách hàng năm để thực hiện chế độ.\n"
        "Điều 8. Hiệu lực thi hành\n"
        "1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2011.\n"
    )
    assert groups == [("Bộ Lao động - Thương binh và Xã hội", 1), ("Bộ Tài chính", 1)]


def test_it_keeps_an_article_charging_a_body_with_clauses_of_tasks_one_group() -> None:
    groups = groups_of(
        "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n"
        "1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch thời gian năm học đúng quy định.\n"
        "2. Chủ trì, phối hợp với các ngành có liên quan hướng dẫn, kiểm tra việc thực hiện.\n"
        + LAST
    )
    assert groups == [("Giám đốc Sở Giáo dục và Đào tạo", 2)]


def test_it_reads_two_articles_charging_bodies_as_before() -> None:
    groups = groups_of(
        "Điều 2. Sở Lao động Thương binh và Xã hội có trách nhiệm xây dựng kế hoạch điều dưỡng.\n"
        "Điều 3. Sở Tài chính có trách nhiệm bố trí kinh phí trong dự toán ngân sách hằng năm.\n"
        "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    )
    assert groups == [("Sở Lao động Thương binh và Xã hội", 1), ("Sở Tài chính", 1)]


def test_it_reads_a_procedure_article_of_the_duties_of_its_bodies() -> None:
    body = (
        "Điều 2. Quy trình tiếp nhận hồ sơ\n"
        "1. Bộ phận văn thư tiếp nhận hồ sơ do tổ chức, cá nhân gửi đến.\n"
        "Điều 3. Trách nhiệm của các đơn vị trong việc thực hiện quy trình\n"
        "1. Văn phòng Sở thực hiện:\n"
        "Tiếp nhận, theo dõi hồ sơ do tổ chức, cá nhân gửi đến Sở.\n"
        "2. Phòng Người có công thực hiện:\n"
        "a) Kiểm tra hồ sơ và trình Giám đốc Sở phê duyệt danh sách;\n"
        "b) Cập nhật cơ sở dữ liệu người có công hằng tháng.\n"
        "Điều 4. Tổ chức thực hiện\n"
        "1. Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện nghiêm túc quy trình này.\n"
    )
    found = dict(groups_of(body))
    assert found.get("Văn phòng Sở") == 1
    assert found.get("Phòng Người có công") == 2


def test_an_article_of_one_officials_duties_is_no_part_of_bodies() -> None:
    body = (
        "Điều 2. Trách nhiệm của Giám đốc Sở Lao động - Thương binh và Xã hội\n"
        "1. Trình cơ quan có thẩm quyền ban hành văn bản về chế độ điều dưỡng.\n"
        "2. Tổ chức thực hiện chế độ điều dưỡng luân phiên hằng năm.\n"
    )
    headings = [h for h, _n in groups_of(body)]
    assert not any(h.startswith(("Trình cơ quan", "Tổ chức thực hiện chế độ")) for h in headings)


def test_a_duties_title_names_the_bodies_before_their_field() -> None:
    title = "Trách nhiệm của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an trong quản lý đất"
    assert split_inline(title) == ("Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an", "")
    assert split_inline("Trách nhiệm của các Sở, ngành về công tác thi đua")[0] == ("Các Sở, ngành")


def test_a_body_named_with_trong_keeps_it_outside_a_duties_title() -> None:
    assert split_inline("Các cơ quan trong khối Nội chính tỉnh") == (
        "Các cơ quan trong khối Nội chính tỉnh",
        "",
    )


PROCEDURE_END = (
    "Điều 2. Trách nhiệm của các đơn vị trong việc thực hiện quy trình\n"
    "1. Văn phòng Sở thực hiện:\n"
    "Tiếp nhận, theo dõi hồ sơ do tổ chức, cá nhân gửi đến Sở.\n"
    "2. Phòng Người có công thực hiện:\n"
    "Kiểm tra hồ sơ và trình Giám đốc Sở phê duyệt danh sách.\n"
    "Điều 3. Tổ chức thực hiện\n"
    "1. Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện nghiêm túc quy trình này.\n"
    "2. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Sở để xem xét.\n"
)


def test_it_reads_no_groups_from_the_fields_of_a_form_after_the_last_article() -> None:
    form = (
        "PHIẾU ĐỀ XUẤT\n"
        "1. Hàng hóa đề nghị điều dưỡng do cá nhân cung cấp:\n"
        "2. Đề nghị Trung tâm bổ sung thông tin về kết quả giám định:\n"
        "3. Đề nghị Phòng Kế hoạch - Tài chính xác minh thông tin và đề xuất:\n"
    )
    headings = [h for h, _n in groups_of(PROCEDURE_END + form)]
    assert headings == ["Văn phòng Sở", "Phòng Người có công", "Thủ trưởng các đơn vị"]


def test_it_reads_every_item_of_a_part_whose_numbers_go_on() -> None:
    more = "3. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện quy trình hằng năm.\n"
    headings = [h for h, _n in groups_of(PROCEDURE_END + more)]
    assert headings[-2:] == ["Thủ trưởng các đơn vị", "Phòng Kế hoạch - Tài chính"]


def test_it_reads_officials_named_by_their_part_in_the_matter_as_addressees() -> None:
    assert looks_addressee("Công chức hải quan có liên quan")
    assert looks_addressee("Cán bộ được giao nhiệm vụ")
    body = (
        "Điều 2. Trách nhiệm của các đơn vị trong việc thực hiện quy trình\n"
        "1. Văn phòng Sở thực hiện:\nTiếp nhận hồ sơ do tổ chức, cá nhân gửi đến Sở.\n"
        "2. Công chức có liên quan thực hiện:\nKiểm tra, lưu trữ hồ sơ theo đúng quy định.\n"
    )
    assert [h for h, _n in groups_of(body)] == ["Văn phòng Sở", "Công chức có liên quan"]


def test_officials_named_by_their_service_alone_are_no_addressee() -> None:
    assert not looks_addressee("Công chức thuế")
    assert not looks_addressee("Công chức có năng lực chuyên môn được ưu tiên")
