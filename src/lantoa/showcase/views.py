"""Pages of the showcase register: the searchable list, the board's edit form, the exports."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.forms.models import model_to_dict
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lantoa.accounts.selectors import (
    is_board_staff,
    is_province_wide,
    require_board_staff,
    signed_in_user,
)
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.exports import EXPORT_TYPES, file_response
from lantoa.core.forms import form_save, render_form
from lantoa.showcase.export import showcase_export
from lantoa.showcase.forms import AssetForm, AssetFormSet, EntryForm, communes
from lantoa.showcase.models import AssetKind, AssetStatus, EntryKind
from lantoa.showcase.selectors import ShowcaseFilter, showcase_entries, showcase_entry_get
from lantoa.showcase.services import entry_save

PAGE_SIZE = 50


def _filters(request: HttpRequest) -> ShowcaseFilter:
    get = request.GET
    return ShowcaseFilter(
        q=get.get("q", "")[:200],
        kind=get.get("loai", "") if get.get("loai") in EntryKind.values else "",
        commune=get.get("xa", "")[:12],
        asset_kind=get.get("tai_san", "") if get.get("tai_san") in AssetKind.values else "",
        status=get.get("tinh_trang", "") if get.get("tinh_trang") in AssetStatus.values else "",
    )


@login_required
@require_GET
def entry_list(request: HttpRequest) -> HttpResponse:
    """List the register, searchable without diacritics and filterable, 50 a page."""
    filters = _filters(request)
    page = Paginator(showcase_entries(filters=filters), PAGE_SIZE).get_page(
        request.GET.get("trang")
    )
    query = request.GET.copy()
    query.pop("trang", None)
    return render(
        request,
        "showcase/list.html",
        {
            "page": page,
            "filters": filters,
            "query": query.urlencode(),
            "kinds": EntryKind.choices,
            "asset_kinds": AssetKind.choices,
            "statuses": AssetStatus.choices,
            "communes": communes(),
            "can_edit": is_board_staff(user=request.user),
            "can_export": is_province_wide(user=request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def entry_edit(request: HttpRequest, entry_id: int | None = None) -> HttpResponse:
    """Create or change an entry and its IP assets (board staff)."""
    require_board_staff(user=request.user)
    entry = showcase_entry_get(entry_id=entry_id) if entry_id else None
    initial: dict[str, Any] = {"ocop_stars": 0}
    assets_initial = []
    if entry is not None:
        initial = model_to_dict(entry, fields=EntryForm.base_fields)
        assets_initial = [
            model_to_dict(asset, fields=AssetForm.base_fields) for asset in entry.assets.all()
        ]
    form = EntryForm(request.POST or None, initial=initial)
    formset = AssetFormSet(request.POST or None, initial=assets_initial, prefix="ts")
    if request.method == "POST" and formset.is_valid():
        saved = form_save(
            request,
            form,
            lambda data: entry_save(
                entry=entry,
                assets=[a for a in (f.to_input() for f in formset.forms) if a],
                is_demo=entry.is_demo if entry else False,
                user=signed_in_user(request),
                **data,
            ),
            success=lambda saved: f"Đã lưu “{saved.name}”.",
        )
        if saved is not None:
            return redirect("showcase:list")
    return render_form(
        request, "showcase/form.html", {"form": form, "formset": formset, "entry": entry}
    )


@login_required
@require_GET
def entry_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """Download the filtered register as .csv or .xlsx (board and leaders); audited."""
    if fmt not in EXPORT_TYPES:
        raise Http404("Định dạng không hỗ trợ.")
    if not is_province_wide(user=request.user):
        raise PermissionDenied("Chỉ Ban và lãnh đạo Ban được xuất danh sách.")
    filters = _filters(request)
    data, content_type, count = showcase_export(showcase_entries(filters=filters), fmt=fmt)
    audit_record(
        action=AuditAction.EXPORT,
        request=request,
        target=request.get_full_path(),
        detail={"register": "showcase", "format": fmt, "rows": count, "q": filters.q},
    )
    stamp = timezone.localdate().strftime("%Y%m%d")
    return file_response(
        data, content_type=content_type, filename=f"mo-hinh-tieu-bieu-{stamp}.{fmt}"
    )
