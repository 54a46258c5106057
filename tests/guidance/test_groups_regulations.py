"""Section III of a regulation a provincial decision issues, as a legal portal prints it."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

# A portal's copy: lines wrapped near 80 characters, paragraphs parted by a blank line, the
# regulation after the decision's signature and "Nơi nhận".
HEAD = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

Số: 82/2025/QĐ-UBND

Bắc Ninh, ngày 28 tháng 11 năm 2025

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ QUẢN LÝ PHẦN MỀM QUẢN LÝ TÀI SẢN CÔNG TỈNH BẮC NINH

Điều 1.

Ban hành kèm theo Quyết định này Quy chế quản lý Phần mềm Quản lý tài sản công tỉnh
Bắc Ninh.

Điều 2.

Quyết định này có hiệu lực từ ngày 10 tháng 12 năm 2025.

Điều 3.

Giám đốc các sở, Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của
tỉnh chịu trách nhiệm thi hành quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KTTH

TM. ỦY BAN
NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Ngô Tân Phượng

QUY CHẾ

QUẢN LÝ PHẦN MỀM QUẢN LÝ TÀI SẢN CÔNG TỈNH BẮC NINH
(Ban hành kèm theo Quyết định số: /2025/QĐ-UBND ngày tháng 11 năm 2025 của ủy ban
nhân dân tỉnh Bắc Ninh)

Chương
I
QUY ĐỊNH CHUNG

Điều
1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý, sử dụng và khai thác Phần mềm Quản lý tài sản công
tỉnh Bắc Ninh.

"""


def groups_of(body: str) -> list[tuple[str, list[str]]]:
    """Return (heading, task texts) of each group read in a decision's regulation ending in body."""
    parsed = parse_document(HEAD + body)
    return [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]


def test_it_reads_a_chapter_whose_word_numeral_and_title_stand_on_three_lines() -> None:
    groups = groups_of(
        """Chương
III
TỔ CHỨC THỰC HIỆN

Điều
9. Trách nhiệm thực hiện

1. Sở Tài chính

a) Tổ chức triển khai thực
hiện các nhiệm vụ được giao theo Quy chế này.

b) Hằng năm, lập dự toán
kinh phí, trình cơ quan có thẩm quyền xem xét, quyết định bố trí kinh phí.

2. Các cơ quan, tổ chức, đơn
vị còn lại.

a) Cập nhật kịp thời dữ liệu
phát sinh, biến động về tài sản công vào Phần mềm.

Điều
10. Điều khoản thi hành

Trong quá trình thực hiện, nếu
có khó khăn, vướng mắc, các cơ quan, tổ chức, đơn vị kịp thời phản ánh về Sở Tài chính./.
"""
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Sở Tài chính", 2),
        ("Các cơ quan, tổ chức, đơn vị còn lại", 1),
    ]


ARTICLES = """Chương
III
TỔ CHỨC THỰC HIỆN

Điều
12. Trách nhiệm của Sở Khoa học và Công nghệ

1. Quản trị, vận hành, bảo đảm các điều kiện kỹ thuật để ứng dụng hoạt động
thông suốt, liên tục 24/24 giờ.

2. Hướng dẫn các cơ quan, đơn vị thực hiện Quy chế này.

Điều
13. Trách nhiệm của Sở Nội vụ

Tham mưu, đề xuất đưa kết quả xử lý phản ánh kiến nghị vào đánh giá cải cách hành
chính hằng năm.
"""


def test_it_reads_the_regulation_whose_blank_caption_number_wraps_to_the_next_line() -> None:
    # "(Ban hành kèm theo Quyết định số" / "/2025/QĐ -UBND)": a draft's blank number, wrapped.
    caption = (
        "(Ban hành kèm theo Quyết định số: /2025/QĐ-UBND ngày tháng 11 năm 2025 của ủy ban\n"
        "nhân dân tỉnh Bắc Ninh)"
    )
    head = HEAD.replace(caption, "(Ban hành kèm theo Quyết định số\n/2025/QĐ -UBND)")
    assert head != HEAD
    parsed = parse_document(head + ARTICLES)
    assert [(g.heading, len(g.tasks)) for g in parsed.unit_groups] == [
        ("Sở Khoa học và Công nghệ", 2),
        ("Sở Nội vụ", 1),
    ]


