"""The review screen's forms: the campaign's fields, its unit groups and their tasks."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django import forms

from lantoa.campaigns.models import Channel, DeadlineKind
from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.core.forms import (
    LinesField,
    TextBoxField,
    VnDateField,
    choices_read_once,
    typed_field,
)
from lantoa.core.partydoc.signing import SIGNING_MODE_CHOICES
from lantoa.guidance.parsing.deadlines import period_in
from lantoa.guidance.parsing.numbers import find_citations
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import units_in_force

SIGN_MODES = SIGNING_MODE_CHOICES


def reference_line(reference: dict[str, Any]) -> str:
    """Return a cited document as one editable line."""
    parts = [reference.get("type") or ""]
    if reference.get("number"):
        parts.append(f"số {reference['number']}")
    line = " ".join(part for part in parts if part)
    if reference.get("date"):
        year, month, day = str(reference["date"]).split("-")
        line += f", ngày {day}/{month}/{year}"
    if reference.get("issuer"):
        line += f" của {reference['issuer']}"
    if reference.get("title") and not reference.get("number"):
        line = f"{line} {reference['title']}".strip()
    return line


def reference_from_line(line: str) -> dict[str, Any]:
    """Read one edited line back into a cited document, keeping the text when unreadable."""
    citations = find_citations(line)
    if citations:
        return citations[0].ref.to_dict()
    return {"type": "", "number": "", "date": None, "issuer": "", "title": line}


class CampaignReviewForm(forms.Form):
    """The campaign's own fields."""

    title = TextBoxField(label="Tên đợt tuyên truyền", rows=2)
    doc_type = forms.CharField(label="Loại văn bản", required=False)
    doc_number = forms.CharField(label="Số, ký hiệu", required=False)
    doc_date = VnDateField(label="Ngày ban hành")
    doc_place = forms.CharField(label="Địa danh", required=False)
    issuer = forms.CharField(label="Cơ quan ban hành", required=False)
    signer_name = forms.CharField(label="Người ký", required=False)
    signer_title = forms.CharField(label="Chức vụ", required=False)
    signer_mode = forms.ChoiceField(label="Hình thức ký", choices=SIGN_MODES, required=False)
    subject_type = forms.CharField(label="Loại văn bản được tuyên truyền", required=False)
    subject_number = forms.CharField(label="Số, ký hiệu", required=False)
    subject_date = VnDateField(label="Ngày ban hành")
    subject_issuer = forms.CharField(label="Cơ quan ban hành", required=False)
    subject_title = TextBoxField(label="Trích yếu", rows=2)
    references = LinesField(label="Văn bản liên quan (mỗi dòng một văn bản)")
    purposes = LinesField(label="Mục đích (mỗi dòng một ý)")
    requirements = LinesField(label="Yêu cầu (mỗi dòng một ý)")
    content = LinesField(label="Nội dung (mỗi dòng một ý)")
    audiences = LinesField(label="Đối tượng (mỗi dòng một nhóm)")
    channels = forms.MultipleChoiceField(
        label="Hình thức tuyên truyền",
        choices=Channel.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    peak_start = VnDateField(label="Cao điểm từ ngày")
    peak_end = VnDateField(label="đến ngày")
    continuous = forms.BooleanField(
        label="Đồng thời duy trì thường xuyên, liên tục", required=False
    )
    recipients = LinesField(label="Nơi nhận (mỗi dòng một nơi)")

    @classmethod
    def initial_from(cls, proposal: CampaignProposal) -> dict[str, Any]:
        """Return the form's initial values for a proposal."""
        data = {name: getattr(proposal, name) for name in cls.base_fields if name != "references"}
        data["references"] = [reference_line(ref) for ref in proposal.references]
        return data

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("peak_start"), cleaned.get("peak_end")
        if start and end and end < start:
            self.add_error("peak_end", "Ngày kết thúc phải sau ngày bắt đầu.")
        return cleaned


class GroupReviewForm(forms.Form):
    """One group of addressed units."""

    heading = TextBoxField(label="Nhóm đơn vị", rows=2)
    kinds = forms.MultipleChoiceField(
        label="Gồm các loại đơn vị",
        choices=UnitKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    units = forms.ModelMultipleChoiceField(
        label="và các đơn vị cụ thể",
        required=False,
        # The units offered are set per form from organization's one rule (units_in_force).
        queryset=Unit.objects.none(),
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    # A plan's groups with no unit here (its departments): one tick, not one per task.
    remove = forms.BooleanField(label="Bỏ cả nhóm này và các nhiệm vụ của nhóm", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "units", forms.ModelMultipleChoiceField).queryset = units_in_force()


# A deadline printed as a period keeps no day (parsing.deadlines): it never counts as late.
PERIOD_KINDS = (DeadlineKind.MONTH, DeadlineKind.QUARTER, DeadlineKind.YEAR)
_YEAR_RE = re.compile(r"\b(20\d{2})\b")


def period_last_day(*, kind: str, text: str) -> datetime.date | None:
    """Return the last day of a month, quarter or year deadline as printed, or None."""
    if kind not in PERIOD_KINDS:
        return None
    if kind == DeadlineKind.YEAR:
        year = _YEAR_RE.search(text)
        return datetime.date(int(year.group(1)), 12, 31) if year else None
    return period_in(text)[1]


class TaskReviewForm(forms.Form):
    """One task of a group."""

    group = forms.TypedChoiceField(label="Thuộc nhóm", coerce=int, choices=[])
    text = TextBoxField(label="Nội dung nhiệm vụ", rows=3)
    ref = forms.CharField(widget=forms.HiddenInput, required=False)
    unit_name = forms.CharField(widget=forms.HiddenInput, required=False)
    deadline_kind = forms.ChoiceField(
        label="Loại thời hạn",
        required=False,
        choices=[("", "Không có thời hạn"), *DeadlineKind.choices],
    )
    deadline_text = forms.CharField(label="Thời hạn (nguyên văn)", required=False)
    due_date = VnDateField(label="Hạn hoàn thành")
    unit = forms.ModelChoiceField(
        label="Giao riêng cho đơn vị",
        required=False,
        empty_label="(cả nhóm)",
        queryset=Unit.objects.none(),
    )
    due_at_period_end = forms.BooleanField(required=False)
    remove = forms.BooleanField(label="Bỏ nhiệm vụ này", required=False)

    def __init__(self, *args: Any, group_choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        typed_field(self, "group", forms.TypedChoiceField).choices = group_choices
        typed_field(self, "unit", forms.ModelChoiceField).queryset = units_in_force()
        end = self.period_end()
        if end:
            label = f"Lấy ngày cuối kỳ ({end:%d/%m/%Y}) làm hạn hoàn thành"
            self.fields["due_at_period_end"].label = label

    def period_end(self) -> datetime.date | None:
        """Return the last day of the task's month, quarter or year deadline, as shown."""
        kind = self["deadline_kind"].value() or ""
        return period_last_day(kind=kind, text=str(self["deadline_text"].value() or ""))

    def period_undated(self) -> bool:
        """Say whether the task's deadline is a period with no due date (never late)."""
        kind = self["deadline_kind"].value() or ""
        return kind in PERIOD_KINDS and not self["due_date"].value()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("due_at_period_end") and not cleaned.get("due_date"):
            end = period_last_day(
                kind=cleaned.get("deadline_kind") or "", text=cleaned.get("deadline_text") or ""
            )
            if end is None:
                self.add_error(
                    "due_at_period_end",
                    "Không tính được ngày cuối kỳ từ thời hạn này: hãy nhập hạn hoàn thành.",
                )
            else:
                cleaned["due_date"] = end
        return cleaned


# A plan addresses tens of bodies; the cap bounds what a post can make each task's choice list.
GroupFormSet = forms.formset_factory(GroupReviewForm, extra=1, max_num=300, absolute_max=300)
TaskFormSet = forms.formset_factory(TaskReviewForm, extra=2)


def review_forms(
    *, proposal: CampaignProposal, data: dict[str, Any] | None = None
) -> tuple[CampaignReviewForm, Any, Any]:
    """Return the three bound (with data) or initial forms of the review screen."""
    group_initial = [
        {"heading": g.heading, "kinds": g.kinds, "units": g.unit_ids} for g in proposal.groups
    ]
    task_initial = [
        {
            "group": index,
            "text": t.text,
            "ref": t.ref,
            "unit_name": t.unit_name,
            "deadline_kind": t.deadline_kind,
            "deadline_text": t.deadline_text,
            "due_date": t.due_date,
            "unit": t.unit_id,
        }
        for index, g in enumerate(proposal.groups)
        for t in g.tasks
    ]
    count = max(len(proposal.groups), 1) + 1
    if data is not None:
        try:
            count = int(data.get("groups-TOTAL_FORMS", count))
        except (TypeError, ValueError):
            count = len(proposal.groups) + 1
    names = [g.heading for g in proposal.groups]
    choices = [
        (i, f"Nhóm {i + 1}" + (f": {names[i][:60]}" if i < len(names) else " (mới)"))
        # The post gives the count: no more groups than the formset itself would take.
        for i in range(max(0, min(count, GroupFormSet.absolute_max)))
    ]
    campaign_form = CampaignReviewForm(data, initial=CampaignReviewForm.initial_from(proposal))
    groups = GroupFormSet(data, initial=group_initial, prefix="groups")
    tasks = TaskFormSet(
        data, initial=task_initial, prefix="tasks", form_kwargs={"group_choices": choices}
    )
    # Both pick from units_in_force(): one read serves the groups' and the tasks' fields.
    units = choices_read_once(groups.forms, "units")
    choices_read_once(tasks.forms, "unit", objects=units)
    return campaign_form, groups, tasks


def review_errors(
    *, campaign_form: CampaignReviewForm, groups: Any, tasks: Any
) -> list[tuple[str, str]]:
    """Return each refused field of the review screen as (its element id, what to say)."""
    found: list[tuple[str, str]] = []
    sections = [("", campaign_form)]
    sections += [(f"Nhóm {n} — ", form) for n, form in enumerate(groups.forms, start=1)]
    sections += [(f"Nhiệm vụ {n} — ", form) for n, form in enumerate(tasks.forms, start=1)]
    for where, form in sections:
        for name, errors in form.errors.items():
            if name == "__all__":
                continue
            field = form[name]
            found += [(field.id_for_label, f"{where}{field.label}: {error}") for error in errors]
    return found


def groups_from_forms(groups: Any) -> list[GroupProposal]:
    """Return the groups as the valid group forms give them, without their tasks."""
    return [
        GroupProposal(
            heading=(form.cleaned_data.get("heading") or "").strip(),
            kinds=list(form.cleaned_data.get("kinds") or []),
            unit_ids=[unit.pk for unit in form.cleaned_data.get("units") or []],
        )
        for form in groups.forms
    ]


def tasks_onto(
    built: list[GroupProposal], *, tasks: Any, forms_of: list[list[Any]] | None = None
) -> list[GroupProposal]:
    """Put each task the task forms give (not removed, with text) onto its group; return them.

    A form refused keeps what it read (a page back with an error counts its tasks as posted).
    `forms_of`, one list a group, receives the form of each task put onto that group.
    """
    for form in tasks.forms:
        cleaned = getattr(form, "cleaned_data", {})
        text = (cleaned.get("text") or "").strip()
        if not text or cleaned.get("remove"):
            continue
        index = cleaned.get("group")
        if index is None or not 0 <= index < len(built):
            continue
        unit = cleaned.get("unit")
        built[index].tasks.append(
            TaskProposal(
                text=text,
                ref=cleaned.get("ref") or "",
                deadline_kind=cleaned.get("deadline_kind") or "",
                deadline_text=(cleaned.get("deadline_text") or "").strip(),
                due_date=cleaned.get("due_date"),
                unit_name=cleaned.get("unit_name") or "",
                unit_id=unit.pk if unit else None,
            )
        )
        if forms_of is not None:
            forms_of[index].append(form)
    return built


def _kept_groups(*, groups: Any, tasks: Any) -> list[tuple[GroupProposal, Any, list[Any]]]:
    """Return the groups the reviewed proposal keeps (named or with tasks, not removed), each
    with its form and its tasks' forms in the proposal's order."""
    task_forms: list[list[Any]] = [[] for _form in groups.forms]
    built = tasks_onto(groups_from_forms(groups), tasks=tasks, forms_of=task_forms)
    return [
        (group, form, forms)
        for group, form, forms in zip(built, groups.forms, task_forms, strict=True)
        if (group.heading or group.tasks) and not form.cleaned_data.get("remove")
    ]


def review_places(*, groups: Any, tasks: Any) -> dict[str, tuple[Any, str]]:
    """Return the form and field that show each group's and task's field of the reviewed
    proposal, named as a refusal names them ("groups.1.units", "groups.1.tasks.0.text")."""
    places: dict[str, tuple[Any, str]] = {}
    for number, (_group, form, task_forms) in enumerate(_kept_groups(groups=groups, tasks=tasks)):
        places |= {f"groups.{number}.{name}": (form, name) for name in form.fields}
        for position, task_form in enumerate(task_forms):
            key = f"groups.{number}.tasks.{position}"
            places |= {f"{key}.{name}": (task_form, name) for name in task_form.fields}
    return places


def proposal_from_forms(
    *, campaign_form: CampaignReviewForm, groups: Any, tasks: Any, previous: CampaignProposal
) -> CampaignProposal:
    """Build the reviewed proposal from valid forms, keeping what the screen does not edit."""
    data = campaign_form.cleaned_data
    proposal = CampaignProposal(
        **{name: data[name] for name in CampaignReviewForm.base_fields if name != "references"},
        references=[reference_from_line(line) for line in data["references"]],
        phases=previous.phases,
        review_flags=previous.review_flags,
        unparsed=previous.unparsed,
        origins=previous.origins,
    )
    proposal.signer_mode = data["signer_mode"] or ""
    proposal.groups = [group for group, _form, _tasks in _kept_groups(groups=groups, tasks=tasks)]
    return proposal
