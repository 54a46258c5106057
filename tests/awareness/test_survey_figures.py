"""A Likert item's figures: spread, mean with a t interval, share agreeing with Wilson."""

import math
import statistics

import pytest
from scipy import stats

from lantoa.awareness.results import wilson
from lantoa.awareness.surveys.figures import decimal_vi, likert, progress, t95


@pytest.mark.parametrize("df", [1, 4, 10, 29, 30, 31, 45, 100, 1000])
def test_it_gives_students_95_percent_quantile(df):
    assert t95(df) == pytest.approx(stats.t.ppf(0.975, df), abs=2e-3)


def test_it_counts_each_point_and_the_mean_with_its_interval():
    values = [5, 4, 4, 3, 5, 2, 4, 5, 1, 4]
    figures = likert(values)
    assert figures.counts == (1, 1, 1, 4, 3)
    assert figures.mean == pytest.approx(3.7)
    half = stats.t.ppf(0.975, 9) * statistics.stdev(values) / math.sqrt(10)
    low, high = figures.mean_interval
    assert low == pytest.approx(3.7 - half, abs=1e-3) and high == pytest.approx(
        3.7 + half, abs=1e-3
    )
    assert figures.agree == 7 and figures.agree_share == pytest.approx(0.7)
    assert figures.agree_interval == wilson(7, 10)


def test_it_shows_no_figure_under_five_answers():
    figures = likert([5, 5, 4, 1])
    assert not figures.shown and figures.answers == 4
    assert figures.counts is None and figures.mean is None and figures.agree_share is None
    assert figures.mean_interval is None and figures.agree_interval is None


def test_it_keeps_the_mean_interval_on_the_scale():
    low, high = likert([5, 5, 5, 5, 1]).mean_interval
    assert low >= 1.0 and high <= 5.0
    assert likert([3] * 6).mean_interval == (3.0, 3.0)


def test_it_refuses_a_value_off_the_scale():
    with pytest.raises(ValueError):
        likert([1, 2, 3, 4, 6])


def test_it_measures_progress_against_the_target_and_writes_decimals_the_vietnamese_way():
    assert progress(responses=15, target=60) == 0.25
    assert progress(responses=3, target=0) == 0.0
    assert decimal_vi(3.849) == "3,85" and decimal_vi(None) == "—"
