"""Working days in Vietnam: weekends and public holidays (Bộ luật Lao động 2019, Đ.112) off."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from functools import lru_cache

from lantoa.core.lunar import lunar_new_year, lunar_to_solar

ONE_DAY = datetime.timedelta(days=1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[datetime.date]:
    """Return the statutory days off of a year by the built-in rule.

    Tết: the last day of the old lunar year and the first four days of the new one (5 days);
    Quốc khánh: 2/9 and 1/9. The government fixes the exact days (and compensatory days) each
    year; board staff record those differences as Holiday rows, which override this rule.
    """
    tet = lunar_new_year(year)
    days = {
        datetime.date(year, 1, 1),
        lunar_to_solar(day=10, month=3, year=year),  # Giỗ Tổ Hùng Vương
        datetime.date(year, 4, 30),
        datetime.date(year, 5, 1),
        datetime.date(year, 9, 1),
        datetime.date(year, 9, 2),
    }
    days.update(tet + ONE_DAY * offset for offset in range(-1, 4))
    return frozenset(days)


class WorkCalendar:
    """Decides whether a date is a working day, with recorded holidays and make-up days."""

    def __init__(
        self,
        *,
        extra_holidays: Iterable[datetime.date] = (),
        extra_working_days: Iterable[datetime.date] = (),
    ) -> None:
        self.extra_holidays = frozenset(extra_holidays)
        self.extra_working_days = frozenset(extra_working_days)

    def is_working_day(self, day: datetime.date) -> bool:
        """Tell whether staff work on that day."""
        if day in self.extra_working_days:
            return True
        if day in self.extra_holidays or day in public_holidays(day.year):
            return False
        return day.weekday() < 5

    def working_days_late(self, *, due: datetime.date, done: datetime.date) -> int:
        """Return how many working days after the due date something was done (0 if on time)."""
        if done <= due:
            return 0
        count = 0
        day = due + ONE_DAY
        while day <= done:
            count += self.is_working_day(day)
            day += ONE_DAY
        return count

    def add_working_days(self, start: datetime.date, days: int) -> datetime.date:
        """Return the date that lies the given number of working days after start."""
        day = start
        remaining = days
        while remaining > 0:
            day += ONE_DAY
            remaining -= self.is_working_day(day)
        return day
