"""Pure-Python parser for Vietnamese Party guidance documents (no Django, no database)."""

from .model import (
    Deadline,
    DocRef,
    DocumentInfo,
    GuidanceParse,
    ParsedChannel,
    ParsedTask,
    ParsedUnitGroup,
    Phase,
    Schedule,
    Section,
    Signer,
)
from .text import DocumentError, extract_text

__all__ = [
    "ParsedChannel",
    "Deadline",
    "DocRef",
    "DocumentError",
    "DocumentInfo",
    "GuidanceParse",
    "Phase",
    "Schedule",
    "Section",
    "Signer",
    "ParsedTask",
    "ParsedUnitGroup",
    "extract_text",
    "parse_document",
]


def parse_document(text: str) -> GuidanceParse:
    """Return the structured parse of a guidance document's text."""
    # The parser compiles hundreds of patterns on import: not at every process's start.
    from .parser import parse_document as parse

    return parse(text)
