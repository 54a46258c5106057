"""The outgoing register (sổ văn bản đi) and the download of an issued document."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.exports import DOCX_TYPE, PDF_TYPE
from lantoa.documents.models import OutgoingState
from lantoa.documents.selectors import outgoing_document_get, outgoing_documents

CONTENT_TYPES = {"docx": DOCX_TYPE, "pdf": PDF_TYPE}


@login_required
@require_GET
def outgoing_register(request: HttpRequest) -> HttpResponse:
    """List the documents the board issued, by year."""
    try:
        year = int(request.GET.get("nam", "") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    documents = outgoing_documents(user=request.user, year=year)
    return render(request, "documents/register.html", {"documents": documents, "year": year})


@login_required
@require_GET
def outgoing_file(request: HttpRequest, document_id: int) -> FileResponse:
    """Download an issued document; every download is audited."""
    document = outgoing_document_get(user=request.user, document_id=document_id)
    if document.state != OutgoingState.ISSUED:
        raise Http404("Văn bản này không có tệp (đang tạo tệp hoặc đã hủy số).")
    audit_record(
        action=AuditAction.DOWNLOAD,
        request=request,
        target=request.path,
        detail={"document": document.code},
    )
    suffix = document.filename.rsplit(".", 1)[-1]
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.filename,
        content_type=CONTENT_TYPES.get(suffix, "application/octet-stream"),
    )
