"""is_board_staff: the one test of whether a user writes for the board."""

from django.contrib.auth.models import AnonymousUser

from lantoa.accounts.selectors import is_board_staff


def test_it_tells_board_staff_from_the_boards_leaders_and_the_units(
    board_user, leader_user, commune_reporter
):
    answers = [is_board_staff(user=u) for u in (board_user, leader_user, commune_reporter)]
    assert answers == [True, False, False]
    assert not is_board_staff(user=AnonymousUser())
