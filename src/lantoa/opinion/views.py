"""Opinion pages: dashboard, collaborator submissions, items, imports, claims, topics, models.

Every page that shows raw item texts writes an audit entry (VIEW_RAW). No page lists items
by author or pseudonym; collaborators see only what they submitted themselves.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import is_board_staff, require_board_staff, signed_in_user
from lantoa.accounts.selectors_units import units_to_choose
from lantoa.audit.models import AuditAction
from lantoa.audit.services import audit_record
from lantoa.core.charts import BarChart, LineChart, render_svg
from lantoa.core.forms import action_run, form_save, render_form
from lantoa.core.lookups import one_or_404
from lantoa.opinion import selectors, services
from lantoa.opinion.forms import CorrectionForm, ImportForm, SubmitForm
from lantoa.opinion.models import Alert, ModelVersion, Sentiment, Topic
from lantoa.opinion.privacy import mask_text
from lantoa.opinion.services import (
    import_start,
    item_labels_correct,
    item_submit,
)
from lantoa.opinion.trends import trends_compute

PAGE_SIZE = 50


def _audit_raw(request: HttpRequest, target: str, count: int, **detail: object) -> None:
    audit_record(
        action=AuditAction.VIEW_RAW,
        request=request,
        target=target,
        detail={"items": count, **{k: v for k, v in detail.items() if v}},
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Trends, alerts and spreading stories for the board and leaders; collaborators: theirs."""
    if not selectors.can_read_opinion(user=request.user):
        if selectors.collaborator_units(user=request.user).exists():
            return redirect("opinion:mine")
        raise PermissionDenied(selectors.REFUSED)
    trend = trends_compute(items=selectors.items_visible(user=request.user), weeks=12)
    labels = [m.strftime("%d/%m") for m in trend.weeks]
    charts = []
    if trend.total:
        charts.append(
            render_svg(
                LineChart(
                    title="Số ý kiến theo tuần",
                    labels=labels,
                    series={"Tổng số": [float(v) for v in trend.volume]}
                    | {k: [float(x) for x in v] for k, v in trend.sentiment.items()},
                )
            )
        )
        charts.append(
            render_svg(
                BarChart(
                    title="Chủ đề theo tuần",
                    labels=labels,
                    series={k: [float(x) for x in v] for k, v in list(trend.topics.items())[:8]},
                    horizontal=False,
                )
            )
        )
    clusters = selectors.clusters_top(user=request.user, limit=10)
    _audit_raw(request, "opinion:dashboard", len(clusters))
    return render(
        request,
        "opinion/dashboard.html",
        {
            "trend": trend,
            "charts": charts,
            "alerts": Alert.objects.filter(dismissed_at=None).select_related("unit")[:10],
            "clusters": clusters,
            "is_staff": selectors.can_read_opinion(user=request.user)
            and is_board_staff(user=request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def submit(request: HttpRequest) -> HttpResponse:
    """A collaborator records what was heard or seen in their unit."""
    units = selectors.collaborator_units(user=request.user)
    if not units.exists():
        raise PermissionDenied("Chỉ cộng tác viên dư luận xã hội gửi ý kiến.")
    form = SubmitForm(request.POST or None, units=units)
    item = form_save(
        request,
        form,
        lambda data: item_submit(user=request.user, **data),
        success=lambda item: f"Đã ghi nhận ý kiến số {item.pk}. Cảm ơn đồng chí.",
    )
    if item is not None:
        return redirect("opinion:submit")
    return render_form(request, "opinion/submit.html", {"form": form})


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    """A collaborator's own submissions, and nothing else."""
    if not selectors.collaborator_units(user=request.user).exists():
        raise PermissionDenied("Chỉ cộng tác viên dư luận xã hội có trang này.")
    items = selectors.items_visible(user=request.user).filter(submitted_by=signed_in_user(request))
    page = Paginator(items.order_by("-created_at"), PAGE_SIZE).get_page(request.GET.get("trang"))
    _audit_raw(request, "opinion:mine", len(page.object_list))
    return render(request, "opinion/mine.html", {"page": page})


@login_required
def items(request: HttpRequest) -> HttpResponse:
    """The item list with filters; "least sure first" feeds staff corrections."""
    selectors.require_opinion_reader(user=request.user)
    # Only the filters the list knows: anything else in the address is ignored, not audited.
    params = {k: str(v) for k, v in request.GET.items() if k in selectors.ITEM_FILTERS and v}
    queryset = selectors.items_filter(user=request.user, params=params)
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("trang"))
    # The log is kept for years: a number or address pasted into any filter is kept masked.
    audited = {key: mask_text(value) for key, value in params.items()}
    _audit_raw(request, "opinion:items", len(page.object_list), filters=audited)
    return render(
        request,
        "opinion/items.html",
        {
            "page": page,
            "params": params,
            "query": urlencode(params),
            "units": units_to_choose(user=request.user, can=Capability.OPINION_READ),
            "topics": Topic.objects.all(),
            "sentiments": Sentiment.choices,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def item_detail(request: HttpRequest, item_id: int) -> HttpResponse:
    """One item; board staff correct its labels here."""
    item = selectors.item_get(user=request.user, item_id=item_id)
    form = CorrectionForm(request.POST or None)
    if request.method == "POST":
        require_board_staff(user=request.user)
        corrected = form_save(
            request,
            form,
            lambda labels: item_labels_correct(item=item, labels=labels, user=request.user),
            success="Đã lưu nhãn hiệu chỉnh; mô hình sẽ học ở lần huấn luyện tới.",
        )
        if corrected is not None:
            target = request.POST.get("next", "")
            if target.startswith("/du-luan/") and "//" not in target:
                return redirect(target)
            return redirect("opinion:item", item_id=item.pk)
    _audit_raw(request, f"opinion:item:{item.pk}", 1)
    return render_form(
        request,
        "opinion/item.html",
        {
            "item": item,
            "form": form,
            "can_correct": is_board_staff(user=request.user),
            "can_read": selectors.can_read_opinion(user=request.user),
            "corrections": item.corrections.all(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def imports(request: HttpRequest) -> HttpResponse:
    """Upload an export to import in the background (board staff)."""
    require_board_staff(user=request.user)
    units = units_to_choose(user=request.user, can=Capability.OPINION_READ)
    form = ImportForm(request.POST or None, request.FILES or None, units=units)
    job = form_save(
        request,
        form,
        lambda data: import_start(
            user=request.user, unit=data["unit"], source=data["source"], upload=data["file"]
        ),
        success="Đã nhận tệp; hệ thống đang nhập dữ liệu.",
    )
    if job is not None:
        return redirect("opinion:import_status", job_id=job.pk)
    return render_form(
        request,
        "opinion/imports.html",
        {"form": form, "jobs": selectors.imports_recent(user=request.user)},
    )


@login_required
def import_status(request: HttpRequest, job_id: int) -> HttpResponse:
    """An import's progress; htmx polls the fragment every 2 seconds while it runs."""
    require_board_staff(user=request.user)
    job = selectors.import_get(user=request.user, job_id=job_id)
    htmx = getattr(request, "htmx", False)  # set by django_htmx's middleware
    template = "opinion/_import_progress.html" if htmx else "opinion/import_status.html"
    return render(request, template, {"job": job})


@login_required
@require_http_methods(["GET", "POST"])
def model_versions(request: HttpRequest) -> HttpResponse:
    """Model versions and their metrics; board staff start a retraining in the worker."""
    selectors.require_opinion_reader(user=request.user)
    if request.method == "POST":
        require_board_staff(user=request.user)
        from lantoa.opinion.tasks import opinion_train

        transaction.on_commit(lambda: opinion_train.enqueue())
        messages.success(request, "Đã đưa việc huấn luyện lại mô hình vào hàng đợi.")
        return redirect("opinion:models")
    return render(
        request,
        "opinion/models.html",
        {
            "versions": ModelVersion.objects.all()[:30],
            "is_staff": is_board_staff(user=request.user),
        },
    )


@login_required
@require_POST
def alert_dismiss(request: HttpRequest, alert_id: int) -> HttpResponse:
    """Hide an alert from the dashboard (board staff)."""
    require_board_staff(user=request.user)
    alert = one_or_404(Alert.objects.filter(pk=alert_id), "Không tìm thấy cảnh báo.")
    action_run(
        request,
        lambda: services.alert_dismiss(alert=alert, user=signed_in_user(request)),
        success="Đã ẩn cảnh báo.",
    )
    return redirect("opinion:dashboard")
