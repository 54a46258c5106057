"""Writes for campaigns: create one from a reviewed proposal, edit it, add tasks, end it."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from lantoa.audit.services import audit_change
from lantoa.campaigns.models import (
    Assignment,
    Campaign,
    CampaignState,
    Channel,
    DeadlineKind,
    Directive,
    Task,
)
from lantoa.campaigns.proposal import (
    CampaignProposal,
    GroupProposal,
    TaskProposal,
    group_gives_no_unit,
    group_units,
    known_kinds,
)
from lantoa.core.errors import Refused, as_sentences
from lantoa.notifications.services import Message, notifications_send_many
from lantoa.organization.models import Unit
from lantoa.organization.selectors import in_force_condition, units_addressed


@dataclass(frozen=True)
class ProposalProblem:
    """One thing that stops a proposal from becoming a campaign, and where it is."""

    said: str  # the problem, as the field shows it ("Chưa có tên nhóm đơn vị.")
    field: str = ""  # the proposal's, a group's or a task's field; "" for the whole proposal
    group: int | None = None  # the group's index in the proposal
    task: int | None = None  # the task's index in its group
    where: str = ""  # how a list away from the field names its place ("Nhóm 2: ")

    @property
    def key(self) -> str:
        """Name the field as a refusal's fields do: "title", "groups.1.units",
        "groups.1.tasks.0.text"; "" for the whole proposal."""
        if self.group is None:
            return self.field
        place = f"groups.{self.group}"
        if self.task is not None:
            place += f".tasks.{self.task}"
        return f"{place}.{self.field}"

    @property
    def message(self) -> str:
        """Say the problem where its field is not beside it (the API, a log, a message)."""
        said = self.said[:1].lower() + self.said[1:] if self.where else self.said
        return self.where + said


class CampaignError(Refused):
    """A campaign that cannot be saved as given; messages are for people, one per problem."""

    def __init__(self, problems: list[str] | list[ProposalProblem]) -> None:
        located = [p if isinstance(p, ProposalProblem) else ProposalProblem(p) for p in problems]
        messages = [problem.message for problem in located]
        fields: dict[str, str] = {}
        for problem in located:
            if problem.key:
                said = fields.get(problem.key)
                fields[problem.key] = as_sentences([said, problem.said] if said else [problem.said])
        # A page lists the problems one by one (each on its field where it has one); the API and
        # the logs read them joined.
        super().__init__(
            as_sentences(messages),
            fields=fields,
            problems=messages,
            general=[problem.message for problem in located if not problem.key],
        )
        self.messages = messages
        self.away = {problem.key: problem.message for problem in located if problem.key}

    def said_away(self, field: str) -> str:
        # "Nhóm 2: chưa có tên nhóm đơn vị.", where no group's form shows the name; a refusal
        # sent across processes keeps its fields only.
        return getattr(self, "away", {}).get(field) or super().said_away(field)


def proposal_errors(*, proposal: CampaignProposal) -> list[ProposalProblem]:
    """Return what stops the proposal from becoming a campaign, in Vietnamese, each where it is."""
    problems = []
    if not proposal.title.strip():
        problems.append(ProposalProblem("Chưa có tên đợt tuyên truyền.", "title"))
    if not proposal.subject_type.strip():
        problems.append(
            ProposalProblem(
                "Chưa có loại văn bản chỉ đạo được tuyên truyền (ví dụ: Kết luận).", "subject_type"
            )
        )
    if proposal.peak_start and proposal.peak_end and proposal.peak_end < proposal.peak_start:
        problems.append(
            ProposalProblem(
                "Ngày kết thúc trước ngày bắt đầu.", "peak_end", where="Thời gian cao điểm: "
            )
        )
    unknown = [code for code in proposal.channels if code not in Channel.values]
    if unknown:
        problems.append(
            ProposalProblem(f"Hình thức không hợp lệ: {', '.join(unknown)}.", "channels")
        )
    named = {task.unit_id for group in proposal.groups for task in group.tasks if task.unit_id}
    in_force = (
        set(Unit.objects.filter(in_force_condition(), pk__in=named).values_list("pk", flat=True))
        if named
        else set()
    )
    for number, group in enumerate(proposal.groups):
        heading = f"Nhóm “{group.heading}”: "
        if group.tasks and not group.heading.strip():
            problems.append(
                ProposalProblem(
                    "Chưa có tên nhóm đơn vị.", "heading", number, where=f"Nhóm {number + 1}: "
                )
            )
        if group.tasks and group_gives_no_unit(
            group=group, reaches=group_units(group=group).exists()
        ):
            problems.append(
                ProposalProblem(
                    "Chưa xác định được đơn vị nào để giao nhiệm vụ.",
                    "units",
                    number,
                    where=heading,
                )
            )
        for position, task in enumerate(group.tasks):
            if not task.text.strip():
                problems.append(
                    ProposalProblem("Nhiệm vụ chưa có nội dung.", "text", number, position, heading)
                )
            if task.deadline_kind and task.deadline_kind not in DeadlineKind.values:
                problems.append(
                    ProposalProblem(
                        f"Loại thời hạn không hợp lệ: {task.deadline_kind}.",
                        "deadline_kind",
                        number,
                        position,
                    )
                )
            if task.unit_id and task.unit_id not in in_force:
                problems.append(
                    ProposalProblem(
                        "Giao cho một đơn vị không còn hoạt động; hãy chọn lại đơn vị.",
                        "unit",
                        number,
                        position,
                        f"{heading}nhiệm vụ “{task.text.strip()[:60]}” ",
                    )
                )
    return problems


def _tasks_create(
    *, campaign: Campaign, groups: list[GroupProposal], after: int
) -> list[tuple[Task, list[Unit]]]:
    """Create the groups' tasks, numbered on from `after`, and their assignments; return each
    task with the units it went to (a few queries for all, not a few per task)."""
    named_ids = {t.unit_id for group in groups for t in group.tasks if t.unit_id}
    named = (
        Unit.objects.filter(in_force_condition(), pk__in=named_ids).in_bulk() if named_ids else {}
    )
    listed_ids = {pk for group in groups for pk in group.unit_ids}
    listed = (
        set(Unit.objects.filter(pk__in=listed_ids).values_list("pk", flat=True))
        if listed_ids
        else set()
    )
    # A task goes to its named unit (in force), else to every unit in force its group addresses.
    addressed: dict[tuple[tuple[str, ...], tuple[int, ...]], list[Unit]] = {}
    created: list[tuple[Task, GroupProposal, list[Unit]]] = []
    for group in groups:
        kinds, unit_ids = known_kinds(group.kinds), sorted(set(group.unit_ids))
        key = (tuple(kinds), tuple(unit_ids))
        for proposed in group.tasks:
            unit = named.get(proposed.unit_id) if proposed.unit_id else None
            if proposed.unit_id:
                units = [unit] if unit else []
            else:
                if key not in addressed:
                    addressed[key] = list(units_addressed(kinds=kinds, unit_ids=unit_ids))
                units = addressed[key]
            after += 1
            task = Task(
                campaign=campaign,
                position=after,
                group_heading=group.heading.strip(),
                group_kinds=kinds,
                named_unit=unit,
                text=proposed.text.strip(),
                ref=proposed.ref,
                deadline_kind=proposed.deadline_kind,
                deadline_text=proposed.deadline_text,
                due_date=proposed.due_date,
            )
            created.append((task, group, units))
    Task.objects.bulk_create([task for task, _group, _units in created])
    through = Task.group_units.through
    through.objects.bulk_create(
        [
            through(task_id=task.pk, unit_id=pk)
            for task, group, _units in created
            for pk in sorted(set(group.unit_ids))
            if pk in listed
        ]
    )
    Assignment.objects.bulk_create(
        [Assignment(task=task, unit=unit) for task, _group, units in created for unit in units],
        batch_size=1000,
    )
    return [(task, units) for task, _group, units in created]


def _audit_campaign(
    campaign: Campaign, *, op: str, user: User | None = None, **detail: object
) -> None:
    """Record a change to one campaign, named by its title."""
    target = f"Đợt tuyên truyền {campaign.pk}: {campaign.title}"
    audit_change(op=op, user=user, target=target, detail={"campaign": campaign.pk, **detail})


@transaction.atomic
def campaign_create(*, owner: Unit, proposal: CampaignProposal, user: User | None) -> Campaign:
    """Create the campaign, one assignment per unit per task, and notify every unit."""
    problems = proposal_errors(proposal=proposal)
    if problems:
        raise CampaignError(problems)
    directive = Directive.objects.create(
        doc_type=proposal.subject_type.strip(),
        number=proposal.subject_number.strip(),
        date=proposal.subject_date,
        issuer=proposal.subject_issuer.strip(),
        title=proposal.subject_title.strip(),
    )
    campaign = Campaign.objects.create(
        owner=owner,
        directive=directive,
        title=proposal.title.strip(),
        guidance_type=proposal.doc_type.strip() or "Hướng dẫn",
        guidance_number=proposal.doc_number.strip(),
        guidance_date=proposal.doc_date,
        guidance_place=proposal.doc_place.strip(),
        issuer=proposal.issuer.strip(),
        signer_name=proposal.signer_name.strip(),
        signer_title=proposal.signer_title.strip(),
        signer_mode=proposal.signer_mode.strip(),
        references=proposal.references,
        purposes=proposal.purposes,
        requirements=proposal.requirements,
        content=proposal.content,
        audiences=proposal.audiences,
        channels=[code for code in Channel.values if code in proposal.channels],
        peak_start=proposal.peak_start,
        peak_end=proposal.peak_end,
        continuous=proposal.continuous,
        phases=proposal.phases,
        recipients=proposal.recipients,
        created_by=user,
    )
    tasks_per_unit: dict[int, int] = {}
    units_by_id: dict[int, Unit] = {}
    for _task, units in _tasks_create(campaign=campaign, groups=proposal.groups, after=0):
        for unit in units:
            units_by_id[unit.pk] = unit
            tasks_per_unit[unit.pk] = tasks_per_unit.get(unit.pk, 0) + 1
    _notify_assigned(campaign=campaign, counts=tasks_per_unit, units=units_by_id)
    _audit_campaign(campaign, op="campaign_create", user=user, owner=owner.pk)
    return campaign


def _notify_assigned(*, campaign: Campaign, counts: dict[int, int], units: dict[int, Unit]) -> None:
    """Tell each unit how many tasks it received."""
    from django.urls import reverse

    url = reverse("campaigns:detail", args=[campaign.pk])
    notifications_send_many(
        messages=[
            Message(
                unit=units[unit_id],
                title=f"Nhiệm vụ mới: {campaign.title[:200]}",
                body=(
                    f"Đơn vị được giao {count} nhiệm vụ trong đợt tuyên truyền “{campaign.title}”."
                ),
                url=url,
            )
            for unit_id, count in counts.items()
        ]
    )


@transaction.atomic
def campaign_update(*, campaign: Campaign, proposal: CampaignProposal) -> Campaign:
    """Change a campaign's own fields (not its tasks) from an edited proposal."""
    # Only the campaign's own fields change here: its groups and tasks are not read.
    problems = [p for p in proposal_errors(proposal=proposal) if p.group is None]
    if problems:
        raise CampaignError(problems)
    directive = campaign.directive
    directive.doc_type = proposal.subject_type.strip()
    directive.number = proposal.subject_number.strip()
    directive.date = proposal.subject_date
    directive.issuer = proposal.subject_issuer.strip()
    directive.title = proposal.subject_title.strip()
    directive.save()
    for field, value in {
        "title": proposal.title.strip(),
        "guidance_type": proposal.doc_type.strip() or "Hướng dẫn",
        "guidance_number": proposal.doc_number.strip(),
        "guidance_date": proposal.doc_date,
        "guidance_place": proposal.doc_place.strip(),
        "issuer": proposal.issuer.strip(),
        "signer_name": proposal.signer_name.strip(),
        "signer_title": proposal.signer_title.strip(),
        "signer_mode": proposal.signer_mode.strip(),
        "references": proposal.references,
        "purposes": proposal.purposes,
        "requirements": proposal.requirements,
        "content": proposal.content,
        "audiences": proposal.audiences,
        "channels": [code for code in Channel.values if code in proposal.channels],
        "peak_start": proposal.peak_start,
        "peak_end": proposal.peak_end,
        "continuous": proposal.continuous,
        "recipients": proposal.recipients,
    }.items():
        setattr(campaign, field, value)
    campaign.save()
    _audit_campaign(campaign, op="campaign_update")
    return campaign


