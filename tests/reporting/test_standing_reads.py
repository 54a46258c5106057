"""What reading a campaign's standing costs: each task and campaign once, not once per unit."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lantoa.campaigns.models import Assignment
from lantoa.reporting.standing import campaign_standing, units_standing

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 8, 10)


def test_it_reads_each_task_once_however_many_units_it_is_assigned_to(kl51_campaign):
    standing = campaign_standing(campaign=kl51_campaign, today=TODAY)
    lines = [line for unit in standing.units.values() for line in unit.tasks]
    copies: dict[int, set[int]] = {}
    for line in lines:
        copies.setdefault(line.task.pk, set()).add(id(line.task))
    assert len(lines) > len(copies)  # KL 51 gives most tasks to many units
    assert all(len(objects) == 1 for objects in copies.values())


def test_it_does_not_read_the_campaign_row_again_for_the_campaign_asked(kl51_campaign):
    # A campaign row holds nine JSON columns; decoding them for every assignment made the
    # dashboard's standing three times slower than the rest of the page.
    with CaptureQueriesContext(connection) as captured:
        standing = campaign_standing(campaign=kl51_campaign, today=TODAY)
    assert not [q["sql"] for q in captured if '"campaigns_campaign".' in q["sql"]]
    lines = [line for unit in standing.units.values() for line in unit.tasks]
    assert lines and all(line.task.campaign is kl51_campaign for line in lines)


def test_it_gives_each_tasks_campaign_without_a_query_per_task_across_campaigns(kl51_campaign):
    unit_ids = set(
        Assignment.objects.filter(task__campaign=kl51_campaign).values_list("unit_id", flat=True)
    )
    found = units_standing(today=TODAY, unit_ids=unit_ids)
    lines = [line for standing in found.values() for line in standing.tasks]
    with CaptureQueriesContext(connection) as captured:
        titles = {line.task.campaign.title for line in lines}
    assert titles == {kl51_campaign.title}
    assert len(captured) == 0
