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
from .parser import parse_document
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
