"""Read an uploaded guidance file end to end, without Django: run in a limited child process."""

from __future__ import annotations

from typing import Any

from lantoa.core.uploads import check_upload
from lantoa.guidance.parsing import extract_text, parse_document
from lantoa.guidance.parsing.text import SUPPORTED_EXTENSIONS


def read_guidance_file(data: bytes, filename: str) -> tuple[str, dict[str, Any]]:
    """Check the file, extract its text and parse it; raises UploadRefused or DocumentError."""
    check_upload(data, filename=filename, allowed=set(SUPPORTED_EXTENSIONS))
    text = extract_text(data, filename=filename)
    return text, parse_document(text).to_dict()
