"""The outgoing register (sổ văn bản đi) and the download of an issued document."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from lantoa.accounts.selectors import require_board_staff
from lantoa.documents.downloads import outgoing_file_response
from lantoa.documents.selectors import (
    outgoing_document_get,
    outgoing_documents,
    outgoing_file_formats,
    outgoing_next_numbers,
)
from lantoa.documents.services import RegisterError, outgoing_counter_set


@login_required
@require_GET
def outgoing_register(request: HttpRequest) -> HttpResponse:
    """List the documents the board issued, by year."""
    try:
        year = int(request.GET.get("nam", "") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    documents = outgoing_documents(user=request.user, year=year)
    context = {
        "documents": [(doc, outgoing_file_formats(document=doc)) for doc in documents],
        "year": year,
        "next_numbers": outgoing_next_numbers(user=request.user, year=year),
    }
    return render(request, "documents/register.html", context)


@login_required
@require_POST
def outgoing_counter(request: HttpRequest) -> HttpResponse:
    """Board staff set the next number of a type in a year, to continue the paper register."""
    require_board_staff(user=request.user)
    try:
        year = int(request.POST.get("nam", ""))
        next_number = int(request.POST.get("so_tiep_theo", ""))
    except ValueError:
        messages.error(request, "Năm và số tiếp theo phải là số nguyên.")
        return redirect("documents:register")
    doc_type = request.POST.get("loai", "")
    try:
        outgoing_counter_set(doc_type=doc_type, year=year, next_number=next_number)
    except RegisterError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Số tiếp theo của loại {doc_type} năm {year}: {next_number}.")
    return redirect(f"{reverse('documents:register')}?nam={year}")


@login_required
@require_GET
def outgoing_file(request: HttpRequest, document_id: int) -> FileResponse:
    """Download an issued document (?dinh_dang=pdf|docx for either format); audited."""
    document = outgoing_document_get(user=request.user, document_id=document_id)
    return outgoing_file_response(
        request=request, document=document, suffix=request.GET.get("dinh_dang", "")
    )
