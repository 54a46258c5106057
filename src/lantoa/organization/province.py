"""The province's unit tree shipped with the package, loaded once on a new installation.

Điện Biên's board, its 45 commune-level party committees as reorganised on 01/07/2025 (with the
units each one took over, kept as merged history), the province's affiliated committees, its
press and the central press stationed there, and the unit groups a guidance assigns tasks to. It
holds no figures and no accounts: `lantoa units load` on a production installation, then
`lantoa createuser`; the demo adds its marked demo figures and users on top.
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

from django.db import transaction

from lantoa.audit.context import audit_covered
from lantoa.audit.services import audit_change
from lantoa.organization.models import LOCAL_KINDS, LineageEvent, Unit, UnitKind, UnitState
from lantoa.organization.services import unit_create, unit_group_create, unit_lineage_record

UNITS_CSV = Path(__file__).resolve().parent / "data" / "dien-bien-commune-units-2025.csv"
REORGANISED = datetime.date(2025, 7, 1)
LINEAGE_SOURCE = "Bảng chuyển đổi đơn vị hành chính 2025 (VietnamProvinces)"
BOARD_CODE = "BTGDVTU"
BOARD_NAME = "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"
# Beyond the commune level: (code, kind, name).
PROVINCE_UNITS = [
    ("DU-CQD", UnitKind.AFFILIATED, "Đảng ủy các cơ quan Đảng tỉnh"),
    ("DU-UBND", UnitKind.AFFILIATED, "Đảng ủy Ủy ban nhân dân tỉnh"),
    ("DU-CA", UnitKind.AFFILIATED, "Đảng ủy Công an tỉnh"),
    ("DU-QS", UnitKind.AFFILIATED, "Đảng ủy Quân sự tỉnh"),
    ("BAO-PTTH", UnitKind.PRESS, "Báo và Phát thanh, Truyền hình Điện Biên"),
    ("CONG-TTDT", UnitKind.PRESS, "Cổng Thông tin điện tử tỉnh Điện Biên"),
    ("TW-NHANDAN", UnitKind.CENTRAL_PRESS, "Văn phòng thường trú Báo Nhân Dân tại Điện Biên"),
    ("TW-VTV", UnitKind.CENTRAL_PRESS, "Phóng viên thường trú Đài Truyền hình Việt Nam (VTV)"),
    ("TW-VOV", UnitKind.CENTRAL_PRESS, "Cơ quan thường trú Đài Tiếng nói Việt Nam (VOV)"),
    ("TW-TTXVN", UnitKind.CENTRAL_PRESS, "Phân xã Thông tấn xã Việt Nam tại Điện Biên"),
]
UNIT_GROUPS = [
    ("Các Đảng ủy xã, phường", list(LOCAL_KINDS)),
    ("Các Đảng ủy trực thuộc tỉnh", [UnitKind.AFFILIATED]),
    ("Các cơ quan báo chí trong tỉnh", [UnitKind.PRESS]),
    ("Các cơ quan báo chí Trung ương thường trú", [UnitKind.CENTRAL_PRESS]),
]


def commune_rows() -> list[dict[str, str]]:
    """Return the 45 commune-level rows of the shipped CSV."""
    with UNITS_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def province_units_load() -> Unit:
    """Create the shipped unit tree once, audited as one entry; a second call changes nothing
    and returns the board."""
    before = Unit.objects.count()
    # Hundreds of units and steps: one entry for the load, not one per row.
    with audit_covered("province_units_load"), transaction.atomic():
        board = _tree_load()
    if Unit.objects.count() != before:
        audit_change(
            op="province_units_load",
            target=f"Cây đơn vị: {board.name}",
            detail={"units": Unit.objects.count() - before},
        )
    return board


def _tree_load() -> Unit:
    board = _get_or_create(code=BOARD_CODE, kind=UnitKind.BOARD, name=BOARD_NAME, parent=None)
    for row in commune_rows():
        locality = row["name"]
        unit = _get_or_create(
            code=row["nso_code"],
            kind=UnitKind.WARD if row["type"] == "phường" else UnitKind.COMMUNE,
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
    for code, kind, name in PROVINCE_UNITS:
        _get_or_create(code=code, kind=kind, name=name, parent=board)
    for name, kinds in UNIT_GROUPS:
        unit_group_create(name=name, kinds=list(kinds))
    return board


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
