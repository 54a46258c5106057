"""Reads of materials scoped to the user: the board sees all, units the approved ones they use."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import (
    AnyUser,
    is_board_staff,
    is_province_wide,
    not_drafted_by,
)
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.selectors import campaigns_for
from lantoa.core.lookups import one_or_404
from lantoa.core.text import fold
from lantoa.materials.models import Material, MaterialVersion, VersionStatus

NOT_APPROVED = "Tài liệu chưa được duyệt"


def can_manage(*, user: AnyUser) -> bool:
    """Tell whether the user writes materials (board staff)."""
    return is_board_staff(user=user)


def materials_for(*, user: AnyUser) -> QuerySet[Material]:
    """Return every material for the board; approved ones of the user's campaigns otherwise."""
    materials = Material.objects.select_related("campaign", "approved_version")
    if is_province_wide(user=user):
        return materials
    campaigns = campaigns_for(user=user, can=Capability.MATERIALS_READ).values("pk")
    return materials.filter(approved_version__isnull=False, campaign__in=campaigns)


def material_list(
    *, user: AnyUser, q: str = "", campaign_id: int | None = None, **filters: str
) -> QuerySet[Material]:
    """Return the user's materials filtered by words (without diacritics) and choices."""
    materials = materials_for(user=user)
    for word in fold(q).split():
        materials = materials.filter(search_key__contains=word)
    if campaign_id:
        materials = materials.filter(campaign_id=campaign_id)
    for name in ("kind", "audience", "language"):
        if filters.get(name):
            materials = materials.filter(**{name: filters[name]})
    # Newest first by primary key: the rowid order needs no sort (10,000 rows, page 100).
    return materials.order_by("-pk")


def material_get(*, user: AnyUser, material_id: int) -> Material:
    """Return one material the user may open, or raise 404."""
    return one_or_404(materials_for(user=user).filter(pk=material_id), "Không tìm thấy tài liệu.")


def version_get(*, user: AnyUser, version_id: int) -> MaterialVersion:
    """Return one version: any for the board, approved ones of visible materials otherwise."""
    version = one_or_404(
        MaterialVersion.objects.select_related("material").filter(pk=version_id),
        "Không tìm thấy phiên bản.",
    )
    if not is_province_wide(user=user):
        material_get(user=user, material_id=version.material_id)
        if version.status != VersionStatus.APPROVED:
            raise Http404("Không tìm thấy phiên bản.")
    return version


def version_for_output(*, user: AnyUser, material: Material) -> MaterialVersion:
    """Return the approved version, or for the board the newest one (shown as a draft)."""
    if material.approved_version is not None:
        return material.approved_version
    if is_province_wide(user=user):
        latest = material.versions.order_by("-number").first()
        if latest is not None:
            return latest
    raise Http404(NOT_APPROVED)


def versions_awaiting_approval(*, user: AnyUser) -> QuerySet[MaterialVersion]:
    """Return the versions sent for review, for those who approve them (board staff, leaders)."""
    if not is_province_wide(user=user):
        return MaterialVersion.objects.none()
    waiting = MaterialVersion.objects.filter(status=VersionStatus.IN_REVIEW)
    return not_drafted_by(waiting, user=user).select_related("material").order_by("pk")


def approved_materials(*, campaign: Campaign) -> QuerySet[Material]:
    """Return the campaign's materials that have an approved version (what units may use)."""
    return Material.objects.filter(campaign=campaign, approved_version__isnull=False).order_by(
        "title", "pk"
    )


def material_use_error(
    *, material_id: int, campaign: Campaign, on: datetime.date | None
) -> str | None:
    """Return why a unit may not name this material for an activity on a date, or None."""
    material = Material.objects.filter(pk=material_id).first()
    if material is None or material.campaign_id != campaign.pk:
        return "Tài liệu không thuộc đợt tuyên truyền này."
    if material.approved_version_id is None or material.first_approved_at is None:
        return f"{NOT_APPROVED}."
    approved_on = timezone.localdate(material.first_approved_at)
    if on is not None and on < approved_on:
        return f"{NOT_APPROVED} vào ngày thực hiện (duyệt ngày {approved_on:%d/%m/%Y})."
    return None
