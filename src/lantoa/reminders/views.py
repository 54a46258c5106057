"""Board pages for the Công văn đôn đốc: staff draft it, a leader approves or returns it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import (
    AnyUser,
    drafted_by,
    is_board_leader,
    person_name,
    signed_in_user,
)
from lantoa.campaigns.models import Campaign, running
from lantoa.campaigns.selectors import campaigns_for
from lantoa.core.forms import (
    LabelledModelChoiceField,
    TextBoxField,
    VnDateField,
    form_save,
    render_form,
    typed_field,
)
from lantoa.core.partydoc.screen import screen_response
from lantoa.documents.approval import ApprovalState
from lantoa.documents.approval_buttons import approval_button_run, approval_step_allowed
from lantoa.documents.downloads import outgoing_file_response
from lantoa.reminders.lateness import LateUnit, late_units
from lantoa.reminders.letter import default_body, reminder_letter_draft_document
from lantoa.reminders.models import ReminderLetter
from lantoa.reminders.selectors import (
    letter_issued_get,
    letter_step_refusal,
    reminder_letter_get,
    reminder_letters,
)
from lantoa.reminders.services import (
    LetterDraft,
    reminder_letter_approve,
    reminder_letter_draft_create,
    reminder_letter_draft_update,
    reminder_letter_return,
    reminder_letter_submit,
)

DATE_HELP = "ngày/tháng/năm, ví dụ 15/12/2026"


class CampaignForm(forms.Form):
    """Which campaign the letter is about."""

    dot = LabelledModelChoiceField(
        label="Đợt tuyên truyền",
        queryset=Campaign.objects.none(),
        label_of=lambda campaign: campaign.short_title,
        empty_label="— Chọn đợt tuyên truyền —",
        error_messages={
            "required": "Chưa chọn đợt tuyên truyền.",
            "invalid_choice": "Đợt tuyên truyền không hợp lệ.",
        },
    )

    def __init__(self, *args: Any, user: AnyUser, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        campaigns = campaigns_for(user=user, can=Capability.REPORTING_READ)
        typed_field(self, "dot", forms.ModelChoiceField).queryset = campaigns.filter(running())


class LetterForm(forms.Form):
    """The units to remind (of those behind), the new deadline and the request text."""

    don_vi = forms.TypedMultipleChoiceField(
        label="Đơn vị được đôn đốc",
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Chưa chọn đơn vị nào để đôn đốc.",
            "invalid_choice": "Chỉ chọn được các đơn vị đang chậm thực hiện trong đợt này.",
        },
    )
    han_moi = VnDateField(
        label="Hạn mới (hoàn thành và báo cáo)",
        required=True,
        help_text=f"Một ngày làm việc sau hôm nay ({DATE_HELP}).",
        error_messages={"required": f"Chưa nhập hạn mới ({DATE_HELP})."},
    )
    noi_dung = TextBoxField(
        label="Nội dung đề nghị",
        max_length=5000,
        rows=5,
        required=True,
        error_messages={
            "required": "Nội dung đề nghị không được để trống.",
            "max_length": "Nội dung đề nghị dài quá 5.000 ký tự.",
        },
    )

    def __init__(self, *args: Any, late: list[LateUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.late = late
        typed_field(self, "don_vi", forms.TypedMultipleChoiceField).choices = [
            (item.unit.pk, item.unit.name) for item in late
        ]

    def rows(self) -> list[tuple[LateUnit, bool]]:
        """Return each unit behind with whether it is ticked."""
        value = self["don_vi"].value() or []
        ticked = {str(pk) for pk in value}
        return [(item, str(item.unit.pk) in ticked) for item in self.late]

    def draft(self) -> LetterDraft:
        """Return the valid form as the letter services take it."""
        data = self.cleaned_data
        return LetterDraft(unit_ids=data["don_vi"], deadline=data["han_moi"], body=data["noi_dung"])


@login_required
@require_http_methods(["GET", "POST"])
def letter_create(request: HttpRequest) -> HttpResponse:
    """Board staff draft a letter: the units behind are ticked, each with what it owes."""
    approval_step_allowed(request, "create", step_refusal=letter_step_refusal)
    today = timezone.localdate()
    picker = CampaignForm(request.GET or None, user=request.user)
    form = None
    if picker.is_bound and picker.is_valid():
        campaign = picker.cleaned_data["dot"]
        late = late_units(campaign=campaign, today=today)
        initial = {"don_vi": [item.unit.pk for item in late], "noi_dung": default_body(campaign)}
        form = LetterForm(request.POST or None, late=late, initial=initial)
        created = form_save(
            request,
            form,
            lambda _data: reminder_letter_draft_create(
                campaign=campaign, user=signed_in_user(request), **form.draft()
            ),
            success="Đã lưu dự thảo công văn; xem trước rồi gửi lãnh đạo duyệt.",
        )
        if created is not None:
            return redirect("reminders:letter_detail", letter_id=created.pk)
    elif request.method == "POST":
        raise Http404("Chưa chọn đợt tuyên truyền.")
    context = {
        "picker": picker,
        "form": form,
        "today": today,
        "letters": reminder_letters(user=request.user)[:20],
    }
    return render_form(request, "reminders/letter.html", context)


def _approved_message(issued: ReminderLetter) -> str:
    assert issued.outgoing is not None  # an issued letter has its register entry
    return f"Đã phê duyệt và ban hành Công văn số {issued.outgoing.code}; đã gửi đến các đơn vị."


def _letter_button(request: HttpRequest, letter: ReminderLetter, action: str) -> None:
    user = signed_in_user(request)
    approval_button_run(
        request,
        action,
        noun="công văn",
        step_refusal=letter_step_refusal,
        submit=lambda: reminder_letter_submit(letter=letter, user=user),
        approve=lambda: reminder_letter_approve(letter=letter, user=user),
        give_back=lambda reason: reminder_letter_return(letter=letter, user=user, reason=reason),
        issued=_approved_message,
    )


@login_required
@require_http_methods(["GET", "POST"])
def letter_detail(request: HttpRequest, letter_id: int) -> HttpResponse:
    """A letter: its preview; staff edit and send it, a leader approves or returns it."""
    letter = reminder_letter_get(user=request.user, letter_id=letter_id)
    drafts = letter_step_refusal(user=request.user, step="save") is None
    is_leader = letter_step_refusal(user=request.user, step="approve") is None
    today = timezone.localdate()
    editable = drafts and letter.state in (ApprovalState.DRAFT, ApprovalState.RETURNED)
    late = late_units(campaign=letter.campaign, today=today) if editable else []
    initial = {
        "don_vi": list(letter.units.values_list("pk", flat=True)),
        "han_moi": letter.deadline,
        "noi_dung": letter.body,
    }
    action = request.POST.get("action", "") if request.method == "POST" else ""
    form = LetterForm(request.POST if action == "save" else None, late=late, initial=initial)
    if action == "save":
        approval_step_allowed(request, "save", step_refusal=letter_step_refusal)
        if not editable:
            raise PermissionDenied("Chỉ sửa được công văn dự thảo hoặc bị trả lại.")
        if form_save(
            request,
            form,
            lambda _data: reminder_letter_draft_update(
                letter=letter, user=signed_in_user(request), **form.draft()
            ),
            success="Đã lưu dự thảo công văn.",
        ):
            return redirect("reminders:letter_detail", letter_id=letter.pk)
    elif action in ("submit", "approve", "return"):
        _letter_button(request, letter, action)
        return redirect("reminders:letter_detail", letter_id=letter.pk)
    elif action:
        messages.error(request, "Thao tác không hợp lệ.")
    context = {
        "letter": letter,
        "form": form,
        "editable": editable,
        "drafts": drafts,
        "is_leader": is_leader,
        "own": drafted_by(user=request.user, drafter_id=letter.created_by_id),
        "units": letter.units.order_by("sort_key"),
    }
    return render_form(request, "reminders/letter_detail.html", context)


@login_required
@require_GET
def letter_preview(request: HttpRequest, letter_id: int) -> HttpResponse:
    """The draft laid out as A4 sheets, from the same document model the files are rendered from."""
    letter = reminder_letter_get(user=request.user, letter_id=letter_id)
    if letter.state == ApprovalState.ISSUED:
        raise Http404("Công văn đã ban hành: xem tệp trong sổ văn bản đi.")
    # A leader sees the letter signed with their own name, as approving it will sign it.
    user = signed_in_user(request)
    name = person_name(user=user) if is_board_leader(user=user) else ""
    document = reminder_letter_draft_document(
        letter=letter, today=timezone.localdate(), signer_name=name
    )
    return screen_response(document)


@login_required
@require_GET
def letter_file(request: HttpRequest, letter_id: int) -> FileResponse:
    """An issued letter's file (?dinh_dang=pdf|docx), for a unit it names; any other is a 404."""
    letter = letter_issued_get(user=request.user, letter_id=letter_id)
    assert letter.outgoing is not None  # an issued letter has its register entry
    return outgoing_file_response(
        request=request,
        document=letter.outgoing,
        suffix=request.GET.get("dinh_dang", ""),
    )
