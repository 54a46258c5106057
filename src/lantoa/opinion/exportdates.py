"""The day a comment was written, from the date forms platforms' exports use."""

from __future__ import annotations

import datetime
import re
from email.utils import parsedate_to_datetime
from typing import Any

from django.utils import timezone

from lantoa.core.dates import FIRST_YEAR, LAST_YEAR, typed_date

EXCEL_SERIALS = (20_000, 100_000)
EPOCH_SECONDS = (10**8, 10**11)
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def parse_date(value: Any) -> datetime.date | None:
    """Return a date from the usual export forms (dd/mm/yyyy, ISO, RFC 822, Excel serial, epoch)."""
    day = _export_date(value)
    # The years core.dates allows any typed date: 0001-01-01 would overflow the trend's arithmetic.
    return day if day is None or FIRST_YEAR <= day.year <= LAST_YEAR else None


def _export_date(value: Any) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    if (numeric or _NUMBER.match(text)) and (day := _number_date(float(text))) is not None:
        return day
    try:
        return _local_day(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    if (typed := typed_date(text)) is not None:
        return typed
    try:
        return _local_day(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _local_day(moment: datetime.datetime) -> datetime.date:
    """Return the day a moment falls on here; a moment without a zone is already local."""
    # Platforms export UTC: a comment at 23:30 UTC was written the next morning in Vietnam.
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


def _number_date(value: float) -> datetime.date | None:
    """Return the date an Excel serial day number or epoch seconds stand for, or None."""
    # A date cell saved as a number (or copied into a CSV) holds Excel's day count, not
    # seconds since 1970: 46363 is 07/12/2026, which epoch seconds would read as 01/01/1970.
    if EXCEL_SERIALS[0] <= value < EXCEL_SERIALS[1]:
        return _EXCEL_EPOCH + datetime.timedelta(days=int(value))
    if EPOCH_SECONDS[0] <= value < EPOCH_SECONDS[1]:
        return _local_day(datetime.datetime.fromtimestamp(value, tz=datetime.UTC))
    return None
