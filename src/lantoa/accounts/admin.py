"""Admin screens for board staff to manage users and their memberships."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm
from django.core.exceptions import PermissionDenied

from lantoa.accounts.models import LoginAttempt, Membership
from lantoa.accounts.notices import tokens_revoked_notice
from lantoa.accounts.services import (
    AccountError,
    membership_add,
    membership_remove,
    user_admin_create,
    user_admin_delete,
    user_deactivate,
    user_password_set,
    user_reactivate,
    user_two_step_reset,
)


class MembershipInline(admin.TabularInline):
    """A user's roles, edited here as on the user page: LantoaUserAdmin.save_formset writes."""

    model = Membership
    extra = 1
    autocomplete_fields = ["unit"]


class AuditedPasswordChangeForm(AdminPasswordChangeForm):
    """The admin's «change password» of a user, saved through the audited service."""

    revoked = 0

    def save(self, commit=True):
        if not commit:
            return super().save(commit=commit)
        # As the user page's «Đặt mật khẩu mới»: audited, the user's sessions end and their
        # API tokens are revoked; so too when password sign-in is turned off for them.
        usable = self.cleaned_data.get("set_usable_password", True)
        password = self.cleaned_data["password1"] if usable else None
        self.revoked = user_password_set(user=self.user, password=password)
        return self.user


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class LantoaUserAdmin(UserAdmin):
    inlines = [MembershipInline]
    change_password_form = AuditedPasswordChangeForm
    list_display = ["username", "first_name", "last_name", "is_active", "is_staff"]
    actions = ["disable_two_step"]

    # Rights that make a superuser, or any right at all: a superuser's to give. Board staff
    # with «Can change user» would otherwise tick them on their own account here.
    SUPERUSER_FIELDS = ("is_superuser", "groups", "user_permissions")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += [name for name in self.SUPERUSER_FIELDS if name not in fields]
        return fields

    def has_change_permission(self, request, obj=None):
        # A superuser's account (its password page included) is left to superusers, as the
        # user pages leave them its lock and second step.
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        if obj is not None and obj.pk == request.user.pk:
            return False  # user_admin_delete refuses it too; no button for it either
        return super().has_delete_permission(request, obj)

    def delete_model(self, request, obj):
        # Audited as the other account writes; one's own account is refused (see the service).
        try:
            user_admin_delete(user=obj, actor=request.user)
        except AccountError as refusal:
            raise PermissionDenied(str(refusal)) from refusal

    def delete_queryset(self, request, queryset):
        for user in queryset:
            self.delete_model(request, user)

    def save_model(self, request, obj, form, change):
        if not change:
            # A new account is recorded as user_create's are; its roles go through save_formset.
            user_admin_create(user=obj, actor=request.user)
            return
        super().save_model(request, obj, form, change)
        # The "Hoạt động" tick goes through the same services as everywhere else, so that
        # disabling ends sessions and API tokens, and enabling again revives no old token.
        if change and "is_active" in form.changed_data:
            if obj.is_active:
                user_reactivate(user=obj)
            else:
                user_deactivate(user=obj)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Membership:
            return super().save_formset(request, form, formset, change)
        # Through the services, as the user page does: audited, the staff mark and sessions
        # follow the role, and the rules (no role given to oneself) hold here too. A row
        # edited in place is a role taken away and another given.
        formset.save(commit=False)
        actor = request.user
        edited = [membership for membership, _fields in formset.changed_objects]
        try:
            for membership in [*formset.deleted_objects, *edited]:
                membership_remove(actor=actor, membership=Membership.objects.get(pk=membership.pk))
            for membership in [*edited, *formset.new_objects]:
                membership_add(
                    actor=actor, user=form.instance, unit=membership.unit, role=membership.role
                )
        except AccountError as refusal:
            # A refusal (a role given to oneself, one's last board role taken) was a server
            # error; the admin's page is one transaction, so the account's other edits go too.
            raise PermissionDenied(str(refusal)) from refusal
        return None

    def construct_change_message(self, request, form, formsets, add=False):
        # The one hook of the password page that sees both the request and the saved form.
        if isinstance(form, AuditedPasswordChangeForm) and form.revoked:
            notice = tokens_revoked_notice(revoked=form.revoked, own=False)
            messages.warning(request, f"{form.user.get_username()}:{notice}")
        return super().construct_change_message(request, form, formsets, add)

    @admin.action(description="Tắt xác thực hai bước (người dùng đăng ký lại khi đăng nhập)")
    def disable_two_step(self, request, queryset):
        revoked = sum(user_two_step_reset(user=user, actor=request.user) for user in queryset)
        self.message_user(
            request,
            f"Đã tắt xác thực hai bước của {queryset.count()} người dùng."
            + tokens_revoked_notice(revoked=revoked, own=False),
        )


@admin.register(LoginAttempt)
class LoginAttemptAdmin(admin.ModelAdmin):
    list_display = ["at", "username", "address", "succeeded"]
    list_filter = ["succeeded"]
    search_fields = ["username", "address"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False
