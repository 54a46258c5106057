"""Amounts and months said in words or slang read as the same digits (claimnumbers)."""

import pytest

from lantoa.opinion.claimtext import normalise


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("phải nộp hai triệu đồng", "phải nộp 2 triệu đồng"),
        ("đưa phong bì hai củ", "đưa phong bì 2 triệu"),
        ("thưởng năm triệu", "thưởng 5tr"),
        ("thu năm trăm nghìn đồng", "thu 500.000 đồng"),
        ("mất nửa triệu", "mất 500 nghìn"),
        ("hai trăm ngàn một tạ", "200k một tạ"),
        ("mỗi máy năm mươi nghìn", "mỗi máy 50 nghìn"),
        ("một triệu rưỡi", "1.500.000"),
        ("hai trăm năm mươi nghìn", "250 nghìn"),
        ("từ ngày 1 tháng bảy", "từ ngày 1 tháng 7"),
        ("trước cuối tháng chín", "trước cuối tháng 9"),
        ("được cho hai chục bao", "được cho 20 bao"),
    ],
)
def test_it_reads_an_amount_in_words_as_its_digits(spoken, written):
    assert normalise(spoken) == normalise(written)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("cây chè trăm năm tuổi", "nam tuoi"),  # "năm" is the year, not five
        ("qua ba bốn chốt", "ba bon chot"),  # three or four, no amount
        ("năm nay giá thấp", "nam nay"),
        ("hai củ khoai", "hai cu khoai"),  # tubers, not millions
        ("tháng năm ngoái", "thang nam ngoai"),  # last year's month
    ],
)
def test_it_leaves_words_that_are_no_amount(text, kept):
    assert kept in normalise(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("phải chờ mười năm mới có bằng", "10 nam moi"),  # ten years; fifteen is "mười lăm"
        ("cùng một tỷ lệ, làm gì có", "ty le"),  # a ratio
    ],
)
def test_it_reads_years_and_ratios_beside_numbers_as_words(text, kept):
    assert kept in normalise(text)


def test_it_reads_units_after_tens():
    assert normalise("mười lăm triệu") == normalise("15 triệu")
    assert normalise("hai mươi tư nghìn") == normalise("24 nghìn")


def test_it_reads_a_bare_hundred_before_a_magnitude():
    assert normalise("thưởng ngay trăm triệu") == normalise("thưởng ngay 100 triệu")


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("đóng bao nửa tạ", "đóng bao 50 cân"),
        ("bì năm chục ký", "bì 50 kg"),
        ("cân được trăm ký búp", "cân được 1 tạ búp"),
        ("phát một tấn phân", "phát nghìn cân phân"),
        ("hai trăm nghìn mỗi tạ", "200k mỗi 100 kg"),
    ],
)
def test_it_reads_a_weight_in_any_unit_as_kilograms(spoken, written):
    assert normalise(spoken) == normalise(written)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("bà ta nói thế", "ba ta"),  # "she", not three quintals
        ("họp 2 kỳ một năm", "2 ky"),  # two terms
    ],
)
def test_it_leaves_look_alike_weights(text, kept):
    assert kept in normalise(text)


def test_it_reads_gold_in_chi():
    assert normalise("thưởng một cây vàng") == normalise("thưởng mười chỉ vàng")
    assert normalise("cầm ngay 1 lượng vàng") == normalise("cầm ngay 10 chỉ vàng")


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("cấm nấu mười hai tháng", "cấm nấu 1 năm"),
        ("đi làm xa quá nửa năm", "đi làm xa quá 6 tháng"),
        ("phạt chục củ", "phạt mười triệu"),
    ],
)
def test_it_reads_a_duration_in_its_largest_whole_unit(spoken, written):
    assert normalise(spoken) == normalise(written)


def test_it_leaves_years_and_months_said_together():
    assert "nam thang" in normalise("bao năm tháng vất vả")
