"""Serving an issued document's file in a stored format, audited, for a view that allowed it."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest

from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.exports import DOCX_TYPE, PDF_TYPE
from lantoa.documents.models import OutgoingDocument, OutgoingState
from lantoa.documents.selectors import outgoing_file_formats

CONTENT_TYPES = {"docx": DOCX_TYPE, "pdf": PDF_TYPE, "ky.pdf": PDF_TYPE}


def require_issued(document: OutgoingDocument) -> None:
    """Raise 404 for an entry that has no file yet (being made) or never will (number cancelled)."""
    if document.state != OutgoingState.ISSUED:
        raise Http404("Văn bản này không có tệp (đang tạo tệp hoặc đã hủy số).")


def outgoing_file_response(
    *, request: HttpRequest, document: OutgoingDocument, suffix: str
) -> FileResponse:
    """Return the document's file in a stored format (its main one when none is asked), audited.

    The caller has already checked that the user may read this document.
    """
    require_issued(document)
    main = document.filename.rsplit(".", 1)[-1]
    suffix = suffix or main
    if suffix not in outgoing_file_formats(document=document):
        raise Http404("Văn bản này không có tệp định dạng này.")
    audit_record(
        action=AuditAction.DOWNLOAD,
        request=request,
        target=request.path,
        detail={"document": document.code, "format": suffix},
    )
    stem = document.filename.rsplit(".", 1)[0]
    return FileResponse(
        default_storage.open(document.sibling_name(suffix), "rb"),
        as_attachment=True,
        filename=f"{stem}.{suffix}",
        content_type=CONTENT_TYPES.get(suffix, "application/octet-stream"),
    )
