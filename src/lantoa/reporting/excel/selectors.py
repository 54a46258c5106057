"""Reads of Excel imports: a person sees their own uploads; the board and leaders see all."""

from __future__ import annotations

from django.db.models import QuerySet

from lantoa.accounts.selectors import AnyUser, is_province_wide
from lantoa.campaigns.models import Campaign
from lantoa.core.lookups import one_or_404
from lantoa.reporting.models import ExcelImport


def excel_imports_for(*, user: AnyUser) -> QuerySet[ExcelImport]:
    """Return the uploads the user may open."""
    if not user.is_authenticated:
        return ExcelImport.objects.none()
    uploads = ExcelImport.objects.select_related("campaign", "uploaded_by")
    if is_province_wide(user=user):
        return uploads
    return uploads.filter(uploaded_by_id=user.pk)


def excel_import_get(*, user: AnyUser, upload_id: int) -> ExcelImport:
    """Return one upload the user may open, or raise 404."""
    return one_or_404(
        excel_imports_for(user=user).filter(pk=upload_id), "Không tìm thấy tệp đã tải lên."
    )


def excel_imports_recent(
    *, user: AnyUser, campaign: Campaign, limit: int = 10
) -> list[ExcelImport]:
    """Return the user's latest uploads for a campaign (the board sees everyone's)."""
    return list(excel_imports_for(user=user).filter(campaign=campaign)[:limit])
