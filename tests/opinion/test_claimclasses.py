"""The predicate groups' broad classes (claimclasses)."""

import numpy as np

from lantoa.opinion.claimclasses import with_class
from lantoa.opinion.claimwords import GROUPS


def _bit(group: str) -> int:
    return 1 << GROUPS.index(group)


def test_a_group_brings_its_class():
    widened = int(with_class(np.array([_bit("fine")], dtype=np.int64))[0])
    assert widened & _bit("arrest") and widened & _bit("ban")


def test_a_punishment_is_not_a_loss_of_the_title():
    # dev13: "bị thu hồi giấy phép" tells another claim than "bị phạt như bán hàng nhái".
    widened = int(with_class(np.array([_bit("fine")], dtype=np.int64))[0])
    assert not widened & _bit("remove")


def test_no_group_brings_none():
    assert int(with_class(np.array([0], dtype=np.int64))[0]) == 0
