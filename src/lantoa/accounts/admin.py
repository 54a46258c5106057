"""Admin screens for board staff to manage users and their memberships."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from lantoa.accounts.models import LoginAttempt, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["unit"]


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class LantoaUserAdmin(UserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "first_name", "last_name", "is_active", "is_staff"]


@admin.register(LoginAttempt)
class LoginAttemptAdmin(admin.ModelAdmin):
    list_display = ["at", "username", "address", "succeeded"]
    list_filter = ["succeeded"]
    search_fields = ["username", "address"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
