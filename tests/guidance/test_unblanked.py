"""Texts whose paragraphs no blank line separates (a PDF's text layer, a copied web page)."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document

REGULATION = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 12/2026/QĐ-UBND
Hòa Bình, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ QUẢN LÝ KHO DỮ LIỆU DÙNG CHUNG CỦA TỈNH
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho dữ liệu dùng chung.
Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 3 năm 2026.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
QUY CHẾ
QUẢN LÝ KHO DỮ LIỆU DÙNG CHUNG CỦA TỈNH
(Ban hành kèm theo Quyết định số 12/2026/QĐ-UBND ngày 05 tháng 3 năm 2026 của Ủy ban
nhân dân tỉnh Hòa Bình)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý, khai thác kho dữ liệu dùng chung của tỉnh.
Chương II
TRÁCH NHIỆM CỦA CÁC CƠ QUAN
{body}
"""


def _groups(body: str) -> list[tuple[str, int]]:
    parsed = parse_document(REGULATION.format(body=body))
    return [(g.heading, len(g.tasks)) for g in parsed.unit_groups]


def test_an_article_number_alone_on_its_line_takes_the_title_below_it() -> None:
    body = """Điều 5.
Trách nhiệm của Sở Tư pháp
1. Hướng dẫn các cơ quan rà soát dữ liệu trước khi đưa lên kho dùng chung.
2. Kiểm tra việc cập nhật dữ liệu hộ tịch của các xã theo định kỳ hằng quý.
Điều 6.
Trách nhiệm của Công an tỉnh
1. Bảo đảm an ninh mạng cho kho dữ liệu dùng chung của tỉnh trong mọi tình huống.
2. Phối hợp xác thực thông tin công dân khi các cơ quan đề nghị đối chiếu."""
    assert _groups(body) == [("Sở Tư pháp", 2), ("Công an tỉnh", 2)]


PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 45/KH-UBND
Hòa Bình, ngày 10 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện chương trình phòng, chống tệ nạn xã hội năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Triển khai đồng bộ các giải pháp phòng, chống tệ nạn xã hội trên địa bàn tỉnh.
II. NHIỆM VỤ
Tăng cường tuyên truyền, vận động nhân dân tham gia phòng, chống tệ nạn xã hội.
III. TỔ CHỨC THỰC HIỆN
{body}
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Hoa
"""


def _plan_groups(body: str) -> list[tuple[str, int]]:
    parsed = parse_document(PLAN.format(body=body))
    return [(g.heading, len(g.tasks)) for g in parsed.unit_groups]


def test_a_dotted_item_number_alone_on_its_line_takes_the_body_below_it() -> None:
    body = """1. Các sở, ban, ngành
