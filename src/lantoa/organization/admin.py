"""Admin screens for board staff to keep the unit tree."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from lantoa.core.admin_search import FoldedSearchAdmin
from lantoa.organization.models import Unit, UnitFigure, UnitGroup, UnitLineage
from lantoa.organization.services import unit_admin_save, unit_group_admin_save


class ShownOnlyInline(admin.TabularInline):
    """An inline that shows rows a service writes (and audits) elsewhere: no add, change, delete."""

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


class UnitFigureInline(ShownOnlyInline):
    model = UnitFigure
    extra = 0
    # Shown, not edited: board staff set a figure on the unit's page (unit_figure_set), which
    # writes it to the audit log; a change here would leave no entry.
    readonly_fields = ["kind", "value", "valid_from", "source", "is_demo"]


class PredecessorInline(ShownOnlyInline):
    model = UnitLineage
    fk_name = "successor"
    extra = 0
    autocomplete_fields = ["predecessor"]
    verbose_name = "đơn vị tiền thân"
    verbose_name_plural = "các đơn vị tiền thân"
    # Shown, not edited: a merger is recorded on the unit's page ("Ghi nhận sáp nhập"), which
    # also marks the old unit merged and hands on what it owed in running campaigns.
    readonly_fields = ["predecessor", "event", "effective", "source"]


@admin.register(Unit)
class UnitAdmin(FoldedSearchAdmin):
    list_display = ["name", "code", "kind", "state", "locality"]
    list_filter = ["kind", "state"]
    search_fields = ["search_key", "code"]
    autocomplete_fields = ["parent"]
    inlines = [UnitFigureInline, PredecessorInline]

    def save_model(self, request: Any, obj: Unit, form: Any, change: bool) -> None:
        # Through the service, so a unit renamed or closed here is in the audit log too.
        unit_admin_save(unit=obj, changed=list(form.changed_data), created=not change)

    def has_delete_permission(self, request: Any, obj: Unit | None = None) -> bool:
        # History is never deleted: a unit that ends is marked merged instead.
        return False


@admin.register(UnitGroup)
class UnitGroupAdmin(admin.ModelAdmin):
    list_display = ["name"]
    filter_horizontal = ["units"]

    def save_model(self, request: Any, obj: UnitGroup, form: Any, change: bool) -> None:
        # Through the service, so whom a group reaches is in the audit log whoever changed it.
        units = form.cleaned_data.get("units")
        unit_group_admin_save(
            group=obj,
            units=None if units is None else list(units),
            changed=list(form.changed_data),
            created=not change,
        )
