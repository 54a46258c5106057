"""Reads of the showcase register: search without diacritics, filters, the reports' good models."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from lantoa.core.lookups import one_or_404
from lantoa.core.numbers import whole_number
from lantoa.core.text import fold
from lantoa.showcase.models import AssetStatus, ShowcaseEntry


@dataclass(frozen=True)
class ShowcaseFilter:
    """What the list page was asked for; empty strings mean "any"."""

    q: str = ""
    kind: str = ""
    commune: str = ""
    asset_kind: str = ""
    status: str = ""


def showcase_entries(*, filters: ShowcaseFilter) -> QuerySet[ShowcaseEntry]:
    """Return the entries matching the filter, in Vietnamese order, with their assets."""
    entries = ShowcaseEntry.objects.select_related("commune").prefetch_related("assets")
    for word in fold(filters.q).split():
        entries = entries.filter(search_key__contains=word)
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if (commune_id := whole_number(filters.commune)) is not None:
        entries = entries.filter(commune_id=commune_id)
    if filters.asset_kind or filters.status:
        asset = Q()
        if filters.asset_kind:
            asset &= Q(assets__kind=filters.asset_kind)
        if filters.status:
            asset &= Q(assets__status=filters.status)
        entries = entries.filter(pk__in=ShowcaseEntry.objects.filter(asset).values("pk"))
    return entries.order_by("sort_key", "pk")


def showcase_entry_get(*, entry_id: int) -> ShowcaseEntry:
    """Return one entry or raise 404 (the register is province-wide, not unit data)."""
    return one_or_404(
        ShowcaseEntry.objects.select_related("commune").filter(pk=entry_id),
        "Không tìm thấy mô hình, sản phẩm.",
    )


def entry_line(entry: ShowcaseEntry) -> str:
    """Return one sentence about an entry for a report's "good models" section."""
    parts = [entry.name]
    if entry.commune is not None:
        parts[0] += f" ({entry.commune.name})"
    facts = [
        f"{asset.get_kind_display().lower()} {asset.get_status_display().lower()}"
        + (f" số {asset.number}" if asset.number else "")
        for asset in entry.assets.all()
        if asset.status in (AssetStatus.GRANTED, AssetStatus.FILED)
    ]
    if entry.ocop_stars:
        facts.append(f"sản phẩm OCOP {entry.ocop_stars} sao")
    text = parts[0] + (": " + "; ".join(facts) if facts else "")
    return text + (" (số liệu minh họa)" if entry.is_demo else "") + "."


def showcase_good_models(*, campaign: object = None, limit: int = 10) -> list[str]:
    """Return sentences for "Mô hình, cách làm hay": the entries press items featured first.

    With a campaign, entries featured by that campaign's published items come first; then
    those with granted protection and more OCOP stars.
    """
    featured = (
        Q(press_items__campaign=campaign) if campaign is not None else Q(press_items__isnull=False)
    )
    entries = (
        ShowcaseEntry.objects.select_related("commune")
        .prefetch_related("assets")
        .annotate(
            featured=Count("press_items", filter=featured, distinct=True),
            granted=Count("assets", filter=Q(assets__status=AssetStatus.GRANTED), distinct=True),
        )
        .order_by("-featured", "-granted", "-ocop_stars", "sort_key", "pk")[:limit]
    )
    return [entry_line(entry) for entry in entries]
