"""Pure-Python parser for Vietnamese Party guidance documents (no Django, no database)."""

from .model import (
    Channel,
    Deadline,
    DocRef,
    DocumentInfo,
    GuidanceParse,
    Phase,
    Schedule,
    Section,
    Signer,
    Task,
    UnitGroup,
)
from .parser import parse_document
from .text import DocumentError, extract_text

__all__ = [
    "Channel",
    "Deadline",
    "DocRef",
    "DocumentError",
    "DocumentInfo",
    "GuidanceParse",
    "Phase",
    "Schedule",
    "Section",
    "Signer",
    "Task",
    "UnitGroup",
    "extract_text",
    "parse_document",
]
