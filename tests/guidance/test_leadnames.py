"""How a page names a body: an abbreviation spelt out, a bare level given its place."""

from __future__ import annotations

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.leadnames import GLOSS_RE, glossed_name, placed_name


def test_it_spells_out_a_name_the_page_glossed_with_its_abbreviation() -> None:
    lines = [
        "Ngày 31-7-2020, Sở Văn hóa, Thể thao và Du lịch (VH, TT&DL) đã phát hành Công văn.",
        "Sở VH, TT&DL đã có Công văn số 3940, ngày 31-7-2020, thông báo đến các đơn vị.",
    ]
    assert glossed_name(lines, "Sở VH, TT&DL") == "Sở Văn hóa, Thể thao và Du lịch"
    assert glossed_name(lines, "Sở Y tế") == "Sở Y tế"


def test_it_spells_out_a_party_boards_initials_the_page_prints_in_full_too() -> None:
    lines = [
        "… theo Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy .",
        "BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019.",
    ]
    assert glossed_name(lines, "BTV Tỉnh ủy") == "Ban Thường vụ Tỉnh ủy"


def test_it_keeps_a_party_boards_initials_the_page_never_spells_out() -> None:
    # The Youth Union's board spelt out is another body.
    lines = [
        "Ban Thường vụ Tỉnh đoàn và các Tỉnh ủy viên dự.",
        "BTV Tỉnh ủy đã ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019.",
    ]
    assert glossed_name(lines, "BTV Tỉnh ủy") == "BTV Tỉnh ủy"


_CITY_PAGE = [
    "Văn phòng HĐND và UBND thành phố thông báo lịch tiếp công dân của Chủ tịch UBND thành phố.",
    "- Địa điểm: Trụ sở Tiếp công dân, phường Mỹ Hòa, thành phố Long Xuyên, tỉnh An Giang.",
    "Văn phòng HĐND và UBND thành phố Long Xuyên thông báo để nhân dân biết và đăng ký./.",
]


def test_a_city_named_by_its_level_takes_the_place_the_page_gives_the_same_name() -> None:
    office = "Văn phòng HĐND và UBND thành phố"
    assert placed_name(_CITY_PAGE, office) == "Văn phòng HĐND và UBND thành phố Long Xuyên"


def test_a_province_named_by_its_level_stays_as_printed() -> None:
    # "UBND tỉnh": the corpus's convention keeps a province's bare level as the page prints it.
    lines = ["UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND.", "Kế hoạch của UBND tỉnh Lâm Đồng."]
    assert placed_name(lines, "UBND tỉnh") == "UBND tỉnh"


def test_it_reads_a_body_with_its_province_in_brackets() -> None:
    doc = parse_document(
        "Lấn chiếm đất rừng\n\n"
        "Ngày 27/6, UBND huyện Đạ Tẻh (Lâm Đồng) có văn bản chỉ đạo xử lý dứt điểm vụ việc lấn "
        "chiếm đất rừng.\n"
    ).document
    assert doc.issuer == "UBND huyện Đạ Tẻh"
    assert GLOSS_RE.sub("", "UBND huyện Đạ Tẻh (tỉnh Lâm Đồng) có") == "UBND huyện Đạ Tẻh có"


def test_it_keeps_brackets_that_name_no_place() -> None:
    kept = ("Kế hoạch (sửa đổi) được", "UBND xã Tân Phú (cũ) có", "Hội nghị (Hà) có")
    assert [GLOSS_RE.sub("", text) for text in kept] == list(kept)
    doc = parse_document(
        "Lấn chiếm đất rừng\n\n"
        "Ngày 27/6, UBND huyện Đạ Tẻh (cũ) có văn bản chỉ đạo xử lý dứt điểm vụ việc lấn chiếm "
        "đất rừng.\n"
    ).document
    assert doc.issuer is None


def test_it_reads_a_labour_federation_by_its_initials() -> None:
    doc = parse_document(
        "Chăm lo Tết cho đoàn viên\n\n"
        "Ngày 19/11/2019 LĐLĐ Quận Đống Đa đã ban hành Công văn số 243/LĐLĐ về việc chăm lo đời "
        "sống cho đoàn viên.\n"
    ).document
    assert (doc.number, doc.issuer) == ("243/LĐLĐ", "LĐLĐ Quận Đống Đa")


def test_it_reads_no_labour_federation_that_owns_a_cited_letter() -> None:
    doc = parse_document(
        "Chăm lo Tết cho đoàn viên\n\n"
        "Thực hiện Công văn số 243/LĐLĐ ngày 19/11/2019 của LĐLĐ Quận Đống Đa, Công đoàn phường "
        "Kim Liên đã ban hành Kế hoạch số 12/KH-CĐ về việc chăm lo Tết.\n"
    ).document
    assert (doc.number, doc.issuer) == ("12/KH-CĐ", "Công đoàn phường Kim Liên")


def test_it_reads_a_body_that_did_one_thing_then_issued() -> None:
    doc = parse_document(
        "Phòng chống dịch tại Sóc Sơn\n\n"
        "Trước diễn biến của dịch bệnh, Ban Thường vụ Huyện ủy Sóc Sơn đã quán triệt tới toàn bộ "
        "hệ thống chính trị, đồng thời ban hành Chỉ thị số 09/CT-HU về tăng cường phòng, chống "
        "dịch.\n"
    ).document
    assert (doc.number, doc.issuer) == ("09/CT-HU", "Ban Thường vụ Huyện ủy Sóc Sơn")


