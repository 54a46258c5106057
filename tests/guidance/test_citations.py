"""Cited documents: laws named before their number, symbols ending in a term number."""

from __future__ import annotations

from datetime import date

from lantoa.guidance.parsing import parse_document
from lantoa.guidance.parsing.numbers import PLACE_DATE_RE, find_citations, make_date


def test_it_reads_a_law_cited_by_name_then_number() -> None:
    text = (
        "Căn cứ Luật Lưu trữ số 33/2024/QH15, ngày 21/6/2024; Luật Bảo vệ bí mật nhà nước số "
        "29/2018/QH14 của Quốc hội; Kết luận số 51-KL/TW, ngày 17/6/2026 của Bộ Chính trị."
    )
    refs = [(c.ref.type, c.ref.number) for c in find_citations(text)]
    assert refs == [
        ("Luật", "33/2024/QH15"),
        ("Luật", "29/2018/QH14"),
        ("Kết luận", "51-KL/TW"),
    ]


def test_it_keeps_the_term_number_of_a_symbol() -> None:
    (cite,) = find_citations("Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban")
    assert cite.ref.number == "76/2025/UBTVQH15"


def test_it_reads_a_number_whose_so_lost_its_accents() -> None:
    (cite,) = find_citations("quán triệt Chỉ thị so 41-CT/TW ngày 26/12/2024 của Bộ Chính trị")
    assert (cite.ref.type, cite.ref.number) == ("Chỉ thị", "41-CT/TW")


def test_it_reads_each_number_of_a_listed_series() -> None:
    text = (
        "phê duyệt tại các Quyết định: số 36/QĐ-TTg ngày 11/01/2024 về quy hoạch; số "
        "1569/QĐ-TTg ngày 12/12/2024 về quy hoạch Thủ đô và số 1668/QĐ-TTg ngày 27/12/2024; "
        "tài khoản số 12/AB, số lượng 5/7."
    )
    refs = [(c.ref.type, c.ref.number) for c in find_citations(text)]
    assert refs == [
        ("Quyết định", "36/QĐ-TTg"),
        ("Quyết định", "1569/QĐ-TTg"),
        ("Quyết định", "1668/QĐ-TTg"),
    ]


def test_it_mends_a_prime_minister_symbol_typed_without_its_hyphen() -> None:
    (cite,) = find_citations("Chỉ thị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ")
    assert cite.ref.number == "27/CT-TTg"


def test_it_reads_a_symbol_typed_with_tu_for_tw_whole() -> None:
    (cite,) = find_citations("Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV)")
    assert cite.ref.number == "13-NQ/TƯ"


def test_it_reads_a_symbol_on_after_an_ampersand_and_a_space() -> None:
    (cite,) = find_citations("theo Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025")
    assert cite.ref.number == "15972/SXD-QLN&TTBĐS"


def test_an_ampersand_before_a_word_ends_the_symbol() -> None:
    (cite,) = find_citations("theo Công văn số 45/SVHTT& Sở Y tế ngày 3/4/2025 và 82/CV-BVR&MT")
    assert cite.ref.number == "45/SVHTT&"


def test_it_reads_a_symbol_on_past_a_space_typed_inside_a_code() -> None:
    (cite,) = find_citations("Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh")
    assert cite.ref.number == "23/2015/TTLT-BGDĐT-BNV"
    doc = parse_document("Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh nghề GV\n")
    assert doc.document.number == "23/2015/TTLT-BGDĐT-BNV"


def test_capitals_after_a_symbol_not_running_to_a_dash_stay_out_of_it() -> None:
    # "… số 123/UBND-VX V/v …", "… 45/KH-UBND ĐT cho biết": no dash right after the capitals.
    (cite,) = find_citations("Công văn số 123/UBND-VX V/v triển khai kế hoạch năm 2025")
    (other,) = find_citations("Kế hoạch số 45/KH-UBND ĐT cho biết thêm")
    (part,) = find_citations("Thực hiện Kết luận số 51-KL/TW II- NỘI DUNG TUYÊN TRUYỀN")
    assert (cite.ref.number, other.ref.number) == ("123/UBND-VX", "45/KH-UBND")
    assert part.ref.number == "51-KL/TW"


