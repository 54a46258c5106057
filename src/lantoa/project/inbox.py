"""The leader's inbox: everything waiting for the user's approval, gathered from each app."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from lantoa.accounts.selectors import AnyUser, is_province_wide
from lantoa.documents.selectors import reports_awaiting_approval
from lantoa.materials.selectors import versions_awaiting_approval
from lantoa.opinion.selectors import claims_awaiting_approval
from lantoa.reminders.selectors import letters_awaiting_approval


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


def _reports(user: AnyUser) -> InboxSection:
    return InboxSection(
        "Báo cáo chờ duyệt",
        [
            InboxItem(
                label=f"{report.get_kind_display()} — {report.campaign.title}",
                url=reverse("reports:detail", args=[report.pk]),
                detail=f"Số liệu tính đến {report.as_of:%d/%m/%Y}",
            )
            for report in reports_awaiting_approval(user=user)
        ],
    )


def _letters(user: AnyUser) -> InboxSection:
    return InboxSection(
        "Công văn đôn đốc chờ duyệt",
        [
            InboxItem(
                label=f"Công văn đôn đốc — {letter.campaign.title}",
                url=reverse("reminders:letter_detail", args=[letter.pk]),
                detail=f"{letter.n_units} đơn vị, hạn mới {letter.deadline:%d/%m/%Y}",
            )
            # The units counted in the same query: the inbox costs the same with many letters.
            for letter in letters_awaiting_approval(user=user).annotate(n_units=Count("units"))
        ],
    )


def _materials(user: AnyUser) -> InboxSection:
    return InboxSection(
        "Tài liệu tuyên truyền chờ duyệt",
        [
            InboxItem(
                label=f"{version.material.title} — phiên bản {version.number}",
                url=reverse("materials:review", args=[version.pk]),
                detail=f"Tạo ngày {timezone.localdate(version.created_at):%d/%m/%Y}",
            )
            for version in versions_awaiting_approval(user=user)
        ],
    )


def _claims(user: AnyUser) -> InboxSection:
    return InboxSection(
        "Nội dung phản bác chờ duyệt",
        [
            InboxItem(
                label=claim.statement[:160],
                url=reverse("opinion:claim", args=[claim.pk]),
                detail=f"Cập nhật ngày {timezone.localdate(claim.updated_at):%d/%m/%Y}",
            )
            for claim in claims_awaiting_approval(user=user)
        ],
    )


def leader_inbox(*, user: AnyUser) -> Inbox:
    """Return what waits for the user's approval; nothing for anyone outside the board."""
    # Every approval here is the board's (staff or leaders): a commune leader sees none of them.
    if not is_province_wide(user=user):
        return Inbox(sections=[])
    sections = [_reports(user), _letters(user), _materials(user), _claims(user)]
    return Inbox(sections=[section for section in sections if section.items])
