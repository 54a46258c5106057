"""Background jobs of guidance: reading an uploaded file."""

from __future__ import annotations

from django_tasks import task

from lantoa.guidance.models import GuidanceDocument, GuidanceStatus


@task()
def guidance_read_task(document_id: int) -> str:
    """Read one uploaded guidance file; return its status."""
    from lantoa.guidance.services import guidance_document_read

    document = GuidanceDocument.objects.filter(pk=document_id).first()
    if document is None:
        return "missing"
    if document.status != GuidanceStatus.READING:
        return document.status
    return guidance_document_read(document=document).status
