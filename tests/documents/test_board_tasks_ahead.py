"""Section V of the board's report names the board's own tasks still open, beside the units'."""

import datetime

import pytest

from lantoa.documents.reports.content import report_facts
from lantoa.documents.reports.drafting import default_sections
from lantoa.organization.models import UnitKind

pytestmark = pytest.mark.django_db


def test_it_names_the_boards_own_open_tasks_in_the_tasks_ahead(kl51_campaign):
    facts = report_facts(campaign=kl51_campaign, as_of=datetime.date(2026, 7, 1))
    (board,) = [row for row in facts.rows if row.unit.kind == UnitKind.BOARD]
    open_tasks = [line.task for line in board.standing.tasks if not line.done]
    assert open_tasks  # the demo's board holds four tasks, none done yet
    ahead = default_sections(facts)["tasks"]
    assert board.unit.name in ahead
    for task in open_tasks:
        assert task.text.split(":")[0].rstrip(".")[1:] in ahead
    # The units' count stays the units' (the board's tasks are named, not counted among them).
    units = [row for row in facts.rows if row.unit.kind != UnitKind.BOARD]
    remaining = sum(row.tasks_total - row.tasks_done for row in units)
    assert f"{remaining:,}".replace(",", ".") + " lượt nhiệm vụ" in ahead
