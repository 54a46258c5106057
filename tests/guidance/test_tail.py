"""Two signing lines, two issuers, and "Nơi nhận" sharing its lines with the signature block."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.appendix import attached_start
from lantoa.guidance.parsing.tail import position_case, unshare_tail
from lantoa.guidance.parsing.tailrows import unrow_tail

HEAD = (
    "TỈNH ĐOÀN LÀO CAI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 15/KHPH-TĐ-SGDĐT\nLào Cai, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nphối hợp tuyên truyền\nI. MỤC ĐÍCH\n- Nâng cao nhận thức.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Các cơ sở đoàn\n- Tổ chức tuyên truyền trong đoàn viên.\n"
)
RECEIVED = "Nơi nhận:\n- Trung ương Đoàn;\n- Các cơ sở đoàn;\n- Lưu VT.\n"
# Two issuers: the lead body's block is the last one read (on the right of a two-column page).
JOINT = (
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\nNguyễn Văn An\n"
    "KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nPHÓ GIÁM ĐỐC\nTrần Thị Bình\n"
)
SIDE_BY_SIDE = (
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\tKT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
    "PHÓ BÍ THƯ\tPHÓ GIÁM ĐỐC\nNguyễn Văn An\tTrần Thị Bình\n"
)
SHARED_ROWS = (
    "Nơi nhận: KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n- Trung ương Đoàn; PHÓ GIÁM ĐỐC\n"
    "- Các cơ sở đoàn;\n- Lưu VT. Trần Thị Bình\n"
)


@pytest.mark.parametrize(
    "tail",
    [JOINT + RECEIVED, RECEIVED + JOINT, SIDE_BY_SIDE + RECEIVED, SHARED_ROWS],
    ids=["joint-then-received", "received-then-joint", "side-by-side", "shared-rows"],
)
def test_it_keeps_the_recipients_and_one_signer_of_two_signing_blocks(tail: str) -> None:
    parsed = parse_document(HEAD + tail)
    assert parsed.recipients == ["Trung ương Đoàn", "Các cơ sở đoàn", "Lưu VT"]
    signer = parsed.document.signer
    assert (signer.name, signer.title, signer.mode) == ("Trần Thị Bình", "Phó Giám đốc", "K/T")
    assert [g.heading for g in parsed.unit_groups] == ["Các cơ sở đoàn"]


@pytest.mark.parametrize(
    ("block", "title", "mode"),
    [
        ("T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n", "Phó Bí thư", "K/T"),
        ("T/M BAN THƯỜNG VỤ K/T BÍ THƯ\nPHÓ BÍ THƯ\n", "Phó Bí thư", "K/T"),
        ("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ\n", "Phó Bí thư", "T/M"),
    ],
)
def test_it_reads_two_signing_lines_of_one_body(block: str, title: str, mode: str) -> None:
    parsed = parse_document(HEAD + RECEIVED + block + "Nguyễn Văn An\n")
    signer = parsed.document.signer
    assert (signer.name, signer.title, signer.mode) == ("Nguyễn Văn An", title, mode)
    assert len(parsed.recipients) == 3


@pytest.mark.parametrize(
    ("block", "title", "mode"),
    [
        # a deputy's office under the head's, then another office the signer holds
        (
            "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG\n",
            "Phó Trưởng ban Thường trực",
            "K/T",
        ),
        # the body's name wrapped under the mode, then the one office
        ("TM. ỦY BAN\nNHÂN DÂN\nCHỦ TỊCH\n", "Chủ tịch", "T/M"),
        ("KT. CHÁNH VĂN PHÒNG\nVĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n", "Phó Chánh văn phòng", "K/T"),
    ],
)
def test_it_reads_a_deputys_office_before_another_office_the_signer_holds(
    block: str, title: str, mode: str
) -> None:
    signer = parse_document(HEAD + RECEIVED + block + "Nguyễn Văn An\n").document.signer
    assert (signer.name, signer.title, signer.mode) == ("Nguyễn Văn An", title, mode)


def test_it_leaves_the_ban_bi_thu_and_recipient_abbreviations_whole() -> None:
    lines = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, NC.", "T/M BAN BÍ THƯ", "Nguyễn Văn An"]
    assert unshare_tail(lines) == lines


def test_it_asks_to_check_the_signer_of_a_text_two_bodies_sign() -> None:
    joint = parse_document(HEAD + RECEIVED + JOINT)
    assert any("hai khối chữ ký" in flag for flag in joint.review_flags)
    one = parse_document(
        HEAD + RECEIVED + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê An\n"
    )
    assert not any("hai khối chữ ký" in flag for flag in one.review_flags)


def test_it_reads_the_body_and_signer_of_a_portal_s_title_case_signature() -> None:
    parsed = parse_document(
        "Quy định về mức nộp tiền bảo vệ đất trồng lúa trên địa bàn tỉnh Lai Châu\n"
        "Ủy ban nhân dân tỉnh Lai Châu\nPhó Chủ tịch\n(Đã ký)\nNguyễn Văn Bình\n"
    )
    doc = parsed.document
    assert (doc.type, doc.issuer) == ("Quy định", "Ủy ban nhân dân tỉnh Lai Châu")
    assert (doc.signer.title, doc.signer.name) == ("Phó Chủ tịch", "Nguyễn Văn Bình")
    assert parsed.origins["document.issuer"] == "signature"


def test_it_reads_a_notices_issuer_from_its_closing_words() -> None:
    doc = parse_document(
        "THÔNG BÁO Niêm yết công khai kết quả bình xét khu dân cư văn hóa năm 2024\n"
        "Ngày 2/10/2024, UBND thị trấn tiến hành họp xét khu dân cư văn hóa năm 2024.\n"
        "- KDC khu phố Thanh Bình.\n"
        "- KDC ấp Thanh Trung.\n"
        "Vậy UBND thị trấn Thanh Bình thông báo để cán bộ và nhân dân được biết.\n"
    ).document
    assert doc.issuer == "UBND thị trấn Thanh Bình"


def test_it_reads_no_issuer_from_closing_words_naming_a_level_without_its_place() -> None:
    doc = parse_document(
        "Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn\n"
        "1. Thời gian: ngày 20 hằng tháng.\n"
        "- Địa điểm: trụ sở HĐND huyện.\n"
        "Với nội dung trên, HĐND huyện thông báo để các đơn vị, nhân dân biết và thực hiện./.\n"
    ).document
    assert doc.issuer is None


# A legal portal's footer under the footnotes: more than 40 lines after the signature.
FOOTER = "".join(f"Văn bản liên quan số {n}\nCập nhật: 02/12/2025\n" for n in range(22))
BODY = "".join(f"- Tuyên truyền nội dung {n} trong đoàn viên.\n" for n in range(60))


def test_it_reads_a_direct_signature_that_footnotes_and_a_footer_follow() -> None:
    text = HEAD + BODY + RECEIVED + "THỦ TƯỚNG\nPhạm Minh Chính\n[1]\nBộ Chính trị phân công.\n"
    text += FOOTER
    signer = parse_document(text).document.signer
    assert (signer.name, signer.title, signer.mode) == ("Phạm Minh Chính", "Thủ tướng", None)


def test_it_reads_no_title_where_no_position_line_stands_below_the_body() -> None:
    text = HEAD + BODY + RECEIVED + "Phạm Minh Chính\n[1]\nBộ Chính trị phân công.\n" + FOOTER
    assert parse_document(text).document.signer.title is None


DECISION = (
    "| ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "| Số: 12/2012/QĐ-UBND | Tuyên Quang, ngày 25 tháng 6 năm 2012 |\n\nQUYẾT ĐỊNH\n\n"
    "Ban hành Quy định về tặng quà\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n\n"
    "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.\n\n"
)
ROW = (
    "| Nơi nhận: - Văn phòng Chính phủ; - Bộ Lao động - TB và XH; (báo cáo) - Như Điều 2; "
    "- Lưu VT, VX. | TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Chẩu Văn Lâm |\n|---|---|\n\n"
)
RULES = (
    "QUY ĐỊNH\n\nVỀ VIỆC TẶNG QUÀ ĐỐI VỚI THƯƠNG BINH (Ban hành kèm theo Quyết định số "
    "12/2012/QĐ-UBND)\n\n"
    "Điều 1. Sở Lao động - Thương binh và Xã hội lập danh sách đối tượng.\n\n"
    "Điều 2. Ủy ban nhân dân huyện, thành phố tổ chức trao quà.\n"
)


def test_it_reads_a_signature_printed_as_a_table_row_before_the_text_it_issues() -> None:
    parsed = parse_document(DECISION + ROW + RULES)
    signer = parsed.document.signer
    assert (signer.mode, signer.title, signer.name) == ("T/M", "Chủ tịch", "Chẩu Văn Lâm")
    assert len(parsed.recipients) == 4
    # The issued text's articles are still read as the body.
    assert "Ủy ban nhân dân huyện, thành phố tổ chức trao quà" in "\n".join(
        t for s in parsed.sections for t in [s.title, *s.paragraphs]
    )


def test_a_table_row_of_other_cells_and_a_type_line_above_the_tail_stay() -> None:
    other = "| Số: 12/KH-UBND | Hà Nội, ngày 3 tháng 4 năm 2024 |"
    assert unrow_tail([other, "| Nơi nhận: - Lưu VT. | Đã ký |"]) == [
        other,
        "| Nơi nhận: - Lưu VT. | Đã ký |",
    ]
    plan = ["KẾ HOẠCH", "TUYÊN TRUYỀN BẦU CỬ NĂM 2026", "Nơi nhận:", "- Lưu VT."]
    assert attached_start(plan) is None
    assert attached_start(["Nơi nhận:", "- Lưu VT.", "KẾ HOẠCH", "Xem tiếp tại đây"]) is None


def test_a_body_signed_for_gives_no_title_of_its_name() -> None:
    wrapped = HEAD + RECEIVED + "T/M BỘ CHÍNH\nTRỊ\nTrần Cẩm Tú\n"
    signer = parse_document(wrapped).document.signer
    assert (signer.mode, signer.title, signer.name) == ("T/M", None, "Trần Cẩm Tú")
    board = parse_document(HEAD + RECEIVED + "T/M BAN BÍ THƯ\nTrần Cẩm Tú\n").document.signer
    assert board.title is None
    standing = HEAD + RECEIVED + "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn An\n"
    assert parse_document(standing).document.signer.title == "Phó Bí thư"


def test_a_plus_line_under_an_item_naming_offices_after_its_colon_is_one_recipient() -> None:
    grouped = (
        "Nơi nhận:\n- Như Điều 2;\n- VPUB: + CVP, các PCVP (đ/b);\n+ Cổng TTĐT tỉnh (đưa tin);\n"
        "- VP UBND tỉnh:\n+ LĐVP, KGVX;\n+ Lưu: VT.\n"
    )
    recipients = parse_document(HEAD + grouped + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Ngọc Sâm\n")
    assert recipients.recipients == [
        "Như Điều 2",
        "VPUB: + CVP, các PCVP (đ/b); Cổng TTĐT tỉnh (đưa tin)",
        "VP UBND tỉnh: LĐVP, KGVX",
        "Lưu: VT",
    ]
    plain = "Nơi nhận:\n- Như trên;\n+ Ban Tuyên giáo Tỉnh ủy;\n- Lưu VT.\n"
    assert len(parse_document(HEAD + plain + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nA Páo\n").recipients) == 3


def test_a_deputy_prime_ministers_title_is_cased_as_written() -> None:
    assert position_case("PHÓ THỦ TƯỚNG") == "Phó Thủ tướng"
    assert position_case("THỨ TRƯỞNG") == "Thứ trưởng"


def test_a_sub_boards_row_signature_with_the_signers_own_office_under_the_name() -> None:
    row = (
        "| Nơi nhận: - Thường trực Đảng ủy (Báo cáo); - Ủy ban bầu cử xã (Báo cáo); - Thành "
        "viên Tiểu ban (T/h); - Lưu Ban xây dựng Đảng. | TM. TIỂU BAN TRƯỞNG TIỂU BAN Nguyễn Văn "
        "Hoàn TRƯỞNG BAN XÂY DỰNG ĐẢNG |\n"
    )
    parsed = parse_document(HEAD + "Đề nghị các đơn vị thực hiện.\n" + row)
    signer = parsed.document.signer
    assert (signer.mode, signer.title, signer.name) == ("T/M", "Trưởng tiểu ban", "Nguyễn Văn Hoàn")
    assert len(parsed.recipients) == 4


def test_a_board_named_ban_giam_doc_keeps_its_name_whole() -> None:
    # "BAN" before a position names a body ("TM. BAN GIÁM ĐỐC"); only a sub-board's head is cut.
    lines = ["Nơi nhận:", "- Lưu VT.", "TM. BAN GIÁM ĐỐC", "Nguyễn Văn An"]
    assert unshare_tail(lines) == lines


def test_a_row_recipient_whose_dash_runs_into_its_name_is_one_of_its_own() -> None:
    row = (
        "| Nơi nhận: - HĐND phường, -Thường trực Uỷ ban MTTQVN Phường, - Lưu: VT. | CHỦ TỊCH "
        "Lê Văn Ba |"
    )
    assert unrow_tail([row])[:4] == [
        "Nơi nhận:",
        "- HĐND phường,",
        "-Thường trực Uỷ ban MTTQVN Phường,",
        "- Lưu: VT.",
    ]
    # A dash inside a name, no recipient's end before it, is no bullet.
    inside = "| Nơi nhận: - Sở Lao động -Thương binh và Xã hội; - Lưu VT. | CHỦ TỊCH Lê Văn Ba |"
    assert unrow_tail([inside])[1] == "- Sở Lao động -Thương binh và Xã hội;"


def test_it_reads_the_recipients_above_a_signature_a_pages_chrome_follows() -> None:
    chrome = "".join(f"Văn bản liên quan số {n}: Đã biết Cập nhật:\n" for n in range(30))
    signed = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Quang Tuấn\n"
    parsed = parse_document(HEAD + RECEIVED + signed + chrome)
    assert len(parsed.recipients) == 3


def test_a_received_line_far_above_the_signing_block_is_not_its_recipients() -> None:
    from lantoa.guidance.parsing.tail import find_tail

    body = [f"- Việc thứ {n} của kế hoạch." for n in range(35)]
    lines = ["KẾ HOẠCH", "Nơi nhận: ý kiến cử tri", *body, "KT. GIÁM ĐỐC", "Nguyễn Văn An"]
    lines += [f"Văn bản liên quan {n}" for n in range(60)]
    assert find_tail(lines, 1)[1] is None


def test_it_reads_a_signature_block_a_crawl_ran_onto_one_line() -> None:
    deputy = parse_document(HEAD + RECEIVED + "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn\n")
    signer = deputy.document.signer
    assert (signer.mode, signer.title, signer.name) == ("K/T", "Thứ trưởng", "Đỗ Hoàng Anh Tuấn")
    court = parse_document(HEAD + RECEIVED + "TM. HỘI ĐỒNG THẨM PHÁN CHÁNH ÁN Nguyễn Hòa Bình\n")
    assert (court.document.signer.title, court.document.signer.name) == (
        "Chánh án",
        "Nguyễn Hòa Bình",
    )
    office = parse_document(HEAD + RECEIVED + "TL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm\n")
    assert office.document.signer.title == "Chánh văn phòng"
    # No "Nơi nhận": the block is the text's last line.
    chair = parse_document(HEAD + "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân\n").document.signer
    assert (chair.title or "").lower() == "chủ tịch quốc hội"
    assert chair.name == "Nguyễn Thị Kim Ngân"
    assert unrow_tail(["- Lưu: VT, PC.", "KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Văn An"]) == [
        "- Lưu: VT, PC.",
        "KT.",
        "TỔNG CỤC TRƯỞNG",
        "PHÓ TỔNG CỤC TRƯỞNG",
        "Vũ Văn An",
    ]


def test_a_position_and_a_name_on_a_body_line_stay_one_line() -> None:
    # Far from "Lưu" and from the end, a line is the body's, whatever it starts with.
    body = ["GIÁM ĐỐC SỞ Nguyễn Văn An", "- Tổ chức tuyên truyền.", "- Báo cáo.", "Nơi nhận:"]
    assert unrow_tail(body) == body
    # Below "Lưu", a line of no mode or position is no signature.
    assert unrow_tail(["- Lưu VT.", "HỘI ĐỒNG NHÂN DÂN Nguyễn Văn An"])[1] == (
        "HỘI ĐỒNG NHÂN DÂN Nguyễn Văn An"
    )


def test_it_parts_a_signature_run_into_the_filing_line_and_what_follows_its_name() -> None:
    assert unrow_tail(["- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"]) == [
        "- Lưu: VT, ĐMDN (2b). Trung Anh",
        "BỘ TRƯỞNG, CHỦ NHIỆM",
        "Mai Tiến Dũng",
    ]
    filed = "- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Văn An QUY TRÌNH X"
    assert unrow_tail([filed, "Điều 1. Phạm vi điều chỉnh"])[:6] == [
        "- Lưu: VT, TXNK (30b)",
        "KT.",
        "TỔNG CỤC TRƯỞNG",
        "PHÓ TỔNG CỤC TRƯỞNG",
        "Vũ Văn An",
        "QUY TRÌNH X",
    ]
    letter = parse_document(
        HEAD + RECEIVED + "KT.\nTỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Văn An MẪU 01\n"
    )
    assert (letter.document.signer.name, letter.document.signer.title) == (
        "Vũ Văn An",
        "Phó Tổng cục trưởng",
    )


def test_a_filing_line_without_a_mode_or_a_position_stays_whole() -> None:
    for filed in (
        "- Lưu: VT, TCHQ (65).",
        "- Lưu VPTU. Nguyễn Văn An",
        "- Lưu: VT, CT (HĐND TỈNH).",
    ):
        assert unrow_tail([filed]) == [filed]


RESOLUTION = (
    "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 23/2003/QH11\nHà Nội, ngày 26 tháng 11 năm 2003\nNGHỊ QUYẾT\nVỀ NHÀ ĐẤT\n"
    "Điều 1. Nhà nước không xem xét lại chủ trương, chính sách.\n"
    "Nghị quyết này đã được Quốc hội thông qua ngày 26 tháng 11 năm 2003.\n"
)


def test_it_reads_a_name_kept_with_the_mark_of_the_signature_alone() -> None:
    signer = parse_document(RESOLUTION + "Nguyễn Văn An (Đã ký)\n").document.signer
    assert (signer.name, signer.title, signer.mode) == ("Nguyễn Văn An", None, None)


def test_a_name_without_the_mark_or_far_from_the_end_is_no_signer() -> None:
    assert parse_document(RESOLUTION + "Nguyễn Văn An\n").document.signer.name is None
    far = RESOLUTION.replace("Điều 1.", "Nguyễn Văn An (Đã ký)\nĐiều 1.")
    assert parse_document(far).document.signer.name is None


def test_it_reads_a_deputy_prime_ministers_signature_run_onto_one_line() -> None:
    for block in (
        "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Văn An",
        "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Lê Văn Bình",
    ):
        signer = parse_document(HEAD + RECEIVED + block + "\n").document.signer
        assert (signer.mode, signer.title) == ("K/T", "Phó Thủ tướng")
        assert signer.name == " ".join(block.split()[-3:])


def test_a_prime_minister_signing_himself_keeps_his_title() -> None:
    signer = parse_document(HEAD + RECEIVED + "THỦ TƯỚNG Nguyễn Văn Chung\n").document.signer
    assert (signer.mode, signer.title, signer.name) == (None, "Thủ tướng", "Nguyễn Văn Chung")


def test_it_parts_an_appendixs_caption_a_crawl_ran_onto_the_signers_name() -> None:
    signed = "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Văn An Phụ lục I (Ban hành kèm theo "
    assert unrow_tail(["- Lưu: VT.", signed + "Nghị định số 99/2026/NĐ-CP) TÊN CƠ QUAN"])[-2:] == [
        "Trần Văn An",
        "Phụ lục I (Ban hành kèm theo Nghị định số 99/2026/NĐ-CP) TÊN CƠ QUAN",
    ]
    # The form the appendix prints has a "Nơi nhận" and a signature of its own.
    form = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTHỦ TRƯỞNG CƠ QUAN (Ký, ghi rõ họ tên)\n"
    signer = parse_document(
        HEAD + RECEIVED + signed + "Nghị định số 99/2026/NĐ-CP) QUYẾT ĐỊNH\n" + form
    ).document.signer
    assert (signer.mode, signer.title, signer.name) == ("K/T", "Phó Thủ tướng", "Trần Văn An")


def test_a_name_followed_by_words_on_an_appendix_stays_one_line() -> None:
    # "Phụ lục" without its number is no caption: a bare word after the name stays with it.
    assert unrow_tail(["- Lưu: VT.", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn An Phụ lục kèm"])[-1] == (
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn An Phụ lục kèm"
    )
