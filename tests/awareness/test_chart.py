"""The awareness chart: before and after per unit with intervals, on the dashboard and reports."""

import pytest
from django.urls import reverse

from lantoa.awareness.charts import AFTER, BEFORE, awareness_chart
from lantoa.awareness.results import wilson
from lantoa.awareness.selectors import results_for
from lantoa.core.charts import render_png
from tests.awareness.helpers import answer, approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def _held(campaign, unit_code, people_before, people_after):
    bank = approved_bank(campaign, 5)
    activity = session(campaign, unit_code)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(people_before):
        answer(before, f"{unit_code}b{i}", right=2)
    for i in range(people_after):
        answer(after, f"{unit_code}a{i}", right=4)


def test_it_draws_each_units_shares_with_their_wilson_intervals(kl51_campaign, board_user):
    _held(kl51_campaign, "03127", 5, 6)
    _held(kl51_campaign, "03160", 3, 5)  # too few before: an empty bar, said in the label
    chart = awareness_chart(results_for(user=board_user, campaign=kl51_campaign).units)
    assert chart is not None and not chart.stacked and len(chart.labels) == 2
    first = chart.labels.index(next(label for label in chart.labels if "chưa đủ" not in label))
    assert chart.series[BEFORE][first] == 40.0 and chart.series[AFTER][first] == 80.0
    low, high = wilson(24, 30)
    assert chart.intervals[AFTER][first] == pytest.approx((low * 100, high * 100))
    short = 1 - first
    assert "trước: chưa đủ 5 lượt trả lời" in chart.labels[short]
    assert chart.series[BEFORE][short] == 0.0 and chart.intervals[BEFORE][short] is None
    assert render_png(chart).startswith(b"\x89PNG")


def test_it_draws_no_chart_while_every_group_is_under_five(kl51_campaign, board_user):
    _held(kl51_campaign, "03127", 4, 4)
    assert awareness_chart(results_for(user=board_user, campaign=kl51_campaign).units) is None
    page = client_for(board_user).get(reverse("awareness:chart", args=[kl51_campaign.pk]))
    assert "chưa đơn vị nào đủ 5 lượt trả lời" in page.content.decode()


def test_it_shows_the_chart_on_the_dashboard_beside_the_column(kl51_campaign, board_user):
    _held(kl51_campaign, "03127", 5, 5)
    board = client_for(board_user)
    page = board.get(reverse("reporting:dashboard", args=[kl51_campaign.pk])).content.decode()
    chart_url = reverse("awareness:chart", args=[kl51_campaign.pk])
    figure = page[page.index('data-chart="nhan-thuc"') :]
    assert f'hx-get="{chart_url}"' in figure[:200] and "Nhận thức sau buổi học" in page
    chart = board.get(chart_url).content.decode()
    assert chart.startswith("<svg") and "Trước buổi học" in chart and "Sau buổi học" in chart


def test_it_draws_only_the_readers_units(kl51_campaign, commune_reporter):
    _held(kl51_campaign, "03127", 5, 5)
    _held(kl51_campaign, "03160", 5, 5)
    chart = client_for(commune_reporter).get(reverse("awareness:chart", args=[kl51_campaign.pk]))
    text = chart.content.decode()
    assert "phường Điện Biên Phủ" in text and "Mường Nhé" not in text


def test_it_prints_the_same_chart_in_the_reports_chart_appendix(kl51_campaign):
    import datetime

    from lantoa.core.partydoc import Figure
    from lantoa.documents.reports.builder import report_appendices
    from lantoa.documents.reports.content import report_facts

    _held(kl51_campaign, "03127", 5, 5)
    facts = report_facts(campaign=kl51_campaign, as_of=datetime.date(2026, 12, 31))
    appendices, _refs = report_appendices(facts)
    figures = [b for a in appendices for b in a.blocks if isinstance(b, Figure)]
    printed = [f for f in figures if f.caption.startswith("Tỷ lệ trả lời đúng trước và sau")]
    assert len(printed) == 1 and printed[0].png.startswith(b"\x89PNG")
