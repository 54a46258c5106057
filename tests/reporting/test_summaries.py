import datetime

import pytest

from lantoa.organization.models import Unit
from lantoa.reporting.models import UnitCampaignSummary, UnitWeekChannelCount
from lantoa.reporting.services import (
    ActivityInput,
    activity_delete,
    activity_record,
    summaries_refresh,
    summary_refresh,
)

pytestmark = pytest.mark.django_db
JUNE = datetime.date(2026, 6, 25)
CODES = ("03127", "03160", "03151")


def _record(campaign, code, *, channel="conference", day=JUNE, task=0, **figures):
    unit = Unit.objects.get(code=code)
    tasks = list(campaign.tasks.filter(assignments__unit=unit).order_by("pk"))
    return activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel=channel,
            date=day,
            title="Hoạt động",
            task_id=None if task is None else tasks[task % len(tasks)].pk,
            figures=figures,
        ),
        user=None,
    )


def _snapshot(campaign):
    summaries = {
        s.unit.code: (
            s.activities,
            s.by_channel,
            s.figures,
            s.tasks_total,
            s.tasks_done,
            s.done_tasks,
            s.briefed,
            s.last_activity,
        )
        for s in UnitCampaignSummary.objects.filter(campaign=campaign, unit__code__in=CODES)
    }
    weeks = sorted(
        UnitWeekChannelCount.objects.filter(campaign=campaign, unit__code__in=CODES).values_list(
            "unit__code", "week_start", "channel", "count"
        )
    )
    return summaries, weeks


def test_it_refreshes_many_units_exactly_as_one_by_one(kl51_campaign):
    _record(kl51_campaign, "03127", sessions=1, party_members_present=40)
    _record(kl51_campaign, "03127", channel="oral", day=JUNE + datetime.timedelta(days=9))
    doomed = _record(kl51_campaign, "03160", sessions=2, party_members_present=30)
    _record(kl51_campaign, "03160", channel="online", day=JUNE + datetime.timedelta(days=2))
    activity_delete(activity=doomed, user=None)
    units = list(Unit.objects.filter(code__in=CODES))
    for unit in units:
        summary_refresh(campaign=kl51_campaign, unit=unit)
    one_by_one = _snapshot(kl51_campaign)
    UnitCampaignSummary.objects.filter(campaign=kl51_campaign).update(activities=999, figures={})
    UnitWeekChannelCount.objects.filter(campaign=kl51_campaign).delete()
    assert summaries_refresh(campaign=kl51_campaign, units=units) == 3
    assert _snapshot(kl51_campaign) == one_by_one
    summaries, weeks = one_by_one
    assert summaries["03127"][0] == 2 and summaries["03127"][6] == 40
    assert summaries["03127"][1] == {"conference": 1, "oral": 1}
    assert summaries["03160"][0] == 1 and summaries["03160"][6] is None  # the deleted one left
    assert summaries["03151"][0] == 0 and summaries["03151"][2] == {}
    assert ("03127", datetime.date(2026, 6, 22), "conference", 1) in weeks


def test_it_returns_the_refreshed_summary_of_one_unit(kl51_campaign):
    _record(kl51_campaign, "03127", sessions=3)
    summary = summary_refresh(campaign=kl51_campaign, unit=Unit.objects.get(code="03127"))
    assert summary.pk and summary.activities == 1 and summary.figures == {"sessions": 3}


def test_it_counts_new_activities_exactly_as_a_full_recount(kl51_campaign):
    channels = ["conference", "oral", "online", "cell_meeting", "print", "loudspeaker"]
    for index in range(24):
        day = JUNE + datetime.timedelta(days=(index * 5) % 40)
        channel = channels[index % len(channels)]
        figures = {"party_members_present": index % 4} if channel == "conference" else {}
        if channel == "conference" and index % 3 == 0:
            figures["other_attendees"] = 0  # zero is counted, not "not reported"
        task = None if index % 5 == 0 else index // 2
        _record(kl51_campaign, CODES[index % 2], channel=channel, day=day, task=task, **figures)
    counted = _snapshot(kl51_campaign)
    summaries_refresh(campaign=kl51_campaign, units=list(Unit.objects.filter(code__in=CODES[:2])))
    assert _snapshot(kl51_campaign) == counted
    assert counted[0]["03127"][0] == 12 and counted[0]["03127"][2]["other_attendees"] == 0
