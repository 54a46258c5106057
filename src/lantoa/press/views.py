"""Press pages: agencies file plans and published items; the board sees planned vs published."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import is_province_wide, signed_in_user
from lantoa.campaigns.models import Campaign, Task
from lantoa.campaigns.selectors import campaigns_for
from lantoa.core.forms import action_run, errors_text, form_save, posted_form_run, render_form
from lantoa.core.numbers import whole_number
from lantoa.organization.models import Unit
from lantoa.press.forms import NO_SHOWCASE, ItemForm, PlanForm
from lantoa.press.models import PressItem, PressPlan
from lantoa.press.selectors import (
    can_file,
    press_item_get,
    press_overview,
    press_plan_get,
    press_unit_get,
    press_units_of,
)
from lantoa.press.services import press_item_delete, press_item_save, press_plan_save
from lantoa.showcase.selectors import ShowcaseFilter, showcase_entries

SHOWCASE_OPTIONS = 30
ITEMS_SHOWN = 200


def campaigns_of(unit: Unit) -> QuerySet[Campaign]:
    """Return the campaigns in which the agency has tasks, newest first."""
    return Campaign.objects.filter(tasks__assignments__unit=unit).distinct().order_by("-pk")


def _tasks(unit: Unit, campaign: Campaign | None) -> QuerySet[Task]:
    tasks = Task.objects.filter(assignments__unit=unit)
    return tasks.filter(campaign=campaign) if campaign else tasks


def require_file(request: HttpRequest, unit: Unit) -> None:
    """Refuse anyone but the agency's own editor a write."""
    if not can_file(user=request.user, unit=unit):
        raise PermissionDenied("Chỉ biên tập viên của cơ quan được ghi kế hoạch và tin, bài.")


def _read_only(form: PlanForm | ItemForm) -> None:
    """Show a reader (board staff, leaders) the form's values, with nothing to change or save."""
    for field in form.fields.values():
        field.disabled = True


@login_required
@require_GET
def press_home(request: HttpRequest) -> HttpResponse:
    """The agencies the user files for; the board goes to the overview."""
    if is_province_wide(user=request.user):
        return redirect("press:overview")
    units = list(press_units_of(user=request.user))
    if len(units) == 1:
        # An editor of one agency has nothing to choose: open its plans and items.
        return redirect("press:unit", unit_id=units[0].pk)
    return render(request, "press/home.html", {"units": units})


@login_required
@require_GET
def press_unit(request: HttpRequest, unit_id: int) -> HttpResponse:
    """An agency's plan lines and published items, with the plan form."""
    unit = press_unit_get(user=request.user, unit_id=unit_id)
    items = PressItem.objects.filter(unit=unit)
    return render(
        request,
        "press/unit.html",
        {
            "unit": unit,
            "plans": PressPlan.objects.filter(unit=unit).select_related("campaign"),
            "items": items.select_related("task", "showcase")[:ITEMS_SHOWN],
            "items_total": items.count(),
            "plan_form": PlanForm(campaigns=campaigns_of(unit)),
            "can_file": can_file(user=request.user, unit=unit),
        },
    )