1.1.
Sở Tài chính
a) Bố trí kinh phí thực hiện kế hoạch theo phân cấp ngân sách hiện hành.
b) Hướng dẫn các đơn vị thanh quyết toán kinh phí đúng quy định.
1.2.
Công an tỉnh
a) Chủ trì tổng hợp tình hình tệ nạn xã hội, báo cáo Ủy ban nhân dân tỉnh.
b) Phối hợp các xã, phường rà soát các điểm nóng về tệ nạn xã hội."""
    assert _plan_groups(body) == [("Sở Tài chính", 2), ("Công an tỉnh", 2)]


# Wrapped at 78 characters with no blank line between paragraphs (a PDF's text layer): a line
# filled to the width ends mid-paragraph even after a full stop; a short one ends its paragraph.
WRAPPED_BODY = """1. Sở Văn hóa, Thể thao và Du lịch
(1) Chủ trì, phối hợp với các cơ quan liên quan tổ chức tuyên truyền sâu rộng
về tác hại của tệ nạn xã hội trên báo, đài và cổng thông tin điện tử của tỉnh,
nâng cao nhận thức của cán bộ, nhân dân về công tác phòng ngừa ngay từ cơ sở.
Hướng dẫn các xã, phường treo băng rôn, khẩu hiệu tại các nơi công cộng, bảo
đảm trang trọng, an toàn và đúng quy định.
(2) Tổ chức các hoạt động văn hóa, thể thao lành mạnh thu hút thanh thiếu niên
tham gia, phòng ngừa tệ nạn xã hội từ sớm, từ xa tại các khu dân cư trong tỉnh,
nhất là tại các khu công nghiệp, khu nhà trọ có đông người lao động sinh sống.
Kiểm tra các cơ sở kinh doanh dịch vụ văn hóa, xử lý nghiêm các vi phạm theo
quy định của pháp luật hiện hành.
2. Công an tỉnh
(1) Chủ trì rà soát, lập danh sách các đối tượng có nguy cơ vi phạm pháp luật
trên địa bàn, phân công lực lượng theo dõi, quản lý chặt chẽ từng đối tượng,
không để phát sinh tụ điểm phức tạp về trật tự xã hội tại các khu dân cư mới.
Phối hợp với chính quyền cơ sở tổ chức cảm hóa, giáo dục các đối tượng này.
(2) Tăng cường tuần tra, kiểm soát tại các địa bàn trọng điểm, kịp thời phát
hiện, ngăn chặn và xử lý nghiêm các hành vi vi phạm pháp luật về trật tự xã hội
theo đúng quy định, công khai kết quả xử lý để răn đe, giáo dục chung ở tỉnh.
Định kỳ hằng quý báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh."""


def test_a_line_filled_to_the_width_goes_on_after_a_full_stop_without_blank_lines() -> None:
    parsed = parse_document(PLAN.format(body=WRAPPED_BODY))
    groups = [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]
    assert [(h, len(ts)) for h, ts in groups] == [
        ("Sở Văn hóa, Thể thao và Du lịch", 2),
        ("Công an tỉnh", 2),
    ]
    assert groups[0][1][0].endswith("bảo đảm trang trọng, an toàn và đúng quy định.")
    assert groups[0][1][1].endswith("theo quy định của pháp luật hiện hành.")
    assert groups[1][1][1].endswith("về Ủy ban nhân dân tỉnh.")


def test_an_article_word_cut_from_its_number_after_an_open_paragraph_heads_the_article() -> None:
    body = """Điều 5. Trách nhiệm của Sở Tư pháp
Hướng dẫn các cơ quan, đơn vị rà soát dữ liệu hộ tịch, lý lịch tư pháp trước khi đưa
lên kho dữ liệu dùng chung và xử lý các sai sót phát hiện được theo quy định
Điều
6. Trách nhiệm của Công an tỉnh
1. Bảo đảm an ninh mạng cho kho dữ liệu dùng chung của tỉnh trong mọi tình huống.
2. Phối hợp xác thực thông tin công dân khi các cơ quan đề nghị đối chiếu."""
    assert _groups(body) == [("Sở Tư pháp", 1), ("Công an tỉnh", 2)]


def test_numbered_items_in_brackets_stay_apart_in_a_wrapped_text_with_few_blank_lines() -> None:
    # A table's empty rows leave a few blank lines; the paragraphs themselves are not apart.
    row = "|\n\n|\n"
    items = """1. Ủy ban nhân dân các xã, phường tập trung thực hiện ngay các nhiệm vụ sau:
