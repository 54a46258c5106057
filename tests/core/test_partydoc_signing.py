"""The one vocabulary of signing modes, read by the parser, the review form and the engine."""

from __future__ import annotations

import pytest

from lantoa.core.partydoc.signing import SIGNING_MODE_CHOICES, SIGNING_MODES, signing_mode
from lantoa.guidance.forms import SIGN_MODES
from lantoa.guidance.parsing import parse_document


@pytest.mark.parametrize(
    ("raw", "mode"),
    [
        ("T/L", "TL."),
        ("TL.", "TL."),
        ("TL", "TL."),
        ("K/T", "K/T"),
        ("KT.", "K/T"),
        ("TM.", "T/M"),
        ("T/M", "T/M"),
        ("TUQ.", "TUQ."),
        ("Q.", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_it_maps_every_spelling_to_one_mode(raw: str | None, mode: str) -> None:
    assert signing_mode(raw) == mode


def test_it_gives_the_review_form_the_same_modes() -> None:
    assert SIGN_MODES == SIGNING_MODE_CHOICES
    assert [code for code, _ in SIGNING_MODES] == [code for code, _ in SIGN_MODES[1:]]


@pytest.mark.parametrize("printed", ["T/L", "TL.", "T/L.", "TL"])
def test_it_keeps_a_parsed_mode_the_form_offers(printed: str) -> None:
    text = (
        "BAN TUYÊN GIÁO VÀ DÂN VẬN\nSố 12-HD/BTGDVTU\nĐiện Biên, ngày 02 tháng 3 năm 2026\n"
        "HƯỚNG DẪN\ntuyên truyền kỷ niệm\nI. MỤC ĐÍCH\n1. Mục đích\nNâng cao nhận thức.\n"
        f"Nơi nhận:\n- Như trên;\n- Lưu.\n{printed} TRƯỞNG BAN\nCHÁNH VĂN PHÒNG\nLò Văn Minh\n"
    )
    mode = parse_document(text).document.signer.mode
    assert mode == "TL."
    assert mode in dict(SIGN_MODES)
