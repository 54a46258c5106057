"""Retention: raw items older than the configured period are anonymised or purged.

An item's text is copied into its cluster (the representative, the cluster's signature and
the member's band signature) and into in-process caches; anonymising removes every copy
and the platform's comment id (`source_id`), which would re-identify the author.
"""

from __future__ import annotations

import datetime

import numpy as np
from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from lantoa.core.errors import Refused
from lantoa.opinion.matching import registry_forget, signature
from lantoa.opinion.models import Cluster, ClusterBand, Correction, Item, ItemState
from lantoa.opinion.textnorm import normalise_for_model

ANONYMOUS_SOURCE_ID = "an-{pk}"


def retention_cutoff(
    *, days: int | None = None, today: datetime.date | None = None
) -> datetime.date:
    """Return the first day still kept in full; refuse a period shorter than one day."""
    days = days if days is not None else settings.LANTOA_OPINION_RETENTION_DAYS
    # As LANTOA_OPINION_RETENTION_DAYS is bounded: 0 or less would anonymise today's items.
    if days < 1:
        raise Refused(f"Thời hạn lưu giữ phải từ 1 ngày trở lên (đã nhập {days}).")
    return (today or timezone.localdate()) - datetime.timedelta(days=days)


def retention_run(
    *, days: int | None = None, purge: bool = False, today: datetime.date | None = None
) -> int:
    """Anonymise (text, link, pseudonym, source id cleared; labels kept) or delete old items."""
    cutoff = retention_cutoff(days=days, today=today)
    old = Item.objects.filter(observed_on__lt=cutoff)
    with transaction.atomic():
        expiring = old.exclude(state=ItemState.ANONYMISED) if not purge else old
        _clusters_forget(expiring)
        if purge:
            _, per_model = old.delete()
            count = per_model.get("opinion.Item", 0)
        else:
            Correction.objects.filter(item__in=old).delete()
            count = 0
            for pk in expiring.values_list("pk", flat=True).iterator():
                count += Item.objects.filter(pk=pk).update(
                    text="",
                    search_key="",
                    link="",
                    author_key="",
                    audience="",
                    channel="",
                    submitted_by=None,
                    source_id=ANONYMOUS_SOURCE_ID.format(pk=pk),
                    state=ItemState.ANONYMISED,
                )
    # The caches hold texts (the classifiers' normalised input) or weights counted over them.
    normalise_for_model.cache_clear()
    registry_forget()
    return count


def _clusters_forget(expiring: QuerySet[Item]) -> None:
    """Remove the expiring items' texts and signatures from their clusters."""
    members: dict[int, list[str]] = {}
    for cluster_id, text in expiring.filter(cluster__isnull=False).values_list(
        "cluster_id", "text"
    ):
        members.setdefault(cluster_id, []).append(text)
    for cluster in Cluster.objects.filter(pk__in=members).select_for_update():
        gone = {s.tobytes() for s in map(signature, members[cluster.pk]) if s is not None}
        for band in ClusterBand.objects.filter(cluster=cluster).only("pk", "signature"):
            if band.signature is None or bytes(band.signature) in gone:
                band.delete()
        kept = (
            Item.objects.filter(cluster=cluster)
            .exclude(pk__in=expiring.values("pk"))
            .exclude(text="")
            .order_by("-observed_on", "-pk")
            .values_list("text", flat=True)
            .first()
        )
        kept_sig = signature(kept) if kept else None
        cluster.representative = kept[:1000] if kept else ""
        if bytes(cluster.signature) in gone or kept is None:
            cluster.signature = (
                kept_sig.tobytes() if kept_sig is not None else np.zeros(0, np.uint64).tobytes()
            )
        cluster.save(update_fields=["representative", "signature"])
