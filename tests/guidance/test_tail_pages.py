"""A PDF's tail as its text layer prints it: page numbers, columns interleaved, a name run on."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing import parse_document

# A Party guidance as a PDF's text layer gives it: paragraphs apart, lines wrapped inside them.
HEAD = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố 07-HD/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
    "Hà Nội, ngày 09 tháng 6 năm 2025\nHƯỚNG DẪN\n\nMỘT SỐ VẤN ĐỀ CỤ THỂ VỀ CÔNG TÁC ĐẢNG VIÊN\n\n"
    "- Căn cứ Điều lệ Đảng;\n\n"
    "Ban Bí thư hướng dẫn một số vấn đề cụ thể như sau:\n\n"
    "1. Về kết nạp đảng viên\n\n"
    "Chi bộ xem xét, đề nghị kết nạp những người có đủ tiêu chuẩn, điều kiện theo\n"
    "quy định của Điều lệ Đảng và hướng dẫn của Trung ương.\n\n"
    "2. Về chuyển sinh hoạt đảng\n\n"
    "Đảng viên chuyển sinh hoạt đảng thực hiện theo hướng dẫn của Ban Tổ chức Trung\n"
    "ương; cấp ủy quản lý chặt chẽ hồ sơ đảng viên.\n\n"
    "Trong quá trình thực hiện, nếu có vướng mắc thì các cấp ủy báo cáo để Ban Bí thư xem\n"
    "xét, quyết định.\n\n\n"
)
RECIPIENTS = (
    "- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương,\n"
    "- Các ban, cơ quan, đơn vị của Đảng ở Trung ương,\n"
    "- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,\n"
    "- Lưu Văn phòng Trung ương Đảng.\n"
)


def _tail(text: str) -> tuple[int, str | None, str | None, str | None]:
    parsed = parse_document(text)
    signer = parsed.document.signer
    return len(parsed.recipients), signer.name, signer.title, signer.mode


@pytest.mark.parametrize(
    "block",
    ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG TỔNG BÍ THƯ\n"],
)
def test_it_reads_a_general_secretary_as_the_title(block: str) -> None:
    tail = "Nơi nhận:\n" + RECIPIENTS + block + "Tô Lâm\n"
    assert _tail(HEAD + tail) == (4, "Tô Lâm", "Tổng Bí thư", "T/M")


def test_it_reads_the_signer_s_name_before_the_last_page_s_number() -> None:
    tail = "Nơi nhận:\n" + RECIPIENTS + "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTriệu Thị Ngọc\n8\n"
    assert _tail(HEAD + tail) == (4, "Triệu Thị Ngọc", "Phó Trưởng ban", "K/T")


def test_it_skips_a_page_number_printed_among_the_recipients() -> None:
    tail = "Nơi nhận:\n33\n\n\n" + RECIPIENTS + "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTriệu Thị Ngọc\n"
    assert _tail(HEAD + tail) == (4, "Triệu Thị Ngọc", "Phó Trưởng ban", "K/T")


def test_it_reads_the_name_printed_after_the_filing_line() -> None:
    # "T/M BAN BÍ THƯ" above "Nơi nhận", no title, the name on the line after "Lưu …".
    tail = "T/M BAN BÍ THƯ\nNơi nhận:\n33\n\n\n" + RECIPIENTS + "Trần Cẩm Tú\n"
    assert _tail(HEAD + tail) == (4, "Trần Cẩm Tú", None, "T/M")


def test_it_parts_the_recipients_from_a_deputy_s_signature_printed_among_them() -> None:
    # "Nơi nhận" and "K/T TRƯỞNG BAN" side by side, the deputy's "PHÓ" at a recipient's line end,
    # three recipients on one line.
    tail = (
        "Nơi nhận:\nK/T TRƯỞNG BAN\n- Ban Bí thư (để báo cáo), PHÓ\nTRƯỞNG BAN\n"
        "- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc\nTrung ương,\n"
        "- Đồng chí Trưởng Ban (để báo cáo),\n"
        "- Các đồng chí Phó Trưởng Ban, - Các vụ, cục,\n"
        "đơn vị trong Ban, - Lưu VP, Vụ CSĐ, ĐV.\n\nNguyễn Thanh Bình\n"
    )
    assert _tail(HEAD + tail) == (6, "Nguyễn Thanh Bình", "Phó Trưởng ban", "K/T")
