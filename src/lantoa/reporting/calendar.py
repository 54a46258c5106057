"""The working-day calendar with the holidays board staff recorded."""

from __future__ import annotations

from lantoa.core.requestmemo import remembered
from lantoa.core.workdays import WorkCalendar
from lantoa.reporting.models import Holiday


def work_calendar() -> WorkCalendar:
    """Return the calendar: built-in public holidays plus recorded holidays and make-up days.

    Read once a request (core.requestmemo): a page standing several campaigns shares it.
    """
    return remembered(("work_calendar",), _work_calendar)


def _work_calendar() -> WorkCalendar:
    rows = list(Holiday.objects.values_list("date", "is_working_day"))
    return WorkCalendar(
        extra_holidays=[day for day, working in rows if not working],
        extra_working_days=[day for day, working in rows if working],
    )
