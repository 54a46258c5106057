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
