"""The leader's inbox: everything waiting for the user's approval, gathered from each app."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from django.db.models import Count, Model
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.selectors import AnyUser, is_province_wide
from lantoa.awareness.bank.selectors import banks_awaiting_approval
from lantoa.documents.selectors import reports_awaiting_approval
from lantoa.materials.selectors import versions_awaiting_approval
from lantoa.opinion.selectors import claims_awaiting_approval
from lantoa.opinion.selectors_report import opinion_reports_awaiting_approval
from lantoa.reminders.selectors import letters_awaiting_approval

Row = TypeVar("Row", bound=Model)


@dataclass(frozen=True)
class InboxItem:
    """One thing to approve: what it is, where it is opened, and since when it waits."""

    label: str
    url: str
    detail: str = ""


@dataclass
class InboxSection:
    """The items of one kind (reports, công văn, materials, rebuttals)."""

    title: str
    items: list[InboxItem] = field(default_factory=list)


@dataclass
class Inbox:
    """Every section with items waiting, and their total."""

    sections: list[InboxSection]

    @property
    def total(self) -> int:
        """Return how many items wait in all sections."""
        return sum(len(section.items) for section in self.sections)


def _section(
    title: str,
    rows: Iterable[Row],
    *,
    route: str,
    label: Callable[[Row], str],
    detail: Callable[[Row], str],
) -> InboxSection:
    """Return a section of one item a row, each opened at `route` with the row's key."""
    items = [
        InboxItem(label=label(row), url=reverse(route, args=[row.pk]), detail=detail(row))
        for row in rows
    ]
    return InboxSection(title, items)


def _sections(user: AnyUser) -> list[InboxSection]:
    # The units of a letter are counted in the same query: the inbox costs the same with many.
    letters = letters_awaiting_approval(user=user).annotate(n_units=Count("units"))
    return [
        _section(
            "Báo cáo chờ duyệt",
            reports_awaiting_approval(user=user),
            route="reports:detail",
            label=lambda report: f"{report.get_kind_display()} — {report.campaign.title}",
            detail=lambda report: f"Số liệu tính đến {report.as_of:%d/%m/%Y}",
        ),
        _section(
            "Báo cáo dư luận xã hội chờ duyệt",
            opinion_reports_awaiting_approval(user=user),
            route="opinion:report_detail",
            label=lambda report: f"Báo cáo tình hình dư luận xã hội về {report.subject}",
            detail=lambda report: f"Kỳ {report.start:%d/%m/%Y} – {report.end:%d/%m/%Y}",
        ),
        _section(
            "Công văn đôn đốc chờ duyệt",
            letters,
            route="reminders:letter_detail",
            label=lambda letter: f"Công văn đôn đốc — {letter.campaign.title}",
            detail=lambda letter: f"{letter.n_units} đơn vị, hạn mới {letter.deadline:%d/%m/%Y}",
        ),
        _section(
            "Tài liệu tuyên truyền chờ duyệt",
            versions_awaiting_approval(user=user),
            route="materials:review",
            label=lambda version: f"{version.material.title} — phiên bản {version.number}",
            detail=lambda version: f"Tạo ngày {timezone.localdate(version.created_at):%d/%m/%Y}",
        ),
        _section(
            "Nội dung phản bác chờ duyệt",
            claims_awaiting_approval(user=user),
            route="opinion:claim",
            label=lambda claim: claim.statement[:160],
            detail=lambda claim: f"Cập nhật ngày {timezone.localdate(claim.updated_at):%d/%m/%Y}",
        ),
        _section(
            "Câu hỏi kiểm tra nhận thức chờ duyệt",
            banks_awaiting_approval(user=user),
            route="awareness:bank",
            label=lambda campaign: f"Ngân hàng câu hỏi — {campaign.title}",
            detail=lambda campaign: f"{campaign.n_drafts} câu hỏi chờ duyệt",
        ),
    ]


def leader_inbox(*, user: AnyUser) -> Inbox:
    """Return what waits for the user's approval; nothing for anyone outside the board."""
    # Every approval here is the board's (staff or leaders): a commune leader sees none of them.
    if not is_province_wide(user=user):
        return Inbox(sections=[])
    return Inbox(sections=[section for section in _sections(user) if section.items])
