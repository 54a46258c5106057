"""Loads the demo province: Điện Biên's board, 45 commune-level committees and the rest."""

from __future__ import annotations

import csv
import datetime
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.organization.models import FigureKind, LineageEvent, Unit, UnitKind, UnitState
from lantoa.organization.services import (
    unit_create,
    unit_figure_set,
    unit_group_create,
    unit_lineage_record,
)

UNITS_CSV = Path(__file__).resolve().parent / "data" / "dien-bien-commune-units-2025.csv"
REORGANISED = datetime.date(2025, 7, 1)
FIGURES_FROM = datetime.date(2026, 1, 1)
DEMO_SOURCE = "Số liệu minh họa (demo), không phải số liệu chính thức"
LINEAGE_SOURCE = "Bảng chuyển đổi đơn vị hành chính 2025 (VietnamProvinces)"

BOARD_CODE = "BTGDVTU"


@dataclass(frozen=True)
class DemoUnit:
    """A unit of the demo province beyond the commune level."""

    code: str
    kind: str
    name: str
    party_members: int
    party_cells: int


PROVINCE_UNITS = [
    DemoUnit("DU-CQD", UnitKind.AFFILIATED, "Đảng ủy các cơ quan Đảng tỉnh", 2350, 118),
    DemoUnit("DU-UBND", UnitKind.AFFILIATED, "Đảng ủy Ủy ban nhân dân tỉnh", 6420, 265),
    DemoUnit("DU-CA", UnitKind.AFFILIATED, "Đảng ủy Công an tỉnh", 2890, 96),
    DemoUnit("DU-QS", UnitKind.AFFILIATED, "Đảng ủy Quân sự tỉnh", 2480, 104),
    DemoUnit("BAO-PTTH", UnitKind.PRESS, "Báo và Phát thanh, Truyền hình Điện Biên", 152, 9),
    DemoUnit("CONG-TTDT", UnitKind.PRESS, "Cổng Thông tin điện tử tỉnh Điện Biên", 18, 1),
    DemoUnit(
        "TW-NHANDAN",
        UnitKind.CENTRAL_PRESS,
        "Văn phòng thường trú Báo Nhân Dân tại Điện Biên",
        3,
        0,
    ),
    DemoUnit(
        "TW-VTV",
        UnitKind.CENTRAL_PRESS,
        "Phóng viên thường trú Đài Truyền hình Việt Nam (VTV)",
        2,
        0,
    ),
    DemoUnit(
        "TW-VOV", UnitKind.CENTRAL_PRESS, "Cơ quan thường trú Đài Tiếng nói Việt Nam (VOV)", 3, 0
    ),
    DemoUnit(
        "TW-TTXVN", UnitKind.CENTRAL_PRESS, "Phân xã Thông tấn xã Việt Nam tại Điện Biên", 2, 0
    ),
]

DEMO_GROUPS = [
    ("Các Đảng ủy xã, phường", [UnitKind.COMMUNE, UnitKind.WARD]),
    ("Các Đảng ủy trực thuộc tỉnh", [UnitKind.AFFILIATED]),
    ("Các cơ quan báo chí trong tỉnh", [UnitKind.PRESS]),
    ("Các cơ quan báo chí Trung ương thường trú", [UnitKind.CENTRAL_PRESS]),
]


def _spread(code: str, low: int, high: int) -> int:
    """Return a stable pseudo-random figure between low and high for a unit code."""
    digest = int(hashlib.sha256(code.encode()).hexdigest()[:8], 16)
    return low + digest % (high - low + 1)


def commune_rows() -> list[dict[str, str]]:
    """Return the 45 commune-level rows of the shipped CSV."""
    with UNITS_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _get_or_create(
    *, code: str, kind: str, name: str, parent: Unit | None, locality: str = ""
) -> Unit:
    """Return the unit with that code, creating it the first time."""
    existing = Unit.objects.filter(code=code).first()
    if existing:
        return existing
    return unit_create(
        kind=kind, name=name, code=code, parent=parent, locality=locality, valid_from=REORGANISED
    )


def _former_unit(*, name: str) -> Unit:
    """Return the merged pre-2025 unit of that name, creating it the first time."""
    existing = Unit.objects.filter(locality=name, state=UnitState.MERGED, code=None).first()
    if existing:
        return existing
    kind = UnitKind.WARD if name.startswith("Phường") else UnitKind.COMMUNE
    # Former units keep their history as merged units without a current code.
    return unit_create(
        kind=kind,
        name=f"Đảng ủy {name[0].lower()}{name[1:]}",
        locality=name,
        state=UnitState.MERGED,
        valid_to=REORGANISED - datetime.timedelta(days=1),
    )


def _set_demo_figures(*, unit: Unit, members: int, cells: int, population: int | None) -> None:
    """Store the demo denominators of a unit unless it already has figures."""
    if unit.figures.exists():
        return
    values = {FigureKind.PARTY_MEMBERS: members, FigureKind.PARTY_CELLS: cells}
    if population is not None:
        values[FigureKind.POPULATION] = population
    for kind, value in values.items():
        unit_figure_set(
            unit=unit,
            kind=kind,
            value=value,
            valid_from=FIGURES_FROM,
            is_demo=True,
            source=DEMO_SOURCE,
        )


@transaction.atomic
def province_load_demo() -> Unit:
    """Create the demo province once; a second call changes nothing and returns the board."""
    before = Unit.objects.count()
    # Hundreds of units, steps and figures: one entry for the load, not one per row.
    with audit_covered("province_load_demo"):
        board = _load_province()
    if Unit.objects.count() != before:
        audit_change(
            op="province_load_demo",
            target=f"Tỉnh minh họa: {board.name}",
            detail={"units": Unit.objects.count() - before},
        )
    return board


def _load_province() -> Unit:
    board = _get_or_create(
        code=BOARD_CODE,
        kind=UnitKind.BOARD,
        name="Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên",
        parent=None,
    )
    _set_demo_figures(unit=board, members=38, cells=3, population=None)
    for row in commune_rows():
        kind = UnitKind.WARD if row["type"] == "phường" else UnitKind.COMMUNE
        locality = row["name"]
        unit = _get_or_create(
            code=row["nso_code"],
            kind=kind,
            name=f"Đảng ủy {locality[0].lower()}{locality[1:]}",
            parent=board,
            locality=locality,
        )
        formers = [part.strip() for part in row["former_units_before_2025_07_01"].split(";")]
        for former_name in filter(None, formers):
            unit_lineage_record(
                predecessor=_former_unit(name=former_name),
                successor=unit,
                event=LineageEvent.MERGE,
                effective=REORGANISED,
                source=LINEAGE_SOURCE,
            )
        big = kind == UnitKind.WARD
        _set_demo_figures(
            unit=unit,
            members=_spread(unit.code or "", 1400, 2600)
            if big
            else _spread(unit.code or "", 420, 980),
            cells=_spread("c" + (unit.code or ""), 55, 90)
            if big
            else _spread("c" + (unit.code or ""), 24, 46),
            population=_spread("p" + (unit.code or ""), 28000, 52000)
            if big
            else _spread("p" + (unit.code or ""), 7000, 17000),
        )
    for spec in PROVINCE_UNITS:
        unit = _get_or_create(code=spec.code, kind=spec.kind, name=spec.name, parent=board)
        _set_demo_figures(
            unit=unit, members=spec.party_members, cells=spec.party_cells, population=None
        )
    for name, kinds in DEMO_GROUPS:
        unit_group_create(name=name, kinds=list(kinds))
    return board
