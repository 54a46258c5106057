import datetime

from lantoa.core.lunar import lunar_new_year, lunar_to_solar
from lantoa.core.workdays import WorkCalendar, public_holidays

D = datetime.date


def test_it_finds_tet_and_hung_kings_day_by_the_lunar_calendar():
    assert [lunar_new_year(y) for y in (2024, 2025, 2026)] == [
        D(2024, 2, 10),
        D(2025, 1, 29),
        D(2026, 2, 17),
    ]
    assert lunar_to_solar(day=10, month=3, year=2025) == D(2025, 4, 7)
    assert lunar_to_solar(day=10, month=3, year=2026) == D(2026, 4, 26)


def test_it_counts_tet_as_five_days_off():
    tet_2026 = {D(2026, 2, 16) + datetime.timedelta(days=i) for i in range(5)}
    assert tet_2026 <= public_holidays(2026)
    assert D(2026, 9, 2) in public_holidays(2026) and D(2026, 4, 30) in public_holidays(2026)


def test_it_counts_working_days_late_skipping_weekends_and_holidays():
    calendar = WorkCalendar()
    # Due Wednesday 29/4/2026; 30/4 and 1/5 are holidays, 2-3/5 a weekend: Monday 4/5 is 1 day late.
    assert calendar.working_days_late(due=D(2026, 4, 29), done=D(2026, 5, 4)) == 1
    assert calendar.working_days_late(due=D(2026, 4, 29), done=D(2026, 4, 29)) == 0
    assert calendar.working_days_late(due=D(2026, 7, 30), done=D(2026, 8, 3)) == 2


def test_it_honours_recorded_holidays_and_make_up_days():
    calendar = WorkCalendar(extra_holidays=[D(2026, 7, 31)], extra_working_days=[D(2026, 8, 1)])
    assert not calendar.is_working_day(D(2026, 7, 31))
    assert calendar.is_working_day(D(2026, 8, 1))
    assert calendar.add_working_days(D(2026, 7, 30), 2) == D(2026, 8, 3)
