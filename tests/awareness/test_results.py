"""The figures of awareness checks: intervals, the before/after test, item analysis."""

import math

from lantoa.awareness.results import (
    TOO_FEW,
    Change,
    Share,
    item_analysis,
    percent,
    two_proportion_z,
    wilson,
)


def test_it_computes_the_wilson_interval_of_a_known_case():
    low, high = wilson(8, 10)
    # Published value for 8/10 at 95 %: 0.4902 to 0.9433.
    assert math.isclose(low, 0.4902, abs_tol=1e-4)
    assert math.isclose(high, 0.9433, abs_tol=1e-4)


def test_it_keeps_the_interval_inside_zero_and_one_at_the_edges():
    assert wilson(0, 7)[0] == 0.0 and 0 < wilson(0, 7)[1] < 1
    assert wilson(7, 7)[1] == 1.0 and 0 < wilson(7, 7)[0] < 1


def test_it_tests_two_proportions_like_the_textbook():
    z, p = two_proportion_z(30, 60, 45, 60)
    # p1 = 0.5, p2 = 0.75, pooled 0.625: z = 0.25 / sqrt(0.625*0.375*(2/60)) = 2.828
    assert math.isclose(z, 2.8284, abs_tol=1e-3)
    assert math.isclose(p, 0.00468, abs_tol=1e-4)


def test_it_shows_no_figure_for_a_group_under_five():
    small = Share(people=4, correct=18, answers=20)
    assert small.rate is None and small.interval is None
    assert percent(small.rate) == TOO_FEW
    change = Change(Share(10, 20, 50), small)
    assert change.change is None and change.significant is None


def test_it_calls_a_large_rise_significant_and_a_small_one_not():
    assert Change(Share(12, 30, 60), Share(12, 50, 60)).significant is True
    assert Change(Share(12, 30, 60), Share(12, 32, 60)).significant is False


def test_it_flags_an_item_the_weak_get_right_and_the_strong_get_wrong():
    sheets = []
    for ability in range(10):
        # Questions 10-13 rank people by ability; 1 follows it, 2 runs against it, 3 is free.
        sheet = {10 + k: ability >= 2 * (k + 1) for k in range(4)}
        sheet.update({1: ability >= 5, 2: ability < 3, 3: True})
        sheets.append(sheet)
    figures = {f.question_id: f for f in item_analysis(sheets)}
    assert figures[1].discrimination is not None and figures[1].discrimination > 0.5
    assert "phân biệt ngược" in figures[2].flags
    assert "quá dễ" in figures[3].flags
    assert figures[1].flags == ()


def test_it_writes_a_share_the_vietnamese_way():
    assert percent(0.625) == "62,5%"
