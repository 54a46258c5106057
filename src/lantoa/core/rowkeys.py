"""Rows of a workbook sorted apart from their hidden keys: the one rule and its wording."""

from __future__ import annotations

from collections.abc import Hashable


class KeptRows:
    """The stored values of the records a file keeps by their keys, and the row of each key.

    The protected templates let a clerk sort only the open columns, so the hidden keys stay
    where they were: each stored record would take the values sorted onto its key's row, and
    its own values would come back as a new record.
    """

    def __init__(self) -> None:
        self._rows: dict[tuple[object, ...], dict[Hashable, int]] = {}

    def keep(self, *, values: tuple[object, ...], key: Hashable, row: int) -> None:
        """Remember that the file keeps the record stored with these values on this row."""
        self._rows.setdefault(values, {}).setdefault(key, row)

    def moved_from(self, *, values: tuple[object, ...], key: Hashable | None) -> int | None:
        """Return the row of another key that stores exactly these values, if any."""
        kept = self._rows.get(values, {})
        # Twins stored alike (typed twice on the web) each keep their own row.
        if not kept or key in kept:
            return None
        return min(kept.values())


def moved_row_message(*, first_row: int, what: str, key_column: str) -> str:
    """Say that a row repeats what another row's key stores, as rows sorted without keys do."""
    return (
        f"dòng này có đúng {what} đã có ở dòng {first_row} (theo cột '{key_column}'). "
        "Nếu đã sắp xếp lại các dòng thì cột này không đi theo: hãy tải mẫu mới và đừng sắp xếp "
        f"(hoặc bỏ bảo vệ trang rồi sắp xếp cả cột '{key_column}'). Nếu là mục khác, hãy sửa "
        "tên của nó cho khác đi."
    )
