"""The document a decision issues, printed after its signature under a "(Kèm theo …)" caption."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.appendix import attached_start, read_caption
from lantoa.guidance.parsing.attached import attached_sections

DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 2623/QĐ-TTg\nHà Nội, ngày 29 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\n"
    "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN\n\n"
    "THỦ TƯỚNG CHÍNH PHỦ\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật.\n\n"
    "Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký ban hành.\n\n"
    "Điều 3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Quyết định này.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTHỦ TƯỚNG\nPhạm Minh Chính\n\n"
)
PLAN = (
    "KẾ HOẠCH\n\nTRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN\n\n"
    "{caption}\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Xác định nội dung công việc.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Bộ trưởng Bộ Công an có trách nhiệm theo dõi, kiểm tra, đôn đốc các bộ.\n\n"
    "2. Ủy ban nhân dân các tỉnh, thành phố xây dựng kế hoạch chi tiết.\n"
)


def _headings(caption: str) -> list[str]:
    parsed = parse_document(DECISION + PLAN.format(caption=caption))
    return [g.heading for g in parsed.unit_groups]


def test_it_reads_a_plan_whose_caption_leaves_the_decisions_number_blank() -> None:
    caption = "(Kèm theo Quyết định số /QĐ-TTg ngày tháng năm 2025 của Thủ tướng Chính phủ)"
    assert _headings(caption) == ["Bộ trưởng Bộ Công an", "Ủy ban nhân dân các tỉnh, thành phố"]


def test_it_reads_no_plan_after_a_signature_without_a_caption() -> None:
    assert _headings("Luật có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.") == []
    assert attached_sections(["PHỤ LỤC", "(Kèm theo Quyết định số /QĐ-TTg)", "I. DANH MỤC"]) == []


def test_it_reads_the_issuer_a_caption_names_with_or_without_brackets() -> None:
    bare = read_caption(
        [
            "DANH MỤC CÁC HOẠT ĐỘNG",
            "Kèm theo Kế hoạch số 120/KH-UBND ngày 12 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh "
            "Hà Tĩnh",
        ]
    )
    bracketed = read_caption(
        [
            "PHỤ LỤC",
            "(Kèm theo Kế hoạch số 120/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh",
            "Hà Tĩnh)",
        ]
    )
    assert bare["issuer"] == bracketed["issuer"] == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert bare["date"] == date(2024, 3, 12)


def test_it_reads_no_issuer_from_a_caption_whose_owner_is_no_name() -> None:
    caption = read_caption(
        ["PHỤ LỤC", "Kèm theo Kế hoạch số 120/KH-UBND ngày 12/3/2024 của các sở, ngành"]
    )
    assert (caption["number"], caption["issuer"]) == ("120/KH-UBND", None)


def test_a_captions_head_who_signs_issues_under_the_body_the_post_names() -> None:
    caption = read_caption(
        [
            "(Kèm theo Quyết định số 4385/QĐ-BVHTTDL ngày 18 tháng 11 năm 2025 của Bộ trưởng",
            "Bộ Văn hóa, Thể thao và Du lịch)",
        ]
    )
    assert caption["issuer"] == "Bộ Văn hóa, Thể thao và Du lịch"


def test_a_captions_prime_minister_or_chair_stays_the_issuer() -> None:
    for owner in ("Thủ tướng Chính phủ", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh"):
        line = f"(Kèm theo Quyết định số 12/QĐ-TTg ngày 02/3/2024 của {owner})"
        assert read_caption([line])["issuer"] == owner


PROCEDURE = (
    "QUY TRÌNH TIẾP NHẬN VÀ XỬ LÝ HỒ SƠ BẢO VỆ DỮ LIỆU CÁ NHÂN (Ban hành kèm theo Quyết định số "
    "2623/QĐ-TTg ngày 29 tháng 11 năm 2025 của Thủ tướng Chính phủ) Phần I QUY ĐỊNH CHUNG\n"
    "Điều 1. Trách nhiệm của các đơn vị trong việc thực hiện quy trình\n"
    "1. Văn phòng Bộ Công an thực hiện:\nTiếp nhận hồ sơ do tổ chức, cá nhân gửi đến.\n"
    "2. Cục An ninh mạng thực hiện:\nKiểm tra hồ sơ và đề xuất xử lý.\n"
    "Mẫu số 01\nTHÔNG BÁO\nKết quả xử lý hồ sơ\n"
    "Nơi nhận:\n- Tổ chức, cá nhân đề nghị;\n- Cục An ninh mạng;\n- Văn phòng Bộ;\n- Lưu: VT.\n"
    "BỘ TRƯỞNG\n(Ký, ghi rõ họ, tên, và đóng dấu)\n"
)


def test_it_reads_a_procedure_whose_title_runs_into_its_caption_as_the_decisions() -> None:
    parsed = parse_document(DECISION + PROCEDURE)
    signer = parsed.document.signer
    assert (signer.title, signer.name) == ("Thủ tướng", "Phạm Minh Chính")
    assert len(parsed.recipients) == 2
    assert [g.heading for g in parsed.unit_groups] == ["Văn phòng Bộ Công an", "Cục An ninh mạng"]
    titled = "QUY TRÌNH XỬ LÝ HỒ SƠ DỮ LIỆU (Ban hành kèm theo Quyết định số 2623/QĐ-TTg)"
    assert attached_start(["Nơi nhận:", "- Lưu: VT.", "THỦ TƯỚNG", titled, "Điều 1."]) == 3


def test_a_caption_in_a_sentence_starts_no_issued_text() -> None:
    cited = "Thực hiện Quy trình xử lý hồ sơ (Ban hành kèm theo Quyết định số 2623/QĐ-TTg)."
    assert attached_start(["Nơi nhận:", "- Lưu: VT.", "THỦ TƯỚNG", cited, "- Khác."]) is None


def test_it_reads_a_plan_whose_title_with_a_year_runs_into_its_caption_as_the_decisions() -> None:
    titled = (
        "KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT NĂM 2025 (Ban hành kèm theo Quyết định số 2623/QĐ-TTg "
        "ngày 29 tháng 11 năm 2025 của Thủ tướng Chính phủ)\n"
    )
    parsed = parse_document(DECISION + titled + PLAN.split("{caption}\n\n")[1])
    signer = parsed.document.signer
    assert (signer.title, signer.name) == ("Thủ tướng", "Phạm Minh Chính")
    assert len(parsed.recipients) == 2
    wrapped = [
        "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP VỀ PHÁT TRIỂN KINH TẾ",
        "- XÃ HỘI NĂM 2025 (Kèm theo Quyết định số 12/QĐ-BTC ngày 08/01/2025) Thực hiện …",
    ]
    assert attached_start(["Nơi nhận:", "- Lưu: VT.", "BỘ TRƯỞNG", "Lê Văn A", *wrapped, "I."]) == 4


def test_a_short_or_lower_case_line_before_a_caption_starts_no_issued_text() -> None:
    cited = "Thực hiện Kế hoạch năm 2025 (Kèm theo Quyết định số 12/QĐ-BTC ngày 08/01/2025)."
    short = "PHỤ LỤC 2 (Kèm theo Quyết định số 12/QĐ-BTC)"
    for line in (cited, short):
        assert attached_start(["Nơi nhận:", "- Lưu: VT.", "BỘ TRƯỞNG", line, "- Khác."]) is None


def test_it_reads_a_list_of_forms_whose_caption_drops_theo_as_the_circulars() -> None:
    forms = "DANH MỤC CÁC BIỂU MẪU (Ban hành kèm Thông tư số 99/2026/TT-BTC ngày 10/3/2026 của"
    assert attached_start(["Nơi nhận:", "- Lưu: VT.", "BỘ TRƯỞNG", forms, "Mẫu số 01"]) == 3
    assert read_caption([forms[22:] + " Bộ trưởng Bộ Tài chính)"])["number"] == "99/2026/TT-BTC"


def test_kem_without_theo_or_ban_hanh_before_it_is_no_caption() -> None:
    assert read_caption(["Sở Tài chính gửi kèm Thông tư số 99/2026/TT-BTC để thực hiện."]) == {}
    assert read_caption(["(Kèm Thông tư số 99/2026/TT-BTC ngày 10/3/2026)"]) == {}


RESOLUTION = (
    "CHÍNH PHỦ\nSố: 100/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ\n"
    "CHÍNH PHỦ\nQUYẾT NGHỊ:\n"
    "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.\n"
    "Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.\n"
    "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Văn An\n"
)
PROGRAMME = (
    "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\n"
    "thực hiện Chỉ thị số 49-CT/TW ngày 28 tháng 6 năm 2025 của Ban Bí thư\n"
    "(Kèm theo Nghị quyết số 100/NQ-CP ngày 06 tháng 4 năm 2026 của Chính phủ)\n"
    "I. MỤC TIÊU\n1. Thống nhất nhận thức về công tác phi chính phủ nước ngoài.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    + "".join(
        f"{n}. Bộ Ngoại giao chủ trì theo dõi, đôn đốc việc triển khai nhiệm vụ số {n}.\n"
        for n in range(1, 30)
    )
)


def test_the_signature_above_a_programme_the_resolution_issues_is_read() -> None:
    # The programme's title opens with its type, goes on in lower case, then its caption.
    parsed = parse_document(RESOLUTION + PROGRAMME)
    signer = parsed.document.signer
    assert (signer.mode, signer.title, signer.name) == ("K/T", "Phó Thủ tướng", "Trần Văn An")
    assert len(parsed.unit_groups) == 29


def test_a_type_led_title_without_a_caption_below_starts_no_text() -> None:
    lines = RESOLUTION.split("\n") + ["CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "I. MỤC TIÊU"]
    assert attached_start(lines) is None


def test_it_reads_a_caption_whose_number_has_a_space_before_its_year() -> None:
    # "(Kèm theo Quyết định số: 87 /2025/QĐ-UBND …)": a portal's space before the year.
    caption = "(Kèm theo Quyết định số: 87 /2025/QĐ-UBND ngày 19 tháng 11 năm 2025 của Ủy ban"
    assert read_caption([caption, "nhân dân tỉnh Lai Châu)"])["number"] == "87/2025/QĐ-UBND"
    assert _headings(f"{caption}\nnhân dân tỉnh Lai Châu)") == [
        "Bộ trưởng Bộ Công an",
        "Ủy ban nhân dân các tỉnh, thành phố",
    ]
