"""The campaign a guidance proposes, as staff review it before confirming."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from django.db.models import BooleanField, Case, Count, Q, QuerySet, When

from lantoa.core.partydoc.signing import signing_mode
from lantoa.organization.matching import unit_match_name
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import (
    addressed_condition,
    in_force_condition,
    units_addressed,
    units_in_force,
)


def _date(value: object) -> datetime.date | None:
    """Return a date from an ISO string (or a date), None otherwise."""
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _iso(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass
class TaskProposal:
    """One task as proposed: its text, deadline and, if any, the one unit it names."""

    text: str
    ref: str = ""
    deadline_kind: str = ""
    deadline_text: str = ""
    due_date: datetime.date | None = None
    unit_name: str = ""
    unit_id: int | None = None


@dataclass
class GroupProposal:
    """A group of addressed units (by kind and/or named units) and its tasks."""

    heading: str
    kinds: list[str] = field(default_factory=list)
    unit_names: list[str] = field(default_factory=list)
    unit_ids: list[int] = field(default_factory=list)
    tasks: list[TaskProposal] = field(default_factory=list)


@dataclass
class CampaignProposal:
    """Every field of a campaign before it exists; what the review screen edits."""

    title: str = ""
    doc_type: str = "Hướng dẫn"
    doc_number: str = ""
    doc_date: datetime.date | None = None
    doc_place: str = ""
    issuer: str = ""
    signer_name: str = ""
    signer_title: str = ""
    signer_mode: str = ""
    subject_type: str = ""
    subject_number: str = ""
    subject_date: datetime.date | None = None
    subject_issuer: str = ""
    subject_title: str = ""
    references: list[dict[str, Any]] = field(default_factory=list)
    purposes: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    peak_start: datetime.date | None = None
    peak_end: datetime.date | None = None
    continuous: bool = False
    phases: list[dict[str, Any]] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    groups: list[GroupProposal] = field(default_factory=list)
    review_flags: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)
    # Where the reader found a field when not in the header ("doc_number": "lead").
    origins: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-able dict (dates as YYYY-MM-DD)."""
        data = asdict(self)
        for key in ("doc_date", "subject_date", "peak_start", "peak_end"):
            data[key] = _iso(getattr(self, key))
        for group in data["groups"]:
            for task in group["tasks"]:
                task["due_date"] = _iso(task["due_date"])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CampaignProposal:
        """Rebuild a proposal stored with to_json."""
        values = dict(data)
        for key in ("doc_date", "subject_date", "peak_start", "peak_end"):
            values[key] = _date(values.get(key))
        groups = []
        for group in values.pop("groups", []):
            tasks = [
                TaskProposal(**{**task, "due_date": _date(task.get("due_date"))})
                for task in group.get("tasks", [])
            ]
            groups.append(GroupProposal(**{**group, "tasks": tasks}))
        known = cls.__dataclass_fields__.keys()
        return cls(groups=groups, **{k: v for k, v in values.items() if k in known})


def _campaign_title(parse: dict[str, Any]) -> str:
    """Return a campaign title from the document's own title, or from its subject."""
    title = (parse.get("document") or {}).get("title") or ""
    if title:
        return title[0].upper() + title[1:]
    subject = parse.get("subject") or {}
    if subject.get("number"):
        return f"Tuyên truyền {subject.get('type') or 'văn bản'} số {subject['number']}"
    return ""


# The parse's identity fields as the proposal names them.
_ORIGIN_FIELDS = {
    "document.type": "doc_type",
    "document.number": "doc_number",
    "document.date": "doc_date",
    "document.issuer": "issuer",
    "document.title": "title",
    "signer.name": "signer_name",
}


def proposal_from_parse(parse: dict[str, Any]) -> CampaignProposal:
    """Turn the parser's output into a proposal, matching named units to real ones."""
    document = parse.get("document") or {}
    signer = document.get("signer") or {}
    subject = parse.get("subject") or {}
    schedule = parse.get("schedule") or {}
    # The units the review screen offers (guidance.forms), so a match is never refused there.
    active = units_in_force()
    groups = []
    for group in parse.get("unit_groups") or []:
        names = [name for name in group.get("units") or [] if name]
        matched = [unit_match_name(name=name, candidates=active) for name in names]
        tasks = []
        for task in group.get("tasks") or []:
            deadline = task.get("deadline") or {}
            named = task.get("unit") or ""
            unit = unit_match_name(name=named, candidates=active) if named else None
            tasks.append(
                TaskProposal(
                    text=task.get("text") or "",
                    ref=task.get("ref") or "",
                    deadline_kind=deadline.get("kind") or "",
                    deadline_text=deadline.get("text") or "",
                    due_date=_date(deadline.get("date")),
                    unit_name=named,
                    unit_id=unit.pk if unit else None,
                )
            )
        groups.append(
            GroupProposal(
                heading=group.get("heading") or "",
                # A heading whose bodies are all found ("Đảng ủy Công an tỉnh") addresses them,
                # not every unit of their kind; a name found nowhere may be a class ("Ủy ban
                # nhân dân xã, phường"), so its kind stays.
                kinds=[] if names and all(matched) else known_kinds(group.get("unit_kinds") or []),
                unit_names=names,
                unit_ids=[unit.pk for unit in matched if unit],
                tasks=tasks,
            )
        )
    return CampaignProposal(
        title=_campaign_title(parse),
        doc_type=document.get("type") or "",
        doc_number=document.get("number") or "",
        doc_date=_date(document.get("date")),
        doc_place=document.get("place") or "",
        issuer=document.get("issuer") or "",
        signer_name=signer.get("name") or "",
        signer_title=signer.get("title") or "",
        # Parses stored before one vocabulary existed may say "T/L" or "KT.".
        signer_mode=signing_mode(signer.get("mode")),
        subject_type=subject.get("type") or "",
        subject_number=subject.get("number") or "",
        subject_date=_date(subject.get("date")),
        subject_issuer=subject.get("issuer") or "",
        subject_title=subject.get("title") or "",
        references=list(parse.get("references") or []),
        purposes=list(parse.get("purposes") or []),
        requirements=list(parse.get("requirements") or []),
        content=list(parse.get("content") or []),
        audiences=list(parse.get("audiences") or []),
        channels=[c["code"] for c in parse.get("channels") or [] if c.get("code")],
        peak_start=_date(schedule.get("peak_start")),
        peak_end=_date(schedule.get("peak_end")),
        continuous=bool(schedule.get("continuous")),
        phases=list(schedule.get("phases") or []),
        recipients=list(parse.get("recipients") or []),
        groups=groups,
        review_flags=list(parse.get("review_flags") or []),
        unparsed=list(parse.get("unparsed") or []),
        origins={
            _ORIGIN_FIELDS[key]: origin
            for key, origin in (parse.get("origins") or {}).items()
            if key in _ORIGIN_FIELDS
        },
    )


