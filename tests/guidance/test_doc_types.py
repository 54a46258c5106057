"""Directive types beyond Hướng dẫn are read from the title line, the subject line or the symbol."""

from __future__ import annotations

import pytest

from lantoa.guidance.parsing import parse_document

HEAD = "TỈNH ỦY LÀO CAI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố {number}\nLào Cai, ngày 02 tháng 3 năm 2026\n"
BODY = "I. MỤC ĐÍCH\n1. Mục đích\nNâng cao nhận thức.\n"


@pytest.mark.parametrize(
    ("number", "title", "kind", "subject"),
    [
        ("25-CT/TU", "CHỈ THỊ\nvề tăng cường công tác tuyên truyền", "Chỉ thị", "về tăng"),
        (
            "12-CTr/TU",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 57-NQ/TW",
            "Chương trình hành động",
            "thực hiện Nghị quyết",
        ),
        ("08-KH/TU", "KẾ HOẠCH\ntriển khai Kết luận số 51-KL/TW", "Kế hoạch", "triển khai"),
        ("1030-CV/TU", "V/v triển khai Kết luận số 51-KL/TW", "Công văn", "triển khai"),
        (
            "05-ĐHTT/BTGTU",
            "ĐỊNH HƯỚNG TUYÊN TRUYỀN\ntháng 7 năm 2026",
            "Định hướng",
            "TUYÊN TRUYỀN",
        ),
        ("15-QĐi/TU", "QUY ĐỊNH\nvề chế độ thông tin", "Quy định", "về chế độ"),
        ("40-HD/BTGDVTU", "HƯỚNG DẪN\ntuyên truyền kỷ niệm", "Hướng dẫn", "tuyên truyền"),
    ],
)
def test_it_reads_the_directive_type(number: str, title: str, kind: str, subject: str) -> None:
    doc = parse_document(HEAD.format(number=number) + title + "\n" + BODY).document
    assert (doc.type, doc.number, doc.issuer) == (kind, number, "Tỉnh ủy Lào Cai")
    assert doc.title is not None and doc.title.startswith(subject)


def test_it_reads_the_type_from_the_symbol_when_no_title_line_names_it() -> None:
    doc = parse_document(HEAD.format(number="25-CT/TU") + BODY).document
    assert doc.type == "Chỉ thị"


def test_it_reads_a_quy_che_and_leaves_its_type_line_out_of_the_issuer() -> None:
    doc = parse_document(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 09-QC/TW\n"
        "Hà Nội, ngày 05 tháng 01 năm 2026\nQUY CHẾ\nQuản lý và cung cấp thông tin\n"
        "- Căn cứ Điều lệ Đảng;\n"
    ).document
    assert (doc.type, doc.number) == ("Quy chế", "09-QC/TW")
    assert (doc.issuer or "").casefold() == "ban chấp hành trung ương"


def test_it_reads_a_president_s_decree_named_in_a_page_s_title() -> None:
    doc = parse_document(
        "Kỷ niệm 70 năm ngày Bác Hồ ký Sắc lệnh 08/SL (20/01/1950-20/01/2020) và hoạt động Đo "
        "lường ở Quảng Trị\n"
    ).document
    assert (doc.type, doc.number) == ("Sắc lệnh", "08/SL")


def test_it_reads_a_press_statement_by_its_title() -> None:
    doc = parse_document(
        "Cập nhật tình hình dịch bệnh\n\n"
        "THÔNG CÁO BÁO CHÍ SỐ 12 VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH TRÊN ĐỊA BÀN TỈNH\n\n"
        "Ban Chỉ đạo phòng, chống dịch tỉnh thông tin nhanh một số nội dung.\n"
    ).document
    assert doc.type == "Thông cáo báo chí"


def test_it_reads_no_press_statement_from_a_joint_communique() -> None:
    doc = parse_document(
        "Quan hệ hữu nghị\n\n"
        "Thông cáo chung về chuyến thăm hữu nghị chính thức của đoàn đại biểu cấp cao\n\n"
        "Hai bên nhất trí tăng cường hợp tác trên nhiều lĩnh vực.\n"
    ).document
    assert doc.type is None
