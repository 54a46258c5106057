import csv

import pytest

from lantoa.organization.demo import UNITS_CSV
from lantoa.organization.figures import unit_figure_at
from lantoa.organization.models import FigureKind, Unit, UnitFigure, UnitGroup, UnitKind, UnitState
from lantoa.organization.selectors import group_units

pytestmark = pytest.mark.django_db


def test_it_holds_45_commune_level_units_with_real_names_and_codes():
    communes = Unit.objects.filter(
        kind__in=[UnitKind.COMMUNE, UnitKind.WARD], state=UnitState.ACTIVE
    )
    assert communes.count() == 45
    assert communes.filter(kind=UnitKind.WARD).count() == 3
    ward = Unit.objects.get(code="03127")
    assert ward.name == "Đảng ủy phường Điện Biên Phủ"
    assert ward.locality == "Phường Điện Biên Phủ"
    assert Unit.objects.get(code="03160").locality == "Xã Mường Nhé"


def test_it_matches_the_shipped_unit_list_row_by_row():
    with UNITS_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        unit = Unit.objects.get(code=row["nso_code"])
        assert unit.locality == row["name"]
        former = sorted(part.strip() for part in row["former_units_before_2025_07_01"].split(";"))
        merged = sorted(
            Unit.objects.filter(successor_links__successor=unit).values_list("locality", flat=True)
        )
        assert merged == former


def test_it_keeps_the_former_units_as_merged_history():
    former = Unit.objects.get(locality="Phường Him Lam", state=UnitState.MERGED)
    assert former.valid_to.isoformat() == "2025-06-30"
    assert former.successor_links.get().successor.code == "03127"
    assert Unit.objects.filter(state=UnitState.MERGED).count() == 129


def test_it_has_the_province_level_units_and_press():
    names = set(Unit.objects.filter(kind=UnitKind.AFFILIATED).values_list("name", flat=True))
    assert "Đảng ủy Công an tỉnh" in names and "Đảng ủy Quân sự tỉnh" in names
    assert Unit.objects.filter(kind=UnitKind.PRESS).count() >= 2
    assert Unit.objects.filter(kind=UnitKind.CENTRAL_PRESS).count() >= 4
    assert Unit.objects.filter(kind=UnitKind.BOARD).count() == 1


def test_it_has_plausible_demo_figures_marked_as_demo():
    members = UnitFigure.objects.filter(kind=FigureKind.PARTY_MEMBERS)
    total = sum(members.values_list("value", flat=True))
    cells = sum(
        UnitFigure.objects.filter(kind=FigureKind.PARTY_CELLS).values_list("value", flat=True)
    )
    assert 44_000 <= total <= 54_000
    assert 2_000 <= cells <= 3_000
    assert not UnitFigure.objects.filter(is_demo=False).exists()


def test_it_returns_the_figure_in_force_on_a_date():
    import datetime

    ward = Unit.objects.get(code="03127")
    assert (
        unit_figure_at(unit=ward, kind=FigureKind.PARTY_MEMBERS, on=datetime.date(2025, 12, 31))
        is None
    )
    current = unit_figure_at(
        unit=ward, kind=FigureKind.PARTY_MEMBERS, on=datetime.date(2026, 6, 17)
    )
    assert current is not None and current.value > 0


def test_it_resolves_groups_by_kind():
    group = UnitGroup.objects.get(name="Các Đảng ủy xã, phường")
    assert group_units(group=group).count() == 45
