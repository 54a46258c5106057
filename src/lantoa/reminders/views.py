"""Board pages for reminders: generate the numbered "Công văn đôn đốc" of a campaign."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import require_board_staff
from lantoa.campaigns.models import CampaignState
from lantoa.campaigns.selectors import campaigns_for
from lantoa.documents.services import RegisterError
from lantoa.reminders.lateness import late_units
from lantoa.reminders.letter import reminder_letter_issue


class LetterForm(forms.Form):
    """Which campaign, which format, who signs."""

    dot = forms.ModelChoiceField(
        label="Đợt tuyên truyền",
        queryset=None,
        empty_label="— Chọn đợt tuyên truyền —",
        error_messages={
            "required": "Chưa chọn đợt tuyên truyền.",
            "invalid_choice": "Đợt tuyên truyền không hợp lệ.",
        },
    )
    dinh_dang = forms.ChoiceField(
        label="Định dạng",
        choices=[("docx", "Word (.docx)"), ("pdf", "PDF")],
        initial="docx",
        required=False,
    )
    chuc_vu = forms.CharField(label="Chức vụ người ký", max_length=120, required=False)
    nguoi_ky = forms.CharField(label="Họ và tên người ký", max_length=120, required=False)

    def __init__(self, *args: object, user: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        campaigns = campaigns_for(user=user, can=Capability.REPORTING_READ)  # type: ignore[arg-type]
        self.fields["dot"].queryset = campaigns.filter(  # type: ignore[attr-defined]
            state=CampaignState.ACTIVE
        )
        self.fields["dot"].label_from_instance = lambda c: c.title[:120]  # type: ignore[attr-defined]


@login_required
@require_http_methods(["GET", "POST"])
def letter_create(request: HttpRequest) -> HttpResponse:
    """Preview the late units of a campaign and issue a numbered Công văn đôn đốc."""
    require_board_staff(user=request.user)
    today = timezone.localdate()
    form = LetterForm(request.POST or request.GET or None, user=request.user)
    late = None
    if form.is_bound and form.is_valid():
        campaign = form.cleaned_data["dot"]
        if request.method == "POST":
            try:
                document = reminder_letter_issue(
                    campaign=campaign,
                    day=today,
                    user=request.user,
                    fmt=form.cleaned_data["dinh_dang"] or "docx",
                    signer_title=form.cleaned_data["chuc_vu"],
                    signer_name=form.cleaned_data["nguoi_ky"],
                )
            except RegisterError as exc:
                messages.error(request, str(exc))
                return redirect(f"{request.path}?dot={campaign.pk}")
            messages.success(request, f"Đã ban hành Công văn số {document.code}.")
            return redirect("documents:register")
        late = late_units(campaign=campaign, today=today)
        if not form.data.get("chuc_vu") and not form.data.get("nguoi_ky"):
            form = LetterForm(
                initial={
                    "dot": campaign.pk,
                    "dinh_dang": "docx",
                    "chuc_vu": campaign.signer_title,
                    "nguoi_ky": campaign.signer_name,
                },
                user=request.user,
            )
    return render(request, "reminders/letter.html", {"form": form, "late": late, "today": today})