def test_a_dateline_reads_a_month_whose_leading_zero_ocr_spaced() -> None:
    spaced = PLACE_DATE_RE.search("Hà Nội, ngày 26 tháng 0 6 năm 2018")
    assert spaced is not None
    assert make_date(spaced["d"], spaced["m"], spaced["y"]) == date(2018, 6, 26)
    # Only a leading zero is spaced from its digit: "1 2" is no month.
    assert PLACE_DATE_RE.search("Hà Nội, ngày 26 tháng 1 2 năm 2018") is None


def test_it_reads_a_number_that_carries_a_letter() -> None:
    text = "Căn cứ Quyết định số 168a/QĐ-UBND ngày 6/9/2025 về việc phân công tiếp công dân."
    assert [c.ref.number for c in find_citations(text)] == ["168a/QĐ-UBND"]


def test_a_word_after_a_number_is_no_letter_of_it() -> None:
    # "Quyết định 25 về …": a bare number and a word, no symbol to cite.
    assert find_citations("Theo Quyết định 25 về việc phân công, số 3b tổ dân phố.") == []


def test_it_reads_a_lower_case_symbol_whose_kind_the_word_before_names() -> None:
    parsed = parse_document("Thông tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nđ-cp\n")
    # The decree the circular's title guides is its subject, a document it cites.
    assert (parsed.subject.type, parsed.subject.number) == ("Nghị định", "46/2014/nđ-cp")
    assert parsed.document.title == "hướng dẫn nghị định 46/2014/nđ-cp"


def test_a_lower_case_symbol_of_another_kind_is_not_cited() -> None:
    # "nghị định 46/2014/tt-btc": the symbol says a circular, the word a decree; a slug, not a cite.
    assert find_citations("hướng dẫn nghị định 46/2014/tt-btc mới nhất") == []


def test_a_series_after_its_kind_in_the_plural_gives_that_kind_to_codes_it_lacks() -> None:
    # "Căn cứ các Thông tư của Bộ trưởng …: Số 03/VBHN-BGDĐT ngày …; Số 20/VBHN-BGDĐT …" (dev48).
    text = (
        "Căn cứ các Thông tư của Bộ trưởng Bộ Giáo dục và Đào tạo: Số 03/VBHN-BGDĐT ngày "
        "03/05/2019 hợp nhất Thông tư về Quy chế tuyển sinh; Số 20/VBHN-BGDĐT ngày 30/5/2014 hợp "
        "nhất Thông tư về trường chuyên;"
    )
    refs = [(c.ref.type, c.ref.number) for c in find_citations(text)]
    assert refs == [("Thông tư", "03/VBHN-BGDĐT"), ("Thông tư", "20/VBHN-BGDĐT")]


def test_a_code_no_kind_names_outside_a_series_is_no_citation() -> None:
    alone = find_citations("Đăng ký tại quầy 3, liên hệ: Số 12/ABC-DEF, tầng 2.")
    ended = find_citations("Thực hiện các Quyết định của tỉnh. Hồ sơ lưu: Số 5/HS-VP.")
    assert alone == []
    assert ended == []


def test_an_eth_typed_for_d_is_read_as_d_in_a_symbol() -> None:
    # "Bộ VH-TT&DL ban hành Công điện 2954/CÐ-BVHTTDL …": a Latin "Ð" (U+00D0) for "Đ" (dev48).
    doc = parse_document(
        "Bộ Y tế vừa ban hành Công điện số 12/C\u00d0-BYT về việc phòng, chống dịch.\n"
    ).document
    assert doc.number == "12/CĐ-BYT"


def test_a_letter_cited_as_van_ban_so_is_a_citation() -> None:
    # "Thực hiện sự chỉ đạo của UBND tỉnh Lâm Đồng tại văn bản số 5964/UBND-VX ngày …" (dev48).
    text = (
        "Thực hiện chỉ đạo của UBND tỉnh tại văn bản số 5964/UBND-VX ngày 08/10/2013, Sở hướng dẫn."
    )
    plain = find_citations("Các văn bản số hóa được lưu 5 năm; văn bản số lượng lớn 10/ABC.")
    assert [c.ref.number for c in find_citations(text)] == ["5964/UBND-VX"]
    assert plain == []
