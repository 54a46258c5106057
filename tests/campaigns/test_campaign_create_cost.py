"""Confirming a campaign costs the same few queries however many tasks its groups hold."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lantoa.campaigns.models import Assignment, Task
from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.campaigns.services import campaign_create, task_add
from lantoa.organization.models import Unit, UnitKind
from lantoa.organization.selectors import province_board, units_in_force

pytestmark = pytest.mark.django_db


def _proposal(tasks_per_group: int, named: Unit) -> CampaignProposal:
    listed = Unit.objects.filter(kind=UnitKind.PRESS).order_by("pk")[:2]
    return CampaignProposal(
        title="Đợt đo số truy vấn",
        subject_type="Kết luận",
        groups=[
            GroupProposal(
                heading="Các xã, phường",
                kinds=[UnitKind.COMMUNE, UnitKind.WARD],
                tasks=[TaskProposal(text=f"Nhiệm vụ xã {n}") for n in range(tasks_per_group)],
            ),
            GroupProposal(
                heading="Các cơ quan báo chí",
                unit_ids=[unit.pk for unit in listed],
                tasks=[
                    *(TaskProposal(text=f"Nhiệm vụ báo {n}") for n in range(tasks_per_group)),
                    TaskProposal(text="Nhiệm vụ riêng", unit_id=named.pk),
                ],
            ),
        ],
    )


def _queries(tasks_per_group: int) -> int:
    board = province_board()
    assert board is not None
    named = Unit.objects.get(code="03127")
    with CaptureQueriesContext(connection) as queries:
        campaign_create(owner=board, proposal=_proposal(tasks_per_group, named), user=None)
    return len(queries)


def test_it_confirms_ten_times_the_tasks_in_less_than_a_query_a_task_more():
    # Before, every task cost about five queries (its unit, its row, its group's list, its units,
    # its assignments); now only the batches of a bulk insert grow with the tasks.
    few, many = _queries(3), _queries(30)
    assert many - few <= 5, (few, many)


def test_it_assigns_each_task_to_its_group_or_its_named_unit():
    board = province_board()
    assert board is not None
    named = Unit.objects.get(code="03127")
    campaign = campaign_create(owner=board, proposal=_proposal(2, named), user=None)
    communes = units_in_force(kinds=[UnitKind.COMMUNE, UnitKind.WARD]).count()
    press = list(Unit.objects.filter(kind=UnitKind.PRESS).order_by("pk")[:2])
    tasks = list(campaign.tasks.order_by("position"))
    assert [task.position for task in tasks] == [1, 2, 3, 4, 5]
    by_task = {task.pk: Assignment.objects.filter(task=task) for task in tasks}
    assert [by_task[t.pk].count() for t in tasks] == [communes, communes, 2, 2, 1]
    assert list(tasks[2].group_units.order_by("pk")) == press
    assert tasks[4].named_unit == named and by_task[tasks[4].pk].get().unit == named

    added = task_add(
        campaign=campaign,
        group=GroupProposal(heading="Các cơ quan báo chí", unit_ids=[u.pk for u in press]),
        task=TaskProposal(text="Nhiệm vụ bổ sung"),
    )
    assert added.task.position == 6 and added.unit_count == 2
    assert Task.objects.filter(campaign=campaign).count() == 6
