"""A unit's work list: its tasks per campaign, what is due, and reports that came back."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.selectors import AnyUser, unit_ids_where
from lantoa.campaigns.models import Campaign, running
from lantoa.core.requestmemo import remembered
from lantoa.organization.models import Unit
from lantoa.reporting.models import UnitCampaignSummary
from lantoa.reporting.standing import ReportStanding, TaskStanding, units_standing


@dataclass
class WorkItem:
    """One unit in one campaign: its tasks and reports as reporting.standing tells them."""

    campaign: Campaign
    unit: Unit
    tasks: list[TaskStanding] = field(default_factory=list)
    requests: list[ReportStanding] = field(default_factory=list)
    activities: int = 0

    @property
    def returned(self) -> list[ReportStanding]:
        return [line for line in self.requests if line.returned]


def worklist_for(*, user: AnyUser, today: datetime.date) -> list[WorkItem]:
    """Return, for each unit the user reports for, its campaigns' tasks and report requests.

    Read once a request (core.requestmemo): the menu's count and the page share it; callers
    read it and never change it.
    """
    return remembered(("worklist", user.pk, today), lambda: _worklist(user, today))


def _worklist(user: AnyUser, today: datetime.date) -> list[WorkItem]:
    # Only the units the user records for by membership: board staff write anywhere but
    # have no work list of their own.
    _province, unit_ids = unit_ids_where(user=user, can=Capability.REPORTING_WRITE)
    if not unit_ids:
        return []
    standings = {
        key: standing
        for key, standing in units_standing(today=today, unit_ids=unit_ids).items()
        if standing.tasks  # a unit's campaigns are those that give it tasks
    }
    # A campaign the board ended asks nothing more of its units (its pages stay readable).
    campaigns = Campaign.objects.filter(running()).in_bulk(
        {campaign_id for campaign_id, _u in standings}
    )
    standings = {key: s for key, s in standings.items() if key[0] in campaigns}
    units = Unit.objects.in_bulk({unit_id for _c, unit_id in standings})
    activities = {
        (campaign_id, unit_id): count
        for campaign_id, unit_id, count in UnitCampaignSummary.objects.filter(
            unit_id__in=unit_ids
        ).values_list("campaign_id", "unit_id", "activities")
    }
    items = [
        WorkItem(
            campaign=campaigns[campaign_id],
            unit=units[unit_id],
            tasks=standing.tasks,
            requests=standing.reports,
            activities=activities.get((campaign_id, unit_id), 0),
        )
        for (campaign_id, unit_id), standing in standings.items()
    ]
    items.sort(key=lambda item: item.unit.sort_key)  # Vietnamese order, not byte order
    items.sort(key=lambda item: item.campaign.created_at, reverse=True)
    return items
