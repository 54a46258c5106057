"""The province's board: one rule for the unit that sends notifications and stands for the board."""

from __future__ import annotations

import pytest

from lantoa.notifications.services import notifications_send
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import province_board

pytestmark = pytest.mark.django_db


def test_it_is_the_first_board_unit_recorded_not_a_later_one(db):
    board = Unit.objects.get(code="BTGDVTU")
    Unit.objects.create(kind=UnitKind.BOARD, name="Ban thứ hai", code="BAN-2")
    assert province_board() == board


def test_it_sends_notifications_in_the_boards_name(db):
    ward = Unit.objects.get(code="03127")
    notification = notifications_send(unit=ward, title="Nhắc báo cáo", body="Đề nghị báo cáo.")
    assert notification.sender == province_board()


def test_it_is_none_before_any_board_exists(db):
    Unit.objects.filter(kind=UnitKind.BOARD).update(kind=UnitKind.WARD)
    assert province_board() is None