def test_it_reads_articles_of_a_bodys_duties_outside_the_part_that_carries_the_text_out() -> None:
    # "Chương II … / Điều 6. Trách nhiệm Văn phòng UBND tỉnh" charges its body as an article of
    # "Tổ chức thực hiện" does; "Điều 5. Trách nhiệm giám định …" names a matter, no body.
    groups = groups_of(
        """Chương
II
TIẾP NHẬN, PHÂN LOẠI KIẾN NGHỊ CỦA CỬ TRI

Điều 5. Trách nhiệm giám định và giải quyết sự cố công trình xây dựng

1. Sở Xây dựng tổ chức giám định nguyên nhân sự cố đối với công trình cấp I.

Điều 6. Trách nhiệm Văn phòng
UBND tỉnh

1. Tiếp nhận, phân loại kiến nghị thuộc thẩm quyền giải quyết của UBND tỉnh.

2. Trong 03 ngày làm việc kể từ ngày nhận được kiến nghị, Văn phòng UBND tỉnh thực hiện
phân loại, tham mưu cho UBND tỉnh giao cơ quan chủ trì giải quyết.

Điều 7. Trách nhiệm, quyền hạn của Sở Tư pháp

1. Trực tiếp thực hiện việc quản lý, khai thác, sử dụng, chia sẻ Cơ sở dữ liệu.

2. Tổ chức tập huấn các nội dung liên quan đến công tác quản lý Cơ sở dữ liệu.

"""
        + ARTICLES
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Văn phòng UBND tỉnh", 2),
        ("Sở Tư pháp", 2),
        ("Sở Khoa học và Công nghệ", 2),
        ("Sở Nội vụ", 1),
    ]


def test_it_reads_an_article_of_the_duties_of_many_bodies_as_their_group_when_it_lists_duties() -> (
    None
):
    # "Điều 7. Trách nhiệm của các Sở, ban, ngành cấp tỉnh" over duties, one of them naming its
    # bodies again mid-sentence: one group; over numbered bodies it would be their lead-in.
    groups = groups_of(
        """Chương
II
TIẾP NHẬN, PHÂN LOẠI KIẾN NGHỊ CỦA CỬ TRI

Điều 7. Trách nhiệm của các Sở,
ban, ngành cấp tỉnh

1. Phối hợp với Văn phòng UBND tỉnh phân loại, làm rõ nội dung kiến nghị có liên quan
đến chức năng, nhiệm vụ của mình.

2. Trường hợp kiến nghị có nội dung chưa rõ ràng thì chậm nhất 05 ngày làm việc kể từ
ngày nhận được kiến nghị phải có văn bản gửi Văn phòng UBND tỉnh.

3. Đối với kiến nghị đã được giải quyết đúng quy định pháp luật nhưng cử tri vẫn tiếp tục
kiến nghị, các sở, ban, ngành phải có văn bản thông báo cho cử tri.

"""
        + ARTICLES
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Các Sở, ban, ngành cấp tỉnh", 3),
        ("Sở Khoa học và Công nghệ", 2),
        ("Sở Nội vụ", 1),
    ]


def test_it_takes_answering_for_carrying_the_regulation_out_for_a_closing_clause() -> None:
    groups = groups_of(
        """Chương
III
TỔ CHỨC THỰC HIỆN

Điều 14. Tổ chức thực hiện

1. Sở Khoa học và Công nghệ chủ trì tổ chức triển khai, hướng dẫn thực hiện Quy chế này.

2. Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc tổ
chức triển khai thực hiện Quy chế này trong phạm vi quản lý của cơ quan, đơn vị.

3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành cấp tỉnh triển khai thực hiện
và chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh về kết quả thực hiện Quy chế này.

4. Các cơ quan, đơn vị, địa phương có trách nhiệm thực hiện tốt Quy chế này.
"""
    )
    assert groups == [
        (
            "Sở Khoa học và Công nghệ",
            ["chủ trì tổ chức triển khai, hướng dẫn thực hiện Quy chế này."],
        )
    ]


def test_it_reads_an_article_whose_first_item_is_closing_beside_one_charging_a_body() -> None:
    groups = groups_of(
        """Chương
IV
TỔ CHỨC THỰC HIỆN

Điều 18. Triển khai thực hiện
Quy chế

1. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành cấp tỉnh triển khai thực hiện
và chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh về kết quả thực hiện Quy chế này.

2. Định kỳ 06 (sáu) tháng hoặc đột xuất, báo cáo UBND tỉnh tình hình, kết quả giải quyết
kiến nghị cử tri.

3. Văn phòng UBND tỉnh chịu trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Quy chế;
kịp thời tổng hợp, báo cáo khó khăn, vướng mắc./.
"""
    )
    assert [h for h, _t in groups] == ["Văn phòng UBND tỉnh"]


