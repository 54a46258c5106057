"""Background jobs of reporting: thumbnails of photo evidence."""

from __future__ import annotations

from django_tasks import task

from lantoa.reporting.thumbnails import evidence_thumbnail_make


@task()
def evidence_thumbnail_task(evidence_id: int) -> bool:
    """Make the thumbnail of one photo evidence."""
    return evidence_thumbnail_make(evidence_id=evidence_id)