def test_it_reads_no_body_that_directed_another_to_issue() -> None:
    doc = parse_document(
        "Phòng chống dịch tại Sóc Sơn\n\n"
        "Trước diễn biến của dịch bệnh, UBND huyện Sóc Sơn đã chỉ đạo Phòng Văn hóa và Thông tin "
        "xây dựng và ban hành Kế hoạch số 15/KH-VHTT về tuyên truyền phòng, chống dịch.\n"
    ).document
    assert doc.number == "15/KH-VHTT"
    assert doc.issuer != "UBND huyện Sóc Sơn"


def test_it_reads_the_owner_of_a_document_a_page_opens_on_before_what_it_says() -> None:
    doc = parse_document(
        "Kế hoạch số 120/KH-UBND của UBND tỉnh Nghệ An nêu rõ mục tiêu đến năm 2025 là 100% "
        "xã có điểm bưu điện văn hóa.\n"
    ).document
    assert (doc.type, doc.number, doc.issuer) == ("Kế hoạch", "120/KH-UBND", "UBND tỉnh Nghệ An")


def test_it_reads_no_owner_named_without_its_level_before_what_it_says() -> None:
    doc = parse_document(
        "Kế hoạch số 120/KH-BCĐ của Ban Chỉ đạo nêu rõ mục tiêu đến năm 2025 là 100% xã có điểm "
        "bưu điện văn hóa.\n"
    ).document
    assert (doc.number, doc.issuer) == ("120/KH-BCĐ", None)


def test_it_reads_the_body_a_document_was_just_issued_by() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Theo Quyết định số 1234/QĐ-UBND vừa được UBND tỉnh Hà Tĩnh ban hành, tỉnh sẽ hỗ trợ học "
        "phí cho học sinh.\n"
    ).document
    assert (doc.number, doc.issuer) == ("1234/QĐ-UBND", "UBND tỉnh Hà Tĩnh")
    spelt = parse_document(
        "Tin tức sự kiện\n\n"
        "Theo Quyết định số 1234/QĐ-UBND vừa được Ủy ban nhân dân tỉnh Hà Tĩnh ban hành, tỉnh sẽ "
        "hỗ trợ học phí cho học sinh.\n"
    ).document
    assert spelt.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"


def test_it_reads_no_body_from_a_document_just_issued_by_no_one_named() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Theo Quyết định số 1234/QĐ-UBND vừa được ban hành, tỉnh sẽ hỗ trợ học phí cho học sinh.\n"
    ).document
    assert (doc.number, doc.issuer) == ("1234/QĐ-UBND", None)


def test_it_reads_a_school_as_an_issuer() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Trường THPT Huỳnh Thúc Kháng vừa ban hành Kế hoạch số 12/KH-THPT về tổ chức ngoại khóa.\n"
    ).document
    assert (doc.number, doc.issuer) == ("12/KH-THPT", "Trường THPT Huỳnh Thúc Kháng")


def test_it_reads_no_school_from_truong_hop() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Trường hợp cần thiết, Sở Y tế vừa ban hành Kế hoạch số 12/KH-SYT về tổ chức ngoại khóa.\n"
    ).document
    assert (doc.number, doc.issuer) == ("12/KH-SYT", "Sở Y tế")


def test_it_reads_inspectorates_procuracies_and_courts_by_their_whole_names() -> None:
    leads = [
        "Thanh tra Chính phủ vừa ban hành Kết luận thanh tra số 123/KL-TTCP về dự án.",
        "Viện Kiểm sát nhân dân tỉnh Nghệ An vừa ban hành Chỉ thị số 01/CT-VKS về công tác.",
        "Toà án nhân dân tỉnh Nghệ An vừa ban hành Kế hoạch số 12/KH-TA về xét xử lưu động.",
    ]
    issuers = [parse_document(f"Tin tức sự kiện\n\n{lead}\n").document.issuer for lead in leads]
    assert issuers == [
        "Thanh tra Chính phủ",
        "Viện Kiểm sát nhân dân tỉnh Nghệ An",
        "Toà án nhân dân tỉnh Nghệ An",
    ]


def test_it_reads_no_inspectorate_from_the_verb_thanh_tra() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Thanh tra việc chấp hành pháp luật về giá, Sở Y tế vừa ban hành Kết luận số 12/KL-SYT về "
        "các cơ sở.\n"
    ).document
    assert (doc.number, doc.issuer) == ("12/KL-SYT", "Sở Y tế")


def test_it_reads_a_body_glossed_by_its_short_name_with_its_level() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "Ngày 12/3/2024, Ủy ban nhân dân tỉnh Hà Tĩnh (UBND tỉnh) ban hành Kế hoạch số 120/KH-UBND "
        "về tuyên truyền.\n"
    ).document
    assert (doc.number, doc.issuer) == ("120/KH-UBND", "Ủy ban nhân dân tỉnh Hà Tĩnh")


def test_it_keeps_a_bracket_of_initials_and_other_words() -> None:
    kept = ("Kế hoạch (KH tháng 3) được", "Sở Y tế (SYT cũ) có")
    assert [GLOSS_RE.sub("", text) for text in kept] == list(kept)
