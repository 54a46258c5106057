"""Background jobs of opinion monitoring; each also runs from `lantoa opinion …`."""

from __future__ import annotations

import datetime

from django_tasks import task

from lantoa.core.daily import enqueue_once_a_day
from lantoa.opinion.models import ImportJob


@task()
def opinion_import(job_id: int) -> int:
    """Import one uploaded export; return the number of new items."""
    from lantoa.opinion.services import import_run

    stats = import_run(job=ImportJob.objects.select_related("unit").get(pk=job_id))
    return stats.created if stats else 0


@task()
def opinion_train() -> list[str]:
    """Train a new version of every classifier and re-score the items not yet corrected."""
    from lantoa.opinion.datasets import default_shared_dir
    from lantoa.opinion.reclassify import items_reclassify
    from lantoa.opinion.training import models_train

    versions = models_train(shared_dir=default_shared_dir())
    items_reclassify()
    return [str(v) for v in versions]


# The latest items matched again when the claim registry changes: the weeks staff look at.
REMATCH_ITEMS = 20_000


@task()
def opinion_claims_rematch() -> int:
    """Score the latest items again against the registry as it stands; return how many."""
    from lantoa.opinion.reclassify import items_reclassify

    return items_reclassify(limit=REMATCH_ITEMS)


@task()
def opinion_retention() -> int:
    """Anonymise items older than the retention period."""
    from lantoa.opinion.retention import retention_run

    return retention_run()


def retention_enqueue_if_due(*, now: datetime.datetime, last: datetime.date | None) -> bool:
    """Enqueue the opinion retention job once a day (it is harmless to run it twice)."""
    return enqueue_once_a_day(opinion_retention, now=now, last=last)
