"""Retention: raw items older than the configured period are anonymised or purged."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lantoa.opinion.models import Correction, Item, ItemState


def retention_cutoff(
    *, days: int | None = None, today: datetime.date | None = None
) -> datetime.date:
    """Return the first day still kept in full."""
    days = days if days is not None else settings.LANTOA_OPINION_RETENTION_DAYS
    return (today or timezone.localdate()) - datetime.timedelta(days=days)


def retention_run(
    *, days: int | None = None, purge: bool = False, today: datetime.date | None = None
) -> int:
    """Anonymise (text, link and pseudonym cleared; labels kept for trends) or delete old items."""
    cutoff = retention_cutoff(days=days, today=today)
    old = Item.objects.filter(observed_on__lt=cutoff)
    with transaction.atomic():
        if purge:
            _, per_model = old.delete()
            return per_model.get("opinion.Item", 0)
        Correction.objects.filter(item__in=old).delete()
        return old.exclude(state=ItemState.ANONYMISED).update(
            text="",
            link="",
            author_key="",
            audience="",
            channel="",
            submitted_by=None,
            state=ItemState.ANONYMISED,
        )
