"""Unit lists are in Vietnamese order (Đ after D, accents after the bare letter), not byte order."""

import pytest

from lantoa.reporting.selectors import writable_units

pytestmark = pytest.mark.django_db


def test_it_lists_the_units_board_staff_record_for_in_vietnamese_order(kl51_campaign, board_user):
    names = [unit.name for unit in writable_units(user=board_user, campaign=kl51_campaign)]
    assert names.index("Đảng ủy phường Điện Biên Phủ") < names.index("Đảng ủy phường Mường Thanh")
    # Byte order would put every "Đảng ủy …" after "Cổng …" and "Báo …" the other way round.
    assert names.index("Báo và Phát thanh, Truyền hình Điện Biên") < names.index(
        "Đảng ủy phường Điện Biên Phủ"
    )
    assert sorted(names) != names  # the byte order differs, so the test can tell them apart
