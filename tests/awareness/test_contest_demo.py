"""The demo's study contest: one open KL 51 round with entries, loaded once."""

import pytest

from lantoa.awareness.demo import DEMO_MARK, awareness_load_demo
from lantoa.awareness.demo_contests import ENTRIES, contest_load_demo
from lantoa.awareness.models import Contest, ContestEntry
from lantoa.awareness.selectors_contests import round_ranking, round_state

pytestmark = pytest.mark.django_db


def test_it_loads_an_open_round_with_entries_and_winners_once(kl51_campaign):
    awareness_load_demo(kl51_campaign)
    line = contest_load_demo(kl51_campaign)
    assert contest_load_demo(kl51_campaign) == "Cuộc thi tìm hiểu: đã nạp."
    contest = Contest.objects.get()
    assert contest.title.startswith(DEMO_MARK) and "/cuoc-thi/" in line
    contest_round = contest.rounds.get()
    assert round_state(contest_round) == "open" and contest_round.questions.count() == 10
    assert ContestEntry.objects.count() == ENTRIES
    ranked, answer = round_ranking(contest_round=contest_round, winners=contest.winners)
    assert answer == ENTRIES and sum(r.winner for r in ranked) == 3