def proposal_from_campaign(campaign: Any) -> CampaignProposal:
    """Return a running campaign's own fields as a proposal, for the edit screen."""
    directive = campaign.directive
    return CampaignProposal(
        title=campaign.title,
        doc_type=campaign.guidance_type,
        doc_number=campaign.guidance_number,
        doc_date=campaign.guidance_date,
        doc_place=campaign.guidance_place,
        issuer=campaign.issuer,
        signer_name=campaign.signer_name,
        signer_title=campaign.signer_title,
        signer_mode=campaign.signer_mode,
        subject_type=directive.doc_type,
        subject_number=directive.number,
        subject_date=directive.date,
        subject_issuer=directive.issuer,
        subject_title=directive.title,
        references=list(campaign.references),
        purposes=list(campaign.purposes),
        requirements=list(campaign.requirements),
        content=list(campaign.content),
        audiences=list(campaign.audiences),
        channels=list(campaign.channels),
        peak_start=campaign.peak_start,
        peak_end=campaign.peak_end,
        continuous=campaign.continuous,
        phases=list(campaign.phases),
        recipients=list(campaign.recipients),
    )


def known_kinds(kinds: Iterable[str]) -> list[str]:
    """Return the kinds of unit among those given that exist (a parse may name others)."""
    return [kind for kind in kinds if kind in UnitKind.values]


def _addressed(group: GroupProposal) -> Q:
    """Return the condition on a unit that a proposed group addresses it."""
    return addressed_condition(kinds=known_kinds(group.kinds), unit_ids=group.unit_ids)


def group_units(*, group: GroupProposal) -> QuerySet[Unit]:
    """Return the units in force a proposed group addresses: its kinds plus its named units."""
    return units_addressed(kinds=known_kinds(group.kinds), unit_ids=group.unit_ids)


def group_gives_no_unit(*, group: GroupProposal, reaches: bool) -> bool:
    """Say whether a group's tasks would go to no unit: it reaches none (`reaches`) and not
    every task is given to a unit of its own."""
    return bool(group.tasks) and not reaches and not all(task.unit_id for task in group.tasks)


def group_unit_counts(*, groups: list[GroupProposal]) -> list[int]:
    """Return how many units in force each proposed group addresses, in one query for all."""
    if not groups:
        return []
    counts = Unit.objects.filter(in_force_condition()).aggregate(
        **{f"group_{n}": Count("pk", filter=_addressed(g)) for n, g in enumerate(groups)}
    )
    return [counts[f"group_{n}"] for n in range(len(groups))]


# How many of a group's units the review screen names before "và N đơn vị khác".
REACH_NAMED = 5


@dataclass(frozen=True)
class GroupReach:
    """How many units in force a proposed group reaches, and the first few by name."""

    count: int
    names: list[str]

    @property
    def more(self) -> int:
        """Return how many units the names leave out."""
        return self.count - len(self.names)


def group_reach(*, groups: list[GroupProposal]) -> list[GroupReach]:
    """Return each proposed group's reach, so a group wider than its heading shows (one query)."""
    if not groups:
        return []
    flags = {
        f"group_{n}": Case(
            When(_addressed(g), then=True), default=False, output_field=BooleanField()
        )
        for n, g in enumerate(groups)
    }
    anyone = Q()
    for group in groups:
        anyone |= _addressed(group)
    reached: list[list[str]] = [[] for _group in groups]
    rows = Unit.objects.filter(in_force_condition()).filter(anyone).annotate(**flags)
    for row in rows.order_by("sort_key", "pk").values("name", *flags):
        for n, names in enumerate(reached):
            if row[f"group_{n}"]:
                names.append(row["name"])
    return [GroupReach(count=len(names), names=names[:REACH_NAMED]) for names in reached]
