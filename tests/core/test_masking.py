"""Masking lives in core so that surveys and opinion mask the same way."""

from lantoa.core import masking
from lantoa.opinion import privacy


def test_it_masks_phones_ids_and_emails_and_reads_the_masks_in_vietnamese():
    said = "Gọi 0912 345 678, CCCD 001203004005, thư a.b@gmail.com; giá 150.000 đ"
    text = masking.mask_text(said)
    assert text == "Gọi <PHONE>, CCCD <ID>, thư <EMAIL>; giá 150.000 đ"
    assert masking.masks_vi(text).startswith("Gọi [số điện thoại], CCCD [số định danh]")


def test_it_is_the_one_masking_opinion_uses():
    assert privacy.mask_text is masking.mask_text and privacy.MASK_NAMES is masking.MASK_NAMES


def test_it_tells_whether_a_text_names_a_person_as_masking_reads_it():
    from lantoa.core.masking import names_person

    for text in (
        "Nguyễn Văn A 0912 345 678",
        "https://zalo.me/0912345678",
        "Lê Thị B, cccd 011 203 004 568",
        "ten (a) gmail.com",
        "Trần C @tranc.dienbien",
    ):
        assert names_person(text), text
    for text in (
        "Nguyễn Văn An",
        "Bản Mường Thanh, 150000000 đồng",
        "https://baodienbienphu.info.vn/kl51",
    ):
        assert not names_person(text), text
    # A link keeps the platform's handle (the author's own is dropped by names_author).
    assert not names_person("https://www.tiktok.com/@kenh.nong.san/video/1", handles=False)
    assert names_person("https://www.tiktok.com/@kenh.nong.san/video/1")


def test_it_masks_a_bank_account_number_its_label_names():
    # A bank account names its holder as a phone does; left whole before.
    for said, masked in (
        ("ck vào stk 1903 5555 12345 techcombank nhé", "ck vào stk <BANK> techcombank nhé"),
        ("Số tài khoản: 0123456789012", "Số tài khoản: <BANK>"),
        ("so tai khoan vietcombank 0071-0001-23456", "so tai khoan vietcombank <BANK>"),
        (
            "STK Agribank chi nhánh Điện Biên 8900205123456",
            "STK Agribank chi nhánh Điện Biên <BANK>",
        ),
    ):
        assert masking.mask_text(said) == masked, said
    assert masking.masks_vi("stk <BANK>") == "stk [số tài khoản ngân hàng]"
    # A phone number after «tài khoản zalo» is a phone, masked as one.
    assert masking.mask_text("tài khoản zalo 0912345678") == "tài khoản zalo <PHONE>"
    assert masking.names_person("stk 1903555512345")


def test_it_keeps_money_sent_to_an_account():
    for said in (
        "chuyển vào tài khoản 5.000.000 đồng",
        "tài khoản còn 1500000 đ",
        "stk nhận 200 nghìn",
        "mã đơn 123456789012",
    ):
        assert masking.mask_text(said) == said, said
