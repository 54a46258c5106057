"""The unit directory and a unit's page (URL namespace `organization`), scoped by accounts."""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from lantoa.accounts.forms import UnitFigureForm
from lantoa.accounts.selectors import is_board_staff, memberships_held, require_board_staff
from lantoa.accounts.selectors_units import unit_get, unit_lineage, unit_search
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.exports import EXPORT_TYPES, table_response
from lantoa.core.forms import posted_form_run
from lantoa.core.numbers import format_vn_number
from lantoa.organization.models import UnitKind
from lantoa.organization.selectors import unit_figures, unit_in_force
from lantoa.organization.services import unit_figure_set

PAGE_SIZE = 50


@login_required
def unit_directory(request: HttpRequest) -> HttpResponse:
    """List the units the user may see, searchable without diacritics."""
    query = request.GET.get("q", "")[:200]
    kind = request.GET.get("loai", "")
    if kind not in UnitKind.values:
        kind = ""
    include_merged = request.GET.get("ca_cu") == "1"
    units = unit_search(user=request.user, query=query, kind=kind, include_merged=include_merged)
    fmt = request.GET.get("xuat", "")
    if fmt in EXPORT_TYPES:
        audit_record(action=AuditAction.EXPORT, request=request, target=request.get_full_path())
        return table_response(
            header=["Mã đơn vị", "Tên đơn vị", "Địa bàn", "Loại", "Trạng thái"],
            rows=[
                [u.code or "", u.name, u.locality, u.get_kind_display(), u.get_state_display()]
                for u in units
            ],
            fmt=fmt,
            filename="danh-ba-don-vi",
            sheet_title="Đơn vị",
        )
    page = Paginator(units, PAGE_SIZE).get_page(request.GET.get("trang"))
    context = {
        "page": page,
        "query": query,
        "kind": kind,
        "kinds": UnitKind.choices,
        "include_merged": include_merged,
        "total": len(units),
        "pager_query": urlencode(
            {"q": query, "loai": kind, **({"ca_cu": "1"} if include_merged else {})}
        ),
    }
    htmx = getattr(request, "htmx", False)  # set by django_htmx's middleware
    template = "organization/_unit_rows.html" if htmx else "organization/directory.html"
    return render(request, template, context)


@login_required
def unit_detail(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Show one unit with its lineage and denominators; 404 where the user may not read it."""
    unit = unit_get(user=request.user, unit_id=unit_id)
    predecessors, successors = unit_lineage(user=request.user, unit=unit)
    today: datetime.date = timezone.localdate()
    context = {
        "unit": unit,
        "predecessors": predecessors,
        "successors": successors,
        "figures": unit_figures(unit=unit, on=today),
        "today": today,
        "my_roles": [m for m in memberships_held(user=request.user) if m.unit_id == unit.pk],
        # Board staff keep the denominators the rates divide by (the demo's are marked demo).
        "figure_form": UnitFigureForm(initial={"valid_from": today}, unit=unit)
        if is_board_staff(user=request.user)
        else None,
        # Board staff record a merger of a unit in force (reporting hands on what it owed).
        "may_merge": unit.kind != UnitKind.BOARD
        and is_board_staff(user=request.user)
        and unit_in_force(unit, on=today),
    }
    return render(request, "organization/unit_detail.html", context)


@login_required
@require_POST
def unit_figure_save(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Board staff set one denominator of a unit from a date on; earlier values stay."""
    require_board_staff(user=request.user)
    unit = unit_get(user=request.user, unit_id=unit_id)
    posted_form_run(
        request,
        UnitFigureForm(request.POST, unit=unit),
        lambda data: unit_figure_set(
            unit=unit,
            kind=data["kind"],
            value=data["value"],
            valid_from=data["valid_from"],
            source=data["source"],
        ),
        success=lambda figure: (
            f"Đã cập nhật {figure.get_kind_display().lower()} của {unit.name}: "
            f"{format_vn_number(figure.value)} từ ngày {figure.valid_from:%d/%m/%Y}."
        ),
        invalid="Số liệu không hợp lệ: chọn chỉ tiêu, nhập số nguyên không âm, ngày dd/mm/yyyy "
        "và nguồn số liệu.",
    )
    return redirect("organization:unit", unit_id=unit.pk)
