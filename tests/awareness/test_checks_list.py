"""The list of a campaign's checks: the board sees every unit's, a reporter only their own."""

import pytest
from django.urls import reverse

from lantoa.awareness.services import check_tally_enter
from tests.awareness.helpers import answer, approved_bank, opened, session
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_lists_each_check_with_its_unit_session_phase_answers_and_state(
    kl51_campaign, board_user, commune_reporter
):
    bank = approved_bank(kl51_campaign, 5)
    own, foreign = session(kl51_campaign, "03127"), session(kl51_campaign, "03160")
    before, after = opened(own, bank, "before"), opened(own, bank, "after")
    elsewhere = opened(foreign, bank, "after")
    for i in range(3):
        answer(before, f"b{i}", right=2)
    check_tally_enter(check=after, totals={q.pk: (7, 4) for q in bank}, user=None)
    answer(after, "a0", right=5)
    url = reverse("awareness:checks", args=[kl51_campaign.pk])
    board = client_for(board_user).get(url).content.decode()
    assert own.unit.name in board and foreign.unit.name in board
    assert board.index("Trước buổi học") < board.index("Sau buổi học")
    assert ">3</td>" in board and ">8</td>" in board  # 3 online; 1 online + 7 on paper
    assert "Đang mở" in board and "3 lượt kiểm tra" in board
    assert reverse("awareness:activity", args=[elsewhere.activity_id]) in board
    reporter = client_for(commune_reporter).get(url).content.decode()
    assert own.unit.name in reporter and foreign.unit.name not in reporter
    assert "2 lượt kiểm tra" in reporter


def test_it_counts_each_checks_people_as_the_checks_share_does(kl51_campaign, board_user):
    from lantoa.awareness.models import Response
    from lantoa.awareness.selectors import check_rows, check_share

    bank = approved_bank(kl51_campaign, 5)
    check = opened(session(kl51_campaign), bank, "before")
    for i in range(3):
        answer(check, f"b{i}", right=2)
    check_tally_enter(check=check, totals={q.pk: (6, 3) for q in bank}, user=None)
    # A stored sheet with no answered question counts nowhere in the share: nor on the list.
    Response.objects.create(check_ref=check, device="empty-sheet", score=0)
    (row,) = check_rows(user=board_user, campaign=kl51_campaign)
    assert row.answers == check_share(user=board_user, check=check).people == 9
