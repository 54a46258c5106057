"""Board staff read the audit log; nobody edits or deletes it."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from lantoa.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "username", "action", "target", "address"]
    list_filter = ["action"]
    search_fields = ["username", "target"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False
