"""The outgoing register (sổ văn bản đi) and the download of an issued document."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from lantoa.accounts.selectors import (
    is_board_staff,
    require_board_staff,
    signed_in_user,
)
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.core.uploads import check_size
from lantoa.documents.downloads import outgoing_file_response, require_issued
from lantoa.documents.handoff import handoff_zip
from lantoa.documents.models import OutgoingDocument, OutgoingType
from lantoa.documents.selectors import (
    outgoing_document_get,
    outgoing_documents,
    outgoing_file_formats,
    outgoing_next_numbers,
    outgoing_reservations,
)
from lantoa.documents.services import (
    outgoing_counter_set,
    outgoing_range_reserve,
    outgoing_signed_copy_add,
)
from lantoa.documents.signing import SIGNED_SUFFIX


class ReserveForm(forms.Form):
    """A range of numbers of one type and year the văn thư keeps for paper documents."""

    nam = forms.IntegerField(widget=forms.HiddenInput)
    loai = forms.ChoiceField(
        label="Loại văn bản",
        choices=OutgoingType.choices,
        error_messages={"invalid_choice": "Loại văn bản không hợp lệ."},
    )
    tu_so = forms.IntegerField(
        label="Từ số",
        min_value=1,
        error_messages={"required": "Chưa nhập số đầu.", "invalid": "Số đầu phải là số nguyên."},
    )
    den_so = forms.IntegerField(
        label="Đến số",
        min_value=1,
        error_messages={"required": "Chưa nhập số cuối.", "invalid": "Số cuối phải là số nguyên."},
    )
    ghi_chu = forms.CharField(label="Ghi chú", max_length=255, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("tu_so", "den_so"):
            self.fields[name].error_messages["min_value"] = "Số phải từ 1 trở lên."


def _register(
    request: HttpRequest, year: int, reserve_form: ReserveForm | None = None
) -> HttpResponse:
    documents = outgoing_documents(user=request.user, year=year)
    context = {
        "documents": [(doc, outgoing_file_formats(document=doc)) for doc in documents],
        "year": year,
        "next_numbers": outgoing_next_numbers(user=request.user, year=year),
        "reservations": outgoing_reservations(user=request.user, year=year),
        "reserve_form": reserve_form or ReserveForm(initial={"nam": year}),
        "board_staff": is_board_staff(user=request.user),
    }
    return render(request, "documents/register.html", context)


@login_required
@require_GET
def outgoing_register(request: HttpRequest) -> HttpResponse:
    """List the documents the board issued, and the numbers kept for paper, by year."""
    try:
        year = int(request.GET.get("nam", "") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    return _register(request, year)


@login_required
@require_POST
def outgoing_range(request: HttpRequest) -> HttpResponse:
    """Board staff keep a range of numbers of a type and year for paper documents."""
    user = signed_in_user(request)
    require_board_staff(user=user)
    form = ReserveForm(request.POST)
    reserved = form_save(
        request,
        form,
        lambda data: outgoing_range_reserve(
            doc_type=data["loai"],
            year=data["nam"],
            first=data["tu_so"],
            last=data["den_so"],
            note=data["ghi_chu"],
            user=user,
        ),
        success=lambda reserved: (
            f"Đã giữ số {reserved.first}–{reserved.last} loại {reserved.doc_type} năm "
            f"{reserved.year} cho văn bản giấy; khi ban hành, hệ thống bỏ qua các số này."
        ),
    )
    if reserved is not None:
        return redirect(f"{reverse('documents:register')}?nam={reserved.year}")
    year = form.cleaned_data.get("nam") or timezone.localdate().year
    return _register(request, year, form)


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
    action_run(
        request,
        lambda: outgoing_counter_set(doc_type=doc_type, year=year, next_number=next_number),
        success=f"Số tiếp theo của loại {doc_type} năm {year}: {next_number}.",
    )
    return redirect(f"{reverse('documents:register')}?nam={year}")


@login_required
@require_GET
def outgoing_file(request: HttpRequest, document_id: int) -> FileResponse:
    """Download an issued document (?dinh_dang=pdf|docx for either format); audited."""
    document = outgoing_document_get(user=request.user, document_id=document_id)
    return outgoing_file_response(
        request=request, document=document, suffix=request.GET.get("dinh_dang", "")
    )


class SignedCopyForm(forms.Form):
    """The PDF a leader signed with their token outside the system."""

    tep = forms.FileField(
        label="Bản PDF đã ký số",
        error_messages={"required": "Chưa chọn tệp PDF đã ký.", "empty": "Tệp rỗng."},
    )


def _signed_copy_add(
    request: HttpRequest, document: OutgoingDocument, upload: Any
) -> OutgoingDocument:
    check_size(upload.size, max_bytes=50 * 1024 * 1024)
    return outgoing_signed_copy_add(
        document=document, data=upload.read(), filename=upload.name, user=signed_in_user(request)
    )


@login_required
def outgoing_signatures(request: HttpRequest, document_id: int) -> HttpResponse:
    """Board staff see an issued PDF's signatures and upload the copy a leader signed."""
    require_board_staff(user=request.user)
    document = outgoing_document_get(user=request.user, document_id=document_id)
    form = SignedCopyForm(request.POST or None, request.FILES or None)
    signed = form_save(
        request,
        form,
        lambda data: _signed_copy_add(request, document, data["tep"]),
        success=lambda signed: f"Đã lưu bản ký số của văn bản {signed.code}.",
    )
    if signed is not None:
        return redirect("documents:signatures", document_id=signed.pk)
    context = {
        "document": document,
        "formats": outgoing_file_formats(document=document),
        "signed_suffix": SIGNED_SUFFIX,
        "form": form,
    }
    return render_form(request, "documents/signatures.html", context)


@login_required
def outgoing_handoff(request: HttpRequest, document_id: int) -> HttpResponse:
    """Board staff download an issued document as one package for the e-office system; audited."""
    board = require_board_staff(user=request.user)  # before the method: others learn nothing
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    document = outgoing_document_get(user=request.user, document_id=document_id)
    require_issued(document)
    data = handoff_zip(document=document, issuer=board.name)
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target=request.path,
        detail={"document": document.code, "format": "zip"},
    )
    response = HttpResponse(data, content_type="application/zip")
    name = f"{document.number}-{document.symbol.replace('/', '-')}-{document.year}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