@dataclass(frozen=True)
class TaskAdded:
    """A task added to a running campaign and how many units received it."""

    task: Task
    unit_count: int


@transaction.atomic
def task_add(*, campaign: Campaign, group: GroupProposal, task: TaskProposal) -> TaskAdded:
    """Add a task to a campaign, assign it to its units and notify them."""
    single = CampaignProposal(
        title=campaign.title,
        subject_type=campaign.directive.doc_type,
        groups=[GroupProposal(**{**group.__dict__, "tasks": [task]})],
    )
    problems = proposal_errors(proposal=single)
    if problems:
        raise CampaignError(problems)
    last = campaign.tasks.order_by("-position").values_list("position", flat=True).first() or 0
    [(created, units)] = _tasks_create(campaign=campaign, groups=single.groups, after=last)
    _notify_assigned(
        campaign=campaign, counts={u.pk: 1 for u in units}, units={u.pk: u for u in units}
    )
    audit_change(
        op="task_add",
        target=f"Nhiệm vụ {created.pk} của đợt {campaign.pk}",
        detail={"campaign": campaign.pk, "task": created.pk, "units": len(units)},
    )
    return TaskAdded(task=created, unit_count=len(units))


def _state_set(*, campaign: Campaign, state: str, refusal: str) -> Campaign:
    """Put the campaign in the state, refusing when it is there already; return its locked row."""
    locked = Campaign.objects.select_for_update().get(pk=campaign.pk)
    if locked.state == state:
        raise CampaignError([refusal])
    locked.state = campaign.state = state
    locked.save(update_fields=["state"])
    return locked


@transaction.atomic
def campaign_close(*, campaign: Campaign, user: User | None) -> Campaign:
    """End a campaign: no more reminders, off the running lists and the units' work lists."""
    closed = _state_set(
        campaign=campaign, state=CampaignState.CLOSED, refusal="Đợt tuyên truyền này đã kết thúc."
    )
    _audit_campaign(closed, op="campaign_close", user=user)
    return closed


@transaction.atomic
def campaign_reopen(*, campaign: Campaign, user: User | None) -> Campaign:
    """Run an ended campaign again (closed by mistake, or its work goes on)."""
    reopened = _state_set(
        campaign=campaign,
        state=CampaignState.ACTIVE,
        refusal="Đợt tuyên truyền này đang triển khai.",
    )
    _audit_campaign(reopened, op="campaign_reopen", user=user)
    return reopened
