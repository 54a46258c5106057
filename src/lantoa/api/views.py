"""The user's page for API tokens: issue one for a membership, see them, revoke."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from lantoa.accounts.selectors import memberships_held, signed_in_user
from lantoa.api.models import ApiToken
from lantoa.api.services import TokenError, api_token_issue, api_token_revoke
from lantoa.core.forms import form_save, render_form, typed_field


class TokenForm(forms.Form):
    """Which membership the token acts for, its name and lifetime."""

    membership = forms.TypedChoiceField(label="Đơn vị và vai trò", coerce=int)
    name = forms.CharField(label="Tên gợi nhớ", max_length=100)
    days = forms.TypedChoiceField(
        label="Thời hạn",
        coerce=int,
        initial=90,
        choices=[(30, "30 ngày"), (90, "90 ngày"), (180, "180 ngày"), (366, "1 năm")],
    )


@login_required
@require_http_methods(["GET", "POST"])
def token_list(request: HttpRequest) -> HttpResponse:
    """List the user's tokens and issue a new one; the secret is shown once."""
    user = signed_in_user(request)
    choices = [
        (m.pk, f"{m.unit.name} — {m.get_role_display()}") for m in memberships_held(user=user)
    ]
    form = TokenForm(request.POST or None)
    typed_field(form, "membership", forms.TypedChoiceField).choices = choices
    issued = form_save(
        request,
        form,
        lambda data: api_token_issue(
            user=user, membership_id=data["membership"], name=data["name"], days=data["days"]
        ),
        success="Đã cấp mã truy cập mới.",
    )
    secret = issued.secret if issued is not None else None
    if issued is not None:
        form = TokenForm()
        typed_field(form, "membership", forms.TypedChoiceField).choices = choices
    tokens = ApiToken.objects.filter(user=user).select_related("unit")
    context = {"form": form, "tokens": tokens, "secret": secret}
    if secret is not None:
        # Issued: the secret is shown this once, so the POST is answered here, not redirected.
        return render(request, "api/tokens.html", context)
    return render_form(request, "api/tokens.html", context)


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    """Revoke one of the user's tokens; another user's token is a 404."""
    try:
        api_token_revoke(user=signed_in_user(request), token_id=token_id)
    except TokenError:
        raise Http404("Không tìm thấy mã truy cập.") from None
    messages.success(request, "Đã thu hồi mã truy cập.")
    return redirect("api_tokens:list")
