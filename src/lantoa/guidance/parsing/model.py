"""Dataclasses holding the result of parsing a guidance document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


def _iso(value: date | None) -> str | None:
    """Return a date as YYYY-MM-DD or None."""
    return value.isoformat() if value else None


@dataclass
class DocRef:
    """A document identified by type, number/symbol, date, issuer and title."""

    type: str | None = None
    number: str | None = None
    date: date | None = None
    issuer: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "type": self.type,
            "number": self.number,
            "date": _iso(self.date),
            "issuer": self.issuer,
            "title": self.title,
        }


@dataclass
class Signer:
    """The signature block: name, position title and signing mode (K/T, T/M, T/L)."""

    name: str | None = None
    title: str | None = None
    mode: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {"name": self.name, "title": self.title, "mode": self.mode}


@dataclass
class DocumentInfo:
    """The guidance document's own identity."""

    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    date: date | None = None
    place: str | None = None
    title: str | None = None
    signer: Signer = field(default_factory=Signer)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "type": self.type,
            "number": self.number,
            "issuer": self.issuer,
            "date": _iso(self.date),
            "place": self.place,
            "title": self.title,
            "signer": self.signer.to_dict(),
        }


@dataclass
class ParsedChannel:
    """A dissemination form mapped to a DESIGN.md channel code, with its source phrase."""

    code: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {"code": self.code, "text": self.text}


@dataclass
class Phase:
    """A named phase ("Đợt 1", "Giai đoạn 2") of the schedule."""

    name: str
    start: date | None = None
    end: date | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "name": self.name,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "text": self.text,
        }


@dataclass
class Schedule:
    """The campaign period: peak start/end, whether it continues, and phases."""

    peak_start: date | None = None
    peak_end: date | None = None
    continuous: bool = False
    text: str | None = None
    phases: list[Phase] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "peak_start": _iso(self.peak_start),
            "peak_end": _iso(self.peak_end),
            "continuous": self.continuous,
            "text": self.text,
            "phases": [p.to_dict() for p in self.phases],
        }


@dataclass
class Deadline:
    """A task deadline as read: kind (date, month, quarter, year, within_days)."""

    kind: str
    text: str
    date: date | None = None
    days: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        out: dict[str, Any] = {"kind": self.kind, "date": _iso(self.date), "text": self.text}
        if self.kind == "within_days":
            out["days"] = self.days
        return out


@dataclass
class ParsedTask:
    """One clause of the guidance addressed to a unit group or a named unit."""

    text: str
    ref: str
    deadline: Deadline | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "text": self.text,
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "unit": self.unit,
            "ref": self.ref,
        }


@dataclass
class ParsedUnitGroup:
    """A numbered sub-section of "Tổ chức thực hiện" addressed to a set of units."""

    heading: str
    ref: str
    unit_kinds: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    tasks: list[ParsedTask] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "heading": self.heading,
            "ref": self.ref,
            "unit_kinds": list(self.unit_kinds),
            "units": list(self.units),
            "tasks": [t.to_dict() for t in self.tasks],
        }


@dataclass
class Section:
    """A node of the section tree (Roman part, numbered item, letter item or bullet)."""

    label: str
    title: str = ""
    kind: str = "root"
    paragraphs: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the node's own paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)

    def full_text(self) -> str:
        """Return the title, paragraphs and all descendants' text."""
        parts = [self.title] if self.title else []
        parts.extend(self.paragraphs)
        parts.extend(child.full_text() for child in self.children)
        return "\n".join(p for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "label": self.label,
            "title": self.title,
            "text": self.text,
            "children": [c.to_dict() for c in self.children],
        }


@dataclass
class GuidanceParse:
    """Everything the parser understood from one guidance document."""

    document: DocumentInfo = field(default_factory=DocumentInfo)
    subject: DocRef = field(default_factory=DocRef)
    references: list[DocRef] = field(default_factory=list)
    purposes: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)
    channels: list[ParsedChannel] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    schedule: Schedule = field(default_factory=Schedule)
    sections: list[Section] = field(default_factory=list)
    unit_groups: list[ParsedUnitGroup] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)
    review_flags: list[str] = field(default_factory=list)
    # Where each identity field was read ("document.number": "lead"), keys of ORIGIN_LABELS.
    origins: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict of the whole parse."""
        return {
            "document": self.document.to_dict(),
            "subject": self.subject.to_dict(),
            "references": [r.to_dict() for r in self.references],
            "purposes": list(self.purposes),
            "requirements": list(self.requirements),
            "content": list(self.content),
            "channels": [c.to_dict() for c in self.channels],
            "audiences": list(self.audiences),
            "schedule": self.schedule.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "unit_groups": [g.to_dict() for g in self.unit_groups],
            "recipients": list(self.recipients),
            "unparsed": list(self.unparsed),
            "review_flags": list(self.review_flags),
            "origins": dict(self.origins),
        }
