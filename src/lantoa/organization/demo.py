"""Loads the demo province: the shipped unit tree (province.py) with marked demo figures."""

from __future__ import annotations

import datetime
import hashlib

from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.organization.models import LOCAL_KINDS, FigureKind, Unit, UnitFigure, UnitKind
from lantoa.organization.province import BOARD_CODE, UNITS_CSV, province_units_load
from lantoa.organization.services import unit_figure_set

__all__ = ["BOARD_CODE", "UNITS_CSV", "province_load_demo"]

FIGURES_FROM = datetime.date(2026, 1, 1)
DEMO_SOURCE = "Số liệu minh họa (demo), không phải số liệu chính thức"
# Party members and cells of the units beyond the commune level, plausible and not official.
PROVINCE_FIGURES = {
    BOARD_CODE: (38, 3),
    "DU-CQD": (2350, 118),
    "DU-UBND": (6420, 265),
    "DU-CA": (2890, 96),
    "DU-QS": (2480, 104),
    "BAO-PTTH": (152, 9),
    "CONG-TTDT": (18, 1),
    "TW-NHANDAN": (3, 0),
    "TW-VTV": (2, 0),
    "TW-VOV": (3, 0),
    "TW-TTXVN": (2, 0),
}


def _spread(code: str, low: int, high: int) -> int:
    """Return a stable pseudo-random figure between low and high for a unit code."""
    digest = int(hashlib.sha256(code.encode()).hexdigest()[:8], 16)
    return low + digest % (high - low + 1)


def province_load_demo() -> Unit:
    """Create the demo province once; a second call changes nothing and returns the board."""
    board = province_units_load()
    before = Unit.objects.count()
    # Hundreds of figures: one entry for the load, not one per row.
    with audit_covered("province_load_demo"):
        added = _demo_figures_set()
    if added:
        audit_change(
            op="province_load_demo",
            target=f"Tỉnh minh họa: {board.name}",
            detail={"units": Unit.objects.count() - before, "figures": added},
        )
    return board


def _demo_figures_set() -> int:
    """Give each unit in force without figures its demo ones; return how many got them."""
    added = 0
    # One read of which units hold figures, not one a unit: a second load stores nothing.
    held = set(UnitFigure.objects.values_list("unit_id", flat=True).distinct())
    for unit in Unit.objects.exclude(code=None).exclude(pk__in=held).order_by("pk"):
        code = unit.code or ""
        if unit.kind in LOCAL_KINDS:
            big = unit.kind == UnitKind.WARD
            members = _spread(code, 1400, 2600) if big else _spread(code, 420, 980)
            cells = _spread("c" + code, 55, 90) if big else _spread("c" + code, 24, 46)
            population = (
                _spread("p" + code, 28000, 52000) if big else _spread("p" + code, 7000, 17000)
            )
            _demo_figures_store(unit, members, cells, population)
        elif code in PROVINCE_FIGURES:
            _demo_figures_store(unit, *PROVINCE_FIGURES[code], None)
        else:
            continue
        added += 1
    return added


def _demo_figures_store(unit: Unit, members: int, cells: int, population: int | None) -> None:
    """Store the demo denominators of a unit that has no figures."""
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
