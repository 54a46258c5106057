"""The shape of the Excel round trip: sheets, columns, list labels and the signed identity."""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing

from lantoa.campaigns.models import Campaign, Channel, Task
from lantoa.core.text import fold
from lantoa.core.uploads import UPLOADS
from lantoa.reporting.figures import ALL_FIGURES, FIGURE_LABELS

SHEET = "Hoạt động"
GUIDE_SHEET = "Hướng dẫn"
INFO_SHEET = "Thông tin"
LISTS_SHEET = "Danh mục"
IDENTITY_LABEL = "Mã nhận dạng tệp"
SIGNING_SALT = "lantoa.reporting.excel.identity"
HEADER_ROW = 1
MAX_BYTES = UPLOADS["excel"].max_bytes or 0  # the one upload table's cap

# field -> Vietnamese header, in sheet order; figures are whole numbers, blank = not reported.
COLUMNS: dict[str, str] = {
    "key": "Mã dòng",
    "unit": "Mã đơn vị",
    "date": "Ngày",
    "channel": "Hình thức",
    "task": "Nhiệm vụ",
    "title": "Tên hoạt động",
    **{name: FIGURE_LABELS[name] for name in ALL_FIGURES},
    "url": "Đường dẫn",
    "notes": "Ghi chú",
    "delete": "Xóa hoạt động",
}
REQUIRED = ("date", "channel", "title")
DELETE_MARK = "x"
# What people type in the delete column to withdraw an activity (folded: no case, no marks).
DELETE_MARKS = frozenset({"x", "xoa", "co", "1", "true", "yes"})
# The labels of a table's total line (folded, without a trailing colon): not an activity.
TOTAL_LABELS = frozenset({"tong cong", "tong", "cong", "tong so", "cong chung"})
TOTAL_ROW = (
    "dòng «{label}» là dòng cộng, không phải một hoạt động: Lan Tỏa tự cộng số liệu của các "
    "dòng. Hãy xóa dòng này (nếu là một hoạt động, hãy ghi tên cụ thể của hoạt động)."
)


def is_total_label(text: str) -> bool:
    """Tell whether a cell's text labels a total line ("Tổng cộng:", "Cộng")."""
    return fold(text).strip(" :.-") in TOTAL_LABELS


# What the reader must make of each column (the child process has no Django).
KINDS = {
    **dict.fromkeys(("key", "unit", "channel", "task", "title", "url", "notes", "delete"), "text"),
    "date": "date",
    **dict.fromkeys(ALL_FIGURES, "number"),
}


def reader_spec() -> dict[str, object]:
    """Return what the child-process reader needs, as plain data."""
    return {
        "sheet": SHEET,
        "info_sheet": INFO_SHEET,
        "identity_label": fold(IDENTITY_LABEL),
        "header_row": HEADER_ROW,
        "columns": {fold(label): (name, KINDS[name]) for name, label in COLUMNS.items()},
        "labels": dict(COLUMNS),
        "required": list(REQUIRED),
    }


def channel_labels() -> dict[str, str]:
    """Return channel code -> the Vietnamese label shown in the list."""
    return {code: str(label) for code, label in Channel.choices}


def channel_lookup() -> dict[str, str]:
    """Return folded label (or code) -> channel code, for reading what people typed."""
    lookup = {fold(label): code for code, label in channel_labels().items()}
    lookup.update({code: code for code in Channel.values})
    return lookup


def task_labels(campaign: Campaign) -> dict[int, str]:
    """Return task id -> a short label unique within the campaign ("II.1: Tổ chức …")."""
    labels: dict[int, str] = {}
    seen: set[str] = set()
    for task in Task.objects.filter(campaign=campaign).order_by("position", "pk"):
        short = " ".join(task.text.split())
        short = short if len(short) <= 70 else short[:69].rstrip() + "…"
        label = f"{task.ref}: {short}" if task.ref else short
        if fold(label) in seen:
            label = f"{label} (#{task.position})"
        seen.add(fold(label))
        labels[task.pk] = label
    return labels


@dataclass(frozen=True)
class Identity:
    """Which campaign and unit (None: many units, the board's workbook) a file was made for."""

    campaign_id: int
    unit_id: int | None


def identity_sign(identity: Identity) -> str:
    """Return the identity cell's text: ids and an HMAC of them with the SECRET_KEY."""
    signer = signing.Signer(salt=SIGNING_SALT)
    return signer.sign_object({"campaign": identity.campaign_id, "unit": identity.unit_id})


def identity_read(text: str) -> Identity:
    """Return the identity of a signed cell; raise signing.BadSignature when forged."""
    value = signing.Signer(salt=SIGNING_SALT).unsign_object(text.strip())
    if not isinstance(value, dict) or not isinstance(value.get("campaign"), int):
        raise signing.BadSignature("identity without a campaign")
    unit = value.get("unit")
    return Identity(campaign_id=value["campaign"], unit_id=unit if isinstance(unit, int) else None)


def cell_place(row: int, field: str | None) -> str:
    """Return "Trang 'Hoạt động', dòng 12, cột 'Ngày'" for an error message."""
    place = f"Trang '{SHEET}', dòng {row}"
    if field and field in COLUMNS:
        place += f", cột '{COLUMNS[field]}'"
    return place
