"""Whole numbers read from what a person typed (core.numbers: whole_number, typed_whole)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lantoa.core.numbers import format_vn_percent, looks_whole, typed_whole, whole_number


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


@pytest.mark.parametrize(
    ("typed", "read"),
    [("1200", 1200), ("1.200", 1200), (" 12.345.678 ", 12345678), ("-3", -3), ("+4", 4)],
)
def test_it_reads_a_count_as_people_type_it(typed: str, read: int) -> None:
    assert typed_whole(typed) == read and looks_whole(typed)


@pytest.mark.parametrize("typed", ["1,5", "1.20", "12.3456", "١٢", "１２", "1 200", "abc", ""])
def test_it_reads_no_count_from_decimals_or_other_digits(typed: str) -> None:
    assert typed_whole(typed) is None and not looks_whole(typed)


def test_it_knows_a_count_too_long_to_store_is_still_written_as_one() -> None:
    assert typed_whole("9" * 19) is None and looks_whole("9" * 19)


def test_it_writes_every_rate_one_way() -> None:
    # One percent style in a document: "41,3 %" beside "54,7%" in one section read as two sources.
    assert format_vn_percent(41.25) == "41,3%" and format_vn_percent(100, 0) == "100%"
    assert format_vn_percent(Decimal("0.05")) == "0,1%"