def test_it_reads_a_role_a_duties_heading_names_as_a_group() -> None:
    # "2. Trách nhiệm của Trưởng các tổ chức hành nghề công chứng" / "a) …": the heading says whose
    # duties follow, a body's or a person's in a role.
    groups = groups_of(
        """Chương
IV
TỔ CHỨC THỰC HIỆN

Điều 23. Trách nhiệm của Hội Công chứng viên thành phố, các tổ chức hành nghề công
chứng và cá nhân có liên quan

1. Trách nhiệm của Hội Công chứng viên thành phố

a) Thực hiện và hướng dẫn, giám sát các hội viên tuân thủ các nguyên tắc hành nghề công
chứng và thực hiện Quy chế này;

2. Trách nhiệm của Trưởng các tổ chức hành nghề công chứng

a) Đề nghị Sở Tư pháp cấp, khóa hoặc thay đổi tài khoản cho công chứng viên, nhân viên
của tổ chức mình.

b) Đảm bảo điều kiện (trang thiết bị, mạng internet và các điều kiện khác) cho việc vận
hành Cơ sở dữ liệu tại đơn vị mình.

3. Trách nhiệm của công chứng viên, nhân viên nghiệp vụ của tổ chức hành nghề công chứng

a) Cập nhật thông tin, sửa và xóa các thông tin trên Cơ sở dữ liệu.
"""
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Hội Công chứng viên thành phố", 1),
        ("Trưởng các tổ chức hành nghề công chứng", 2),
        ("Công chứng viên, nhân viên nghiệp vụ của tổ chức hành nghề công chứng", 1),
    ]


def test_it_reads_an_article_asking_a_body_outside_the_part_that_carries_the_text_out() -> None:
    groups = groups_of(
        """Chương
II
NỘI DUNG PHỐI HỢP

Điều 12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh

1. Nắm bắt, phản ánh kịp thời tới các cơ quan quản lý nhà nước về nhu cầu, nguyện vọng của
tổ chức, cá nhân tôn giáo.

2. Tuyên truyền, vận động tổ chức, cá nhân tín ngưỡng, tôn giáo chấp hành pháp luật.

"""
        + ARTICLES
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", 2),
        ("Sở Khoa học và Công nghệ", 2),
        ("Sở Nội vụ", 1),
    ]


def test_it_reads_the_body_an_item_names_after_how_often() -> None:
    # "Hằng năm, các cơ quan …", "Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng UBND tỉnh …":
    # how often, then who does what.
    groups = groups_of(
        """Chương
IV
TỔ CHỨC THỰC HIỆN

Điều 18. Triển khai thực hiện Quy chế

1. Hằng năm, các cơ quan, đơn vị cấp tỉnh thực hiện tự đánh giá, chấm điểm kết quả.

2. Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng UBND tỉnh báo cáo UBND tỉnh tình hình,
kết quả giải quyết kiến nghị cử tri.

3. Hằng năm, Sở Nội vụ tổng hợp kết quả đánh giá, báo cáo Ủy ban nhân dân tỉnh.
"""
    )
    assert [h for h, _t in groups] == [
        "Các cơ quan, đơn vị cấp tỉnh",
        "Văn phòng UBND tỉnh",
        "Sở Nội vụ",
    ]


def test_it_reads_an_article_titled_by_the_officials_who_receive_the_files() -> None:
    groups = groups_of(
        """Chương
III
TỔ CHỨC THỰC HIỆN

Điều 27. UBND các xã, phường

1. Chỉ đạo, kiểm tra, đôn đốc việc triển khai thực hiện Quy chế này.

Điều 28. Cán bộ, công chức, viên chức tiếp nhận và giải quyết TTHC trên môi trường điện tử

1. Hướng dẫn, hỗ trợ để tổ chức, cá nhân thực hiện TTHC trên môi trường điện tử.

2. Thực hiện việc số hóa thành phần hồ sơ, kết quả giải quyết TTHC còn hiệu lực.
"""
    )
    assert [(h, len(t)) for h, t in groups] == [
        ("UBND các xã, phường", 1),
        ("Cán bộ, công chức, viên chức tiếp nhận và giải quyết TTHC trên môi trường điện tử", 2),
    ]


def test_an_item_on_reporting_difficulties_met_while_settling_files_is_no_task() -> None:
    groups = groups_of(
        """Chương
III
TỔ CHỨC THỰC HIỆN

Điều 26. Trách nhiệm của các sở, ban, ngành

1. Công khai đầy đủ, kịp thời các thủ tục hành chính thuộc phạm vi quản lý.

2. Chỉ đạo công chức tiếp nhận, giải quyết hồ sơ đúng quy trình.

3. Trong quá trình giải quyết
TTHC, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở
Khoa học và Công nghệ để được hỗ trợ, hướng dẫn hoặc giải đáp.
"""
    )
    assert [(h, len(t)) for h, t in groups] == [("Các sở, ban, ngành", 2)]


def test_heads_carrying_the_regulation_out_and_answering_for_it_is_closing() -> None:
    groups = groups_of(
        """Chương
III
TỔ CHỨC THỰC HIỆN

Điều 16. Trách nhiệm của các cơ quan, đơn vị

1. Thủ trưởng các cơ quan,
đơn vị tổ chức triển khai thực hiện nghiêm túc Quy chế này trong phạm vi quản
lý của mình và chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân thành phố về kết
quả thực hiện.

2. Phân công cán bộ, công chức theo dõi, vận hành hệ thống thông tin của đơn vị.
"""
    )
    assert [(h, len(t)) for h, t in groups] == [("Các cơ quan, đơn vị", 1)]
