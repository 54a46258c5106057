"""The audit log page (namespace `audit`): filters, the head against its anchor, the chain check."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import require_board_staff, units_where
from lantoa.accounts.selectors_audit import audit_entries, audit_targets_shown
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_chain_verify, audit_head_status
from lantoa.core.forms import LabelledModelChoiceField, VnDateField, typed_field
from lantoa.organization.models import Unit
from lantoa.organization.selectors import units_labelled

PAGE_SIZE = 100


class AuditFilterForm(forms.Form):
    """Filters of the audit log page."""

    hanh_dong = forms.ChoiceField(
        label="Hành động", required=False, choices=[("", "Tất cả hành động"), *AuditAction.choices]
    )
    nguoi_dung = forms.CharField(label="Người dùng", required=False, max_length=150)
    doi_tuong = forms.CharField(label="Đối tượng (đường dẫn)", required=False, max_length=255)
    don_vi = LabelledModelChoiceField(
        label="Đơn vị", required=False, queryset=Unit.objects.none(), empty_label="Tất cả đơn vị"
    )
    tu_ngay = VnDateField(label="Từ ngày")
    den_ngay = VnDateField(label="Đến ngày")

    def __init__(self, *args: Any, units: QuerySet[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = typed_field(self, "don_vi", LabelledModelChoiceField)
        field.queryset = units
        # Merged units keep their names: an old ward and the new one of its name read apart.
        labels = units_labelled(units)
        field.label_of = lambda unit: labels.get(unit.pk, unit.name)


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    """List audit entries with filters and the chain's head; check the whole chain when asked."""
    require_board_staff(user=request.user)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    # Merged units too: their history is what the log is read for.
    units = units_where(user=request.user, can=Capability.REPORTING_READ).order_by("sort_key")
    form = AuditFilterForm(request.GET or None, units=units)
    data = form.cleaned_data if form.is_valid() else {}
    entries = audit_entries(
        user=request.user,
        action=data.get("hanh_dong") or "",
        username=data.get("nguoi_dung") or "",
        target=data.get("doi_tuong") or "",
        since=data.get("tu_ngay"),
        until=data.get("den_ngay"),
        unit=data.get("don_vi"),
    )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("trang"))
    rows = list(page.object_list)
    shown = audit_targets_shown(rows)
    for entry in rows:
        entry.target_shown = shown[entry.pk]  # type: ignore[attr-defined]  # for the template
    page.object_list = rows
    query = request.GET.copy()
    query.pop("trang", None)
    query.pop("kiem_tra", None)
    check = audit_chain_verify() if request.GET.get("kiem_tra") == "1" else None
    return render(
        request,
        "audit/log.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "check": check,
            "head": audit_head_status(),
        },
    )