@login_required
@require_POST
def plan_save(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Set the plan of one month (the agency's editor)."""
    unit = press_unit_get(user=request.user, unit_id=unit_id)
    require_file(request, unit)
    form = PlanForm(request.POST, campaigns=campaigns_of(unit))
    posted_form_run(
        request,
        form,
        lambda data: press_plan_save(unit=unit, user=signed_in_user(request), **data),
        success=lambda plan: f"Đã lưu kế hoạch tháng {plan.month:%m/%Y}.",
        invalid=errors_text(form),
    )
    return redirect("press:unit", unit_id=unit.pk)


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, plan_id: int) -> HttpResponse:
    """Change one plan line."""
    plan = press_plan_get(user=request.user, plan_id=plan_id)
    initial = {
        "campaign": plan.campaign_id,
        "month": f"{plan.month:%m/%Y}",
        "planned_items": plan.planned_items,
        "columns": plan.columns,
    }
    form = PlanForm(request.POST or None, campaigns=campaigns_of(plan.unit), initial=initial)
    files = can_file(user=request.user, unit=plan.unit)
    if not files:
        _read_only(form)
    if request.method == "POST":
        require_file(request, plan.unit)
        if form_save(
            request,
            form,
            lambda data: press_plan_save(
                unit=plan.unit, user=signed_in_user(request), plan=plan, **data
            ),
            success="Đã lưu kế hoạch.",
        ):
            return redirect("press:unit", unit_id=plan.unit_id)
    return render_form(
        request,
        "press/plan_form.html",
        {"form": form, "plan": plan, "unit": plan.unit, "can_file": files},
    )


def _item_form(request: HttpRequest, unit: Unit, item: PressItem | None) -> HttpResponse:
    files = can_file(user=request.user, unit=unit)
    if item is None and not files:
        require_file(request, unit)  # a new item's empty form is nothing to read
    campaign_id = str(
        request.POST.get("campaign")
        or request.GET.get("campaign")  # the form's campaign select, swapping in its tasks
        or request.GET.get("dot")
        or (item.campaign_id if item else "")
    )
    chosen_id = whole_number(str(campaign_id))
    campaign = campaigns_of(unit).filter(pk=chosen_id).first() if chosen_id is not None else None
    form = ItemForm(
        request.POST or None,
        tasks=_tasks(unit, campaign),
        initial=model_to_dict(item, fields=ItemForm.base_fields) if item else {},
        options_url=reverse("press:showcase_options"),
    )
    if not files:
        _read_only(form)
    if request.method == "POST":
        require_file(request, unit)
        if campaign is None:
            form.add_error(None, "Chọn đợt tuyên truyền.")
        elif form_save(
            request,
            form,
            lambda _data: press_item_save(
                unit=unit,
                campaign=campaign,
                data=form.to_input(),
                user=signed_in_user(request),
                item=item,
            ),
            success="Đã ghi nhận tin, bài.",
        ):
            return redirect("press:unit", unit_id=unit.pk)
    return render_form(
        request,
        "press/item_form.html",
        {
            "form": form,
            "unit": unit,
            "item": item,
            "campaign": campaign,
            "campaigns": campaigns_of(unit),
            "can_file": files,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def item_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    """Record a published item of the agency."""
    return _item_form(request, press_unit_get(user=request.user, unit_id=unit_id), None)


@login_required
@require_http_methods(["GET", "POST"])
def item_edit(request: HttpRequest, item_id: int) -> HttpResponse:
    """Correct a published item of the agency."""
    item = press_item_get(user=request.user, item_id=item_id)
    return _item_form(request, item.unit, item)


@login_required
@require_POST
def item_remove(request: HttpRequest, item_id: int) -> HttpResponse:
    """Withdraw an item recorded by mistake (the agency's editor)."""
    item = press_item_get(user=request.user, item_id=item_id)
    require_file(request, item.unit)
    action_run(
        request,
        lambda: press_item_delete(item=item, user=signed_in_user(request)),
        success=f"Đã xóa tin, bài “{item.title}”.",
    )
    return redirect("press:unit", unit_id=item.unit_id)


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """Planned vs published per agency in a campaign, each article counted once (board, leaders)."""
    if not is_province_wide(user=request.user):
        raise PermissionDenied("Chỉ Ban và lãnh đạo Ban xem tổng hợp báo chí.")
    campaigns = campaigns_for(user=request.user, can=Capability.PRESS_READ).order_by("-pk")
    chosen = whole_number(request.GET.get("dot"))
    campaign = campaigns.filter(pk=chosen).first() if chosen is not None else campaigns.first()
    return render(
        request,
        "press/overview.html",
        {
            "campaigns": campaigns,
            "campaign": campaign,
            "overview": press_overview(campaign=campaign) if campaign else None,
        },
    )


@login_required
@require_GET
def showcase_options(request: HttpRequest) -> HttpResponse:
    """The <option>s of the showcase entries matching a search, for the press item form."""
    query = request.GET.get("showcase_q", "").strip()[:100]
    # Names only: the register's IP assets, which its own list shows, are not read here.
    matches = showcase_entries(filters=ShowcaseFilter(q=query)).prefetch_related(None)
    entries = list(matches[:SHOWCASE_OPTIONS]) if query else []
    return render(
        request,
        "press/_showcase_options.html",
        {"entries": entries, "query": query, "limit": SHOWCASE_OPTIONS, "none": NO_SHOWCASE},
    )
