"""Read an uploaded guidance file end to end, without Django: run in a limited child process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from lantoa.core.uploads import UPLOADS, UploadRefused, check_size, check_upload
from lantoa.guidance.parsing import DocumentError, extract_text

# Imported here, not on first use, so the child processes' server loads the parser once.
from lantoa.guidance.parsing.parser import parse_document

Result = TypeVar("Result")


def read_guidance_file(data: bytes, filename: str) -> tuple[str, dict[str, Any]]:
    """Check the file, extract its text and parse it; raises UploadRefused or DocumentError."""
    text = extract_text(data, filename=filename)  # the one upload check runs first, inside
    return text, parse_document(text).to_dict()


def guidance_size_check(source: bytes | Path | int) -> None:
    """Refuse a guidance file over the table's cap before reading it (DocumentError)."""
    size = len(source) if isinstance(source, bytes) else source
    try:
        check_size(size, max_bytes=UPLOADS["guidance"].max_bytes or 0)
    except UploadRefused as exc:
        raise DocumentError(exc.message) from exc


def _check_guidance_file(data: bytes, filename: str) -> str:
    return check_upload(data, filename=filename, kind="guidance")


def _in_child(read: Callable[[bytes, str], Result], data: bytes, filename: str) -> Result:
    """Run a check or a reading of a guidance file in a child with the table's memory and time."""
    from lantoa.core.isolation import parse_in_child

    rule = UPLOADS["guidance"]
    guidance_size_check(data)
    try:
        return parse_in_child(
            read, data, filename, memory_mb=rule.parse_memory_mb, seconds=rule.parse_seconds
        )
    except UploadRefused as exc:
        raise DocumentError(exc.message) from exc


def guidance_file_check(data: bytes, filename: str) -> None:
    """Run the upload check alone in a child process (a hostile file is refused at once)."""
    _in_child(_check_guidance_file, data, filename)


def guidance_file_parse(data: bytes, filename: str) -> tuple[str, dict[str, Any]]:
    """Check and parse a guidance file in a child process with the table's memory and time."""
    return _in_child(read_guidance_file, data, filename)
