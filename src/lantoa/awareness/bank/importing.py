"""Reads an uploaded bank template or tally workbook: the one upload check, then the child."""

from __future__ import annotations

from typing import Any

from lantoa.awareness.bank.reader import BankRow, read_bank, read_bank_docx
from lantoa.awareness.models import Difficulty, QuestionKind, QuestionTag
from lantoa.awareness.tallies import TallyRow, read_workbook
from lantoa.core.isolation import parse_in_child
from lantoa.core.uploads import UPLOADS, check_upload

UPLOAD_KIND = "question_bank"


def _spec() -> dict[str, Any]:
    """Return the label -> value maps the child's readers need (they load no models)."""
    return {
        "kinds": QuestionKind.choices,
        "tags": QuestionTag.choices,
        "levels": Difficulty.choices,
        "true_false": QuestionKind.TRUE_FALSE.value,
    }


def _in_child(reader: Any, data: bytes) -> Any:
    rule = UPLOADS[UPLOAD_KIND]
    return parse_in_child(
        reader, data, _spec(), memory_mb=rule.parse_memory_mb, seconds=rule.parse_seconds
    )


def bank_read(*, data: bytes, filename: str) -> list[BankRow]:
    """Check an uploaded .xlsx or .docx template, then read it in a limited child process."""
    check_upload(data, filename=filename, kind=UPLOAD_KIND)
    reader = read_bank_docx if filename.lower().endswith(".docx") else read_bank
    rows: list[BankRow] = _in_child(reader, data)
    return rows


def awareness_file_read(
    *, data: bytes, filename: str
) -> tuple[str, list[TallyRow] | list[BankRow]]:
    """Return ("tallies", rows) or ("bank", rows) of a workbook (or a .docx bank) for the CLI."""
    check_upload(data, filename=filename, kind=UPLOAD_KIND)
    if filename.lower().endswith(".docx"):
        return "bank", _in_child(read_bank_docx, data)
    found: tuple[str, list[TallyRow] | list[BankRow]] = _in_child(read_workbook, data)
    return found
