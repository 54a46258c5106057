"""The units in force today: no abolished or merged unit, each name once, in Vietnamese order."""

from __future__ import annotations

import datetime

import pytest

from lantoa.organization.models import Unit, UnitKind, UnitState
from lantoa.organization.selectors import units_in_force

pytestmark = pytest.mark.django_db


def test_it_offers_only_units_in_force_each_name_once_in_vietnamese_order(db):
    units = list(units_in_force())
    assert units and all(unit.state == UnitState.ACTIVE for unit in units)
    names = [unit.name for unit in units]
    assert len(names) == len(set(names))
    assert not any("thị trấn" in name for name in names)  # abolished on 1/7/2025
    keys = [unit.sort_key for unit in units]
    assert keys == sorted(keys)
    assert names.index("Đảng ủy phường Điện Biên Phủ") < names.index("Đảng ủy phường Mường Thanh")


def test_it_drops_a_unit_whose_term_ended_and_a_second_record_of_a_name(db):
    ward = Unit.objects.get(code="03127")
    Unit.objects.create(kind=UnitKind.WARD, name=ward.name, code="DUP-1")
    Unit.objects.filter(code="03160").update(valid_to=datetime.date(2026, 1, 1))
    codes = [unit.code for unit in units_in_force(on=datetime.date(2026, 6, 1))]
    assert codes.count("03127") == 1 and "DUP-1" not in codes and "03160" not in codes
