"""A date a person typed: the one reading every form field and spreadsheet cell shares."""

from __future__ import annotations

import datetime
import re

# The time an export writes after a date ("07/12/2026 08:15:30"): the day is what counts.
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
# Day first, one separator used twice: 7/12/2026, 07-12-2026, 7.12.2026, 7/12/26.
_DAY_FIRST = re.compile(rf"(\d{{1,2}})([/.-])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}")
# Digits only, day first (07122026): a phone's number pad has no "/" to type.
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")
# ISO (2026-12-07), as a script or an export writes it, or year first with slashes (2026/12/07).
_ISO = re.compile(rf"(\d{{4}})([-/])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
# Years a record of the province can hold; 0001 or 9999 overflowed the date arithmetic after
# it (a day before, a time zone) into a server error.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _typed_parts(text: str) -> tuple[str, str, str, int] | None:
    """Return the day, month and year as typed and the full year, or None for another shape."""
    text = text.strip()
    if match := _DAY_FIRST.fullmatch(text):
        day, _separator, month, year = match.groups()
    elif match := _ISO.fullmatch(text):
        year, _separator, month, day = match.groups()
    elif match := _DIGITS.fullmatch(text):
        day, month, year = match.groups()
    else:
        return None
    # A two-digit year is this century's: the product records what units do now.
    return day, month, year, int(year) + (2000 if len(year) == 2 else 0)


def typed_date(text: str) -> datetime.date | None:
    """Return the date a person typed (day first, or year first), None when it is not one."""
    parts = _typed_parts(text)
    if parts is None or not FIRST_YEAR <= parts[3] <= LAST_YEAR:
        return None
    day, month, _year, full_year = parts
    try:
        return datetime.date(full_year, int(month), int(day))
    except ValueError:
        return None


def why_not_a_date(text: str) -> str:
    """Say in Vietnamese why typed text is not a date (typed_date gave None), for every message."""
    parts = _typed_parts(text)
    if parts is None:
        return "nhập theo dạng dd/mm/yyyy"
    day, month, year, full_year = parts
    if not FIRST_YEAR <= full_year <= LAST_YEAR:
        if text.strip().isdigit():
            # 20261207 read day first gives the year 1207: the digits were typed year first.
            return "nhập theo dạng dd/mm/yyyy (ngày trước, tháng sau)"
        return f"năm {year} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}"
    if not 1 <= int(month) <= 12:
        return f"không có tháng {month}; nhập theo dạng dd/mm/yyyy (ngày trước, tháng sau)"
    return f"tháng {int(month):02d}/{full_year} không có ngày {day}"
