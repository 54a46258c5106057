"""Reads a unit's filled report template (excel/submission.py) and says what is wrong, by row.

The file goes through the one upload check (UPLOADS["submission"]) and is parsed by the
activity template's reader in the limited child process; the passages it yields go to
submission_submit, whose refusals come back here to be named by their rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core import signing

from lantoa.core.errors import Refused
from lantoa.core.text import fold
from lantoa.core.uploads import UploadRefused
from lantoa.organization.models import Unit
from lantoa.reporting.excel.layout import IDENTITY_LABEL
from lantoa.reporting.excel.reader import workbook_read
from lantoa.reporting.excel.submission import (
    HEADER_ROW,
    LABEL_HEADER,
    SHEET,
    SIGNING_SALT,
    TEXT_HEADER,
    UPLOAD_KIND,
)
from lantoa.reporting.models import PASSAGE_LABELS, SUBMISSION_PASSAGES, ReportRequest


def _reader_spec() -> dict[str, Any]:
    """Return the layout the activity reader needs to read this sheet (plain data)."""
    labels = {"label": LABEL_HEADER, "text": TEXT_HEADER}
    return {
        "sheet": SHEET,
        "info_sheet": SHEET,  # the identity sits above the header on the same sheet
        "identity_label": fold(IDENTITY_LABEL),
        "header_row": HEADER_ROW,
        "columns": {fold(label): (name, "text") for name, label in labels.items()},
        "labels": labels,
        "required": list(labels),
    }


@dataclass(frozen=True)
class ReadSubmission:
    """The four passages read from a filled template, and the row each came from."""

    passages: dict[str, str]
    rows: dict[str, int]

    def problems(self, refusal: Refused) -> list[str]:
        """Return a refusal of the passages as one Vietnamese line a row."""
        lines = []
        for field, message in refusal.fields.items():
            if field in self.rows:
                lines.append(f"Dòng {self.rows[field]} ({PASSAGE_LABELS[field]}): {message}")
            else:
                lines.append(message)
        return lines or refusal.problems


def _check_identity(text: str | None, *, request: ReportRequest, unit: Unit) -> None:
    if not text:
        raise UploadRefused(
            "Tệp không phải mẫu báo cáo tải từ Lan Tỏa (thiếu mã nhận dạng tệp); hãy bấm "
            "«Tải mẫu Excel» trên trang này rồi điền vào mẫu đó."
        )
    try:
        value = signing.Signer(salt=SIGNING_SALT).unsign_object(text.strip())
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise UploadRefused(
            "Mã nhận dạng tệp đã bị sửa; hãy tải lại mẫu Excel trên trang này."
        ) from exc
    if not isinstance(value, dict) or value.get("unit") != unit.pk:
        raise UploadRefused(
            f"Tệp này là mẫu của đơn vị khác; hãy tải mẫu của {unit.name} trên trang này."
        )
    if value.get("request") != request.pk:
        raise UploadRefused(
            "Tệp này là mẫu của yêu cầu báo cáo khác; hãy tải mẫu của yêu cầu "
            f"«{request.title}» trên trang này."
        )


def submission_upload_read(
    *, data: bytes, filename: str, request: ReportRequest, unit: Unit
) -> ReadSubmission:
    """Check and read a filled template; refuse (one line a row) a file that cannot be used."""
    parsed = workbook_read(source=data, filename=filename, kind=UPLOAD_KIND, spec=_reader_spec())
    _check_identity(parsed["identity"], request=request, unit=unit)
    by_label = {fold(PASSAGE_LABELS[name]): name for name in SUBMISSION_PASSAGES}
    named = {row: str(values.get("label", "")) for row, values in parsed["rows"]}
    problems = [
        f"Dòng {row} ({named[row]}): {message}" if named.get(row) else f"Dòng {row}: {message}"
        for row, _field, message in parsed["errors"]
    ]
    passages: dict[str, str] = {}
    rows: dict[str, int] = {}
    for row, values in parsed["rows"]:
        label = str(values.get("label", ""))
        name = by_label.get(fold(label))
        if name is None:
            if values.get("text"):
                shown = f"mục '{label[:40]}'" if label else "dòng không ghi mục"
                problems.append(f"Dòng {row}: {shown} không có trong mẫu; nội dung không được đọc.")
            continue
        if name in rows:
            problems.append(f"Dòng {row}: mục '{PASSAGE_LABELS[name]}' đã có ở dòng {rows[name]}.")
            continue
        rows[name] = row
        passages[name] = str(values.get("text", ""))
    for name in SUBMISSION_PASSAGES:
        if name not in rows:
            problems.append(f"Thiếu dòng '{PASSAGE_LABELS[name]}'; hãy dùng mẫu tải từ Lan Tỏa.")
    if problems:
        raise UploadRefused("Tệp có lỗi, chưa lưu gì.", problems=problems)
    return ReadSubmission(passages=passages, rows=rows)