(1) Huy động các lực lượng, phương tiện tiếp cận các hộ dân bị cô lập do lũ
lụt, kịp thời tiếp tế lương thực, thực phẩm, nước uống cho người dân vùng lũ.
(2) Huy động các lực lượng hỗ trợ dọn dẹp, vệ sinh nhà cửa, đường xá, trường
lớp, trạm xá, khôi phục các dịch vụ thiết yếu trước ngày 30/11/2026.
(3) Rà soát, tổng hợp đầy đủ, chính xác thiệt hại, báo cáo Ủy ban nhân dân
tỉnh trước ngày 05/12/2026 để tổng hợp, đề xuất mức hỗ trợ cho người dân.
2. Công an tỉnh bố trí lực lượng bảo đảm an ninh, trật tự tại các khu vực bị
ngập sâu, chia cắt, không để kẻ xấu lợi dụng trục lợi, gây mất trật tự."""
    text = PLAN.format(body=items).replace("III. TỔ CHỨC", row * 4 + "III. TỔ CHỨC")
    parsed = parse_document(text + row * 4)
    groups = [(g.heading, len(g.tasks)) for g in parsed.unit_groups]
    assert groups == [("Ủy ban nhân dân các xã, phường", 3), ("Công an tỉnh", 1)]


def test_an_acronym_alone_on_a_line_after_an_open_phrase_goes_on_with_it() -> None:
    body = """1. Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện kế hoạch này trên địa bàn tỉnh.
2. Đề nghị Văn phòng Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và
HĐND
tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động
nhân dân tham gia phòng, chống tệ nạn xã hội tại cộng đồng dân cư."""
    second = _plan_groups(body)[1][0]
    assert second.startswith("Văn phòng Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh")


# A portal's copy without blank lines: each paragraph's first line is cut short (~30
# characters), the rest wrapped at 80, so a long line after a full stop is the same paragraph.
SHORT_FIRST = """1. Sở Văn hóa, Thể thao và Du lịch
(1) Chủ trì, phối hợp với
các cơ quan liên quan tổ chức tuyên truyền về tác hại của tệ nạn xã hội trên
báo, đài, cổng thông tin điện tử và loa truyền thanh cơ sở.
Hướng dẫn các xã, phường treo băng rôn, khẩu hiệu tại các nơi công cộng, các
tuyến đường chính của tỉnh.
(2) Tổ chức các hoạt động văn
hóa, thể thao lành mạnh thu hút thanh thiếu niên tham gia sinh hoạt tại các
nhà văn hóa, khu vui chơi công cộng, nhất là trong dịp hè.
Kiểm tra các cơ sở kinh doanh dịch vụ văn hóa trên địa bàn các xã, phường và
xử lý nghiêm các vi phạm.
2. Công an tỉnh
(1) Chủ trì rà soát, lập danh
sách các đối tượng có nguy cơ vi phạm pháp luật trên địa bàn quản lý, cập nhật
thường xuyên vào cơ sở dữ liệu và phân loại theo mức độ.
Phân công lực lượng theo dõi, quản lý chặt chẽ các đối tượng tại khu dân cư,
không để phát sinh tụ điểm.
(2) Tăng cường tuần tra, kiểm
soát tại các địa bàn trọng điểm, kịp thời phát hiện, ngăn chặn và xử lý nghiêm
các hành vi vi phạm pháp luật về trật tự xã hội.
Định kỳ hằng quý báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để theo dõi,
chỉ đạo kịp thời.
3. Ủy ban nhân dân các xã, phường
(1) Xây dựng kế hoạch cụ thể
triển khai thực hiện tại địa phương, bố trí nguồn lực bảo đảm thực hiện có
hiệu quả các nhiệm vụ được giao trong kế hoạch này.
Huy động các tổ chức chính trị - xã hội, người có uy tín ở cộng đồng tham gia
vận động nhân dân.
(2) Chỉ đạo các thôn, tổ dân
phố đưa nội dung phòng, chống tệ nạn xã hội vào hương ước, quy ước của cộng
đồng dân cư."""


def test_a_long_line_after_a_full_stop_goes_on_where_paragraphs_open_on_a_short_line() -> None:
    parsed = parse_document(PLAN.format(body=SHORT_FIRST))
    groups = [(g.heading, [t.text for t in g.tasks]) for g in parsed.unit_groups]
    assert [(h, len(ts)) for h, ts in groups] == [
        ("Sở Văn hóa, Thể thao và Du lịch", 2),
        ("Công an tỉnh", 2),
        ("Ủy ban nhân dân các xã, phường", 2),
    ]
    assert groups[1][1][1].endswith("để theo dõi, chỉ đạo kịp thời.")
