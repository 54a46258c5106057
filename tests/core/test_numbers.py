"""Whole numbers read from what a person typed (core.numbers.whole_number)."""

from __future__ import annotations

import pytest

from lantoa.core.numbers import whole_number


@pytest.mark.parametrize(
    ("typed", "read"),
    [("12", 12), (" 7 ", 7), ("0", 0), ("007", 7), ("9" * 18, int("9" * 18))],
)
def test_it_reads_ascii_digits(typed: str, read: int) -> None:
    assert whole_number(typed) == read


@pytest.mark.parametrize(
    "typed",
    ["", None, "abc", "-1", "1.5", "1_000", "²", "１２", "٣", "9" * 19, "12\n3", "+4"],
)
def test_it_reads_nothing_else(typed: str | None) -> None:
    # "²" and "٣" pass str.isdigit(); 19 digits overflow a database's 64-bit integer.
    assert whole_number(typed) is None


def test_it_reads_a_sign_only_when_asked() -> None:
    assert whole_number("-5", signed=True) == -5
    assert whole_number("-5") is None
    assert whole_number("--5", signed=True) is None
