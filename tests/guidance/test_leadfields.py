"""A lead's fields around its document reference: the day it gives the document."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document


def test_it_leaves_a_cited_documents_day_before_the_issuer_to_that_document() -> None:
    doc = parse_document(
        "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 4491/UBND-KGVX ngày 19/11/2020, UBND "
        "thành phố Thái Nguyên đã có Văn bản số 3102/UBND-VP ngày 20/11/2020 về việc báo cáo.\n"
    ).document
    assert (doc.number, doc.date) == ("3102/UBND-VP", date(2020, 11, 20))


def test_it_numbers_a_headline_from_the_sentence_below_whose_subject_it_cannot_read() -> None:
    doc = parse_document(
        "Tìm kiếm\n"
        "Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền ban hành Kế hoạch tổ chức Ngày hội Đại "
        "đoàn kết toàn dân tộc năm 2018\nNgày cập nhật 29/10/2018\n"
        "Ngày 15/10/2018, UBMTTQVN Huyện ban hành Kế hoạch số 20/KH-BTT về việc tổ chức Ngày hội "
        "Đại đoàn kết toàn dân tộc năm 2018.\n"
    ).document
    assert (doc.type, doc.number, doc.date) == ("Kế hoạch", "20/KH-BTT", date(2018, 10, 15))
    assert doc.issuer == "Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền"


def test_it_reads_an_unnumbered_plan_from_a_news_item_dated_by_day_and_month() -> None:
    doc = parse_document(
        "Sơn La cử 40 chiến sỹ áo trắng lên đường hỗ trợ TP Hồ Chí Minh chống dịch\n"
        "GD&TĐ - Ngày 28/7, UBND tỉnh Sơn La đã ban hành kế hoạch cử Đoàn công tác gồm 40 cán "
        "bộ, bác sĩ, nhân viên y tế lên đường hỗ trợ thành phố Hồ Chí Minh chống dịch.\n"
    ).document
    assert (doc.type, doc.issuer, doc.number) == ("Kế hoạch", "UBND tỉnh Sơn La", None)


def test_it_reads_the_issuer_after_a_headline_run_into_the_lead() -> None:
    doc = parse_document(
        "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57 "
        "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số "
        "57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Chương trình hành động", "Ban Thường vụ Tỉnh ủy")


def test_it_reads_the_plan_a_body_builds_in_answer_to_anothers_document() -> None:
    doc = parse_document(
        "Huyện đoàn Tây Giang tổ chức Hội trại thanh niên năm 2023.\n"
        "Thực hiện Kế hoạch số 78-KH/HU ngày 18/8/2022 của Ban Thường vụ Huyện ủy Tây Giang về "
        "kỷ niệm 60 năm thành lập huyện. Ban Thường vụ Huyện đoàn Tây Giang xây dựng Kế hoạch tổ "
        "chức Hội trại Thanh niên nhằm thiết thực chào mừng kỷ niệm.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", None)
    assert doc.issuer == "Ban Thường vụ Huyện đoàn Tây Giang"


def test_it_reads_a_lead_whose_issuer_states_its_role_in_brackets() -> None:
    doc = parse_document(
        "Hướng dẫn tuyên truyền kỷ niệm 20 năm thành lập thành phố Cần Thơ\n"
        "Ban Tuyên giáo Thành ủy (Trưởng Tiểu ban Tuyên truyền) ban hành Hướng dẫn số 41-HD/BTGTU "
        "về công tác tuyên truyền kỷ niệm 20 năm thành lập thành phố Cần Thơ.\n"
    ).document
    assert (doc.number, doc.issuer) == ("41-HD/BTGTU", "Ban Tuyên giáo Thành ủy")


def test_it_reads_a_mass_organisations_central_committee_named_by_its_level_first() -> None:
    doc = parse_document(
        "Ngày 7.8, T.Ư Hội Liên hiệp thanh niên Việt Nam đã ban hành hướng dẫn tổ chức Đại hội "
        "Hội Liên hiệp thanh niên Việt Nam cấp tỉnh, cấp xã trên toàn quốc.\n"
    ).document
    assert (doc.type, doc.issuer) == ("Hướng dẫn", "T.Ư Hội Liên hiệp thanh niên Việt Nam")


def test_it_reads_a_city_named_as_the_body_that_writes() -> None:
    doc = parse_document(
        "Hà Nội cho trẻ mầm non đi học từ 13/4\n\n"
        "Thành phố Hà Nội vừa có văn bản thống nhất với đề xuất của Sở GD&ĐT về việc cho trẻ em "
        "mầm non trên địa bàn thành phố đến trường từ 13/4.\n"
    ).document
    assert doc.issuer == "Thành phố Hà Nội"
    assert parse_document("Thành phố Hồ Chí Minh có 24 quận, huyện.").document.issuer is None


def test_it_reads_no_later_items_document_in_place_of_the_first_ones() -> None:
    doc = parse_document(
        "Theo kế hoạch vừa được Chủ tịch UBND tỉnh Cà Mau ký ban hành, từ ngày 13 - 16/12/2023, "
        "tỉnh sẽ tổ chức Festival tôm Cà Mau.\n"
        "Chủ tịch UBND tỉnh Cà Mau vừa ký công văn đề nghị Ban chỉ đạo Quốc gia về phòng, chống "
        "thiên tai hỗ trợ kinh phí khắc phục sạt lở.\n"
    ).document
    assert doc.type != "Công văn"


def test_it_numbers_a_document_marked_urgent_between_its_kind_and_number() -> None:
    signed = parse_document(
        "Chiều nay 27.9, Chủ tịch UBND tỉnh Lê Trí Thanh ký Công điện khẩn số 03/CĐ-UBND yêu cầu "
        "tập trung ứng phó khẩn cấp với bão số 4.\n"
    ).document
    assert (signed.type, signed.number) == ("Công điện", "03/CĐ-UBND")
    issued = parse_document(
        "Ngày 03/9, UBND tỉnh ban hành Kế hoạch (HOẢ TỐC) số 1141/KH-UBND về việc Kiểm tra và "
        "làm việc với UBND huyện Tam Đường.\n"
    ).document
    assert (issued.type, issued.number) == ("Kế hoạch", "1141/KH-UBND")


def test_an_urgent_document_named_without_its_number_stays_unnumbered() -> None:
    # "Công điện khẩn về …": the mark, then the subject; no number is taken from further on.
    doc = parse_document(
        "Thủ tướng vừa ký Công điện khẩn về việc ứng phó bão số 4 gửi các tỉnh.\n"
    ).document
    assert (doc.type, doc.number) == ("Công điện", None)


def test_it_numbers_a_letter_named_as_a_guiding_letter() -> None:
    # "văn bản hướng dẫn số …": the words say what the numbered letter does (dev32 exc_1827).
    doc = parse_document(
        "Ngày 31/3/2017, Sở Nội vụ đã ban hành văn bản hướng dẫn số 231/SNV-XDCQ về việc hướng "
        "dẫn đánh giá tiêu chí số 18 trong bộ tiêu chí công nhận xã nông thôn mới.\n"
    ).document
    assert (doc.number, doc.issuer, doc.date) == ("231/SNV-XDCQ", "Sở Nội vụ", date(2017, 3, 31))


def test_it_keeps_the_title_of_an_unnumbered_guiding_letter() -> None:
    # Without a number "hướng dẫn" opens the letter's subject, as before.
    doc = parse_document(
        "Ngày 9/11, Ban Tuyên giáo Tỉnh ủy đã ban hành văn bản hướng dẫn tuyên truyền kỷ niệm các "
        "ngày lễ lớn năm 2017.\n"
    ).document
    assert doc.number is None
    assert doc.title == "tuyên truyền kỷ niệm các ngày lễ lớn năm 2017"


def test_it_reads_the_number_of_a_kind_qualified_before_it() -> None:
    resolution = parse_document(
        "Tin tức sự kiện\n\n"
        "Tỉnh ủy Hà Tĩnh vừa ban hành Nghị quyết chuyên đề số 05-NQ/TU về phát triển du lịch.\n"
    ).document
    fine = parse_document(
        "Tin tức sự kiện\n\n"
        "Ngày 16/11/2023, UBND huyện Ia Grai ban hành quyết định xử phạt số 1820/QĐ-XPVPHC đối "
        "với chủ cơ sở.\n"
    ).document
    assert (resolution.type, resolution.number) == ("Nghị quyết", "05-NQ/TU")
    assert (fine.type, fine.number, fine.issuer) == (
        "Quyết định",
        "1820/QĐ-XPVPHC",
        "UBND huyện Ia Grai",
    )


def test_it_reads_no_number_of_another_kind_a_few_words_after_a_kind() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính "
        "trị.\n"
    ).document
    assert (doc.type, doc.number) == ("Kế hoạch", None)


def test_it_reads_the_day_a_lead_gives_its_document_in_brackets_or_after_de() -> None:
    bracketed = parse_document(
        "Tin tức sự kiện\n\n"
        "UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 120/KH-UBND (ngày 12/3/2024) về tuyên truyền "
        "kỷ niệm ngày thành lập tỉnh.\n"
    ).document
    dated = parse_document(
        "Tin tức sự kiện\n\n"
        "UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 120/KH-UBND đề ngày 12/3/2024 về tuyên truyền "
        "kỷ niệm ngày thành lập tỉnh.\n"
    ).document
    assert bracketed.date == dated.date == date(2024, 3, 12)
    assert bracketed.title is not None and bracketed.title.startswith("tuyên truyền")


def test_it_reads_no_day_of_another_document_in_the_bracket() -> None:
    doc = parse_document(
        "Tin tức sự kiện\n\n"
        "UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 120/KH-UBND (thay thế Kế hoạch số 99/KH-UBND "
        "ngày 1/2/2023) về tuyên truyền.\n"
    ).document
    assert (doc.number, doc.date) == ("120/KH-UBND", None)
