"""Locking a campaign's reported days against further change."""

from __future__ import annotations

import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from lantoa.audit.services import audit_change
from lantoa.campaigns.models import Campaign
from lantoa.reporting.models import ReportingLock
from lantoa.reporting.services.base import ReportingError


@transaction.atomic
def reporting_lock_set(
    *, campaign: Campaign, through: datetime.date, user: User | None
) -> ReportingLock:
    """Lock the campaign's activities dated on or before a day against further change."""
    today = timezone.localdate()
    # A lock closes days already reported: one past today would stop units recording what they
    # do until then (a mistyped year, 31/12/2062, locked every unit out for decades).
    if through > today:
        raise ReportingError(
            {
                "through": "Chỉ khóa được số liệu đến hôm nay "
                f"({today:%d/%m/%Y}) trở về trước: các đơn vị còn đang ghi hoạt động."
            }
        )
    lock, _created = ReportingLock.objects.update_or_create(
        campaign=campaign, defaults={"locked_through": through, "locked_by": user}
    )
    audit_change(
        op="reporting_lock_set",
        user=user,
        target=f"Khóa số liệu đợt {campaign.pk}",
        detail={"campaign": campaign.pk, "through": through.isoformat()},
    )
    return lock
