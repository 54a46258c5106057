"""Results of awareness checks for a user: scoped to their units, no figure under five."""

import json

import pytest
from django.core.management import call_command

from lantoa.awareness.selectors import checks_for, results_for
from tests.awareness.helpers import answer, approved_bank, opened, session

pytestmark = pytest.mark.django_db


def _held(campaign, unit_code, before_people, after_people):
    bank = approved_bank(campaign, 5) if not hasattr(_held, "bank") else _held.bank
    activity = session(campaign, unit_code)
    before, after = opened(activity, bank, "before"), opened(activity, bank, "after")
    for i in range(before_people):
        answer(before, f"{unit_code}-b{i}", right=2)
    for i in range(after_people):
        answer(after, f"{unit_code}-a{i}", right=4 + i % 2)
    return before, after


def test_it_shows_a_reporter_only_their_own_units_results(
    kl51_campaign, commune_reporter, board_user
):
    _held(kl51_campaign, "03127", 8, 8)
    _held(kl51_campaign, "03160", 6, 6)
    own = results_for(user=commune_reporter, campaign=kl51_campaign)
    assert [r.unit.code for r in own.units] == ["03127"]
    assert checks_for(user=commune_reporter).count() == 2
    board = results_for(user=board_user, campaign=kl51_campaign)
    assert sorted(r.unit.code for r in board.units) == ["03127", "03160"]


def test_it_measures_the_rise_and_tests_it(kl51_campaign, board_user):
    _held(kl51_campaign, "03127", 10, 10)
    row = results_for(user=board_user, campaign=kl51_campaign).units[0]
    assert row.change.before.rate == pytest.approx(0.4)
    assert row.change.after.rate == pytest.approx(0.9)
    assert row.change.significant is True


def test_it_gives_no_figure_for_four_answers_in_the_cli(kl51_campaign, capsys):
    _held(kl51_campaign, "03127", 4, 7)
    call_command("awareness", "results", "--campaign", str(kl51_campaign.pk), "--format", "json")
    data = json.loads(capsys.readouterr().out)
    row = data["units"][0]
    assert row["pre_rate"] is None and row["change"] is None and row["significant"] is None
    assert row["post_rate"] == pytest.approx(31 / 35)
    assert row["answers"] == 11 and data["totals"]["checks"] == 2


def test_it_writes_the_reports_sentence_with_its_denominators(kl51_campaign):
    import datetime

    from lantoa.documents.reports.content import report_facts
    from lantoa.documents.reports.drafting import results_text

    _held(kl51_campaign, "03127", 10, 10)
    text = results_text(report_facts(campaign=kl51_campaign, as_of=datetime.date(2026, 12, 31)))
    assert (
        "Qua 2 lượt kiểm tra nhận thức (20 lượt trả lời), tỷ lệ trả lời đúng tăng từ 40,0% "
        "(20/50 câu trả lời) trước buổi học lên 90,0% (45/50 câu trả lời) sau buổi học"
    ) in text
    assert "có ý nghĩa thống kê ở mức 5%" in text


def test_it_reads_every_units_results_in_a_fixed_number_of_queries(
    kl51_campaign, board_user, django_assert_max_num_queries
):
    for code in ("03127", "03160"):
        _held(kl51_campaign, code, 5, 5)
    board_user.refresh_from_db()
    # The user's units (2), the checks, their sheets, their paper totals: never one query per unit.
    with django_assert_max_num_queries(5):
        found = results_for(user=board_user, campaign=kl51_campaign)
    assert len(found.units) == 2 and found.total.after.people == 10
