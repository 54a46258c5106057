"""A campaign reads its denominators at its own start, not at its directive's date."""

import datetime

import pytest

from lantoa.campaigns.models import Campaign, Directive
from lantoa.campaigns.window import campaign_reference_date
from lantoa.organization.models import FigureKind, Unit
from lantoa.organization.services import unit_figure_set
from lantoa.reporting.indicators import campaign_status
from lantoa.reporting.services import ActivityInput, activity_record

pytestmark = pytest.mark.django_db
CODE = "03127"  # a ward created on 01/07/2025, in the 2025 merger


def _spreading_an_old_directive(campaign: Campaign) -> Campaign:
    """Make the campaign a board's plan of December 2026 for a resolution of December 2024."""
    Directive.objects.filter(pk=campaign.directive_id).update(date=datetime.date(2024, 12, 22))
    Campaign.objects.filter(pk=campaign.pk).update(
        guidance_date=datetime.date(2026, 12, 1),
        peak_start=datetime.date(2026, 12, 5),
        peak_end=datetime.date(2026, 12, 31),
    )
    return Campaign.objects.select_related("directive").get(pk=campaign.pk)


def test_it_reads_denominators_at_the_campaigns_start_not_the_directives_date(kl51_campaign):
    campaign = _spreading_an_old_directive(kl51_campaign)
    unit = Unit.objects.get(code=CODE)
    # The ward's figure is in force from 2026; on the resolution's date the ward did not exist.
    unit_figure_set(
        unit=unit, kind=FigureKind.PARTY_MEMBERS, value=400, valid_from=datetime.date(2026, 1, 1)
    )
    task = campaign.tasks.filter(assignments__unit=unit).first()
    activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel="conference",
            date=datetime.date(2026, 12, 5),
            title="Hội nghị chuyên đề",
            task_id=task.pk,
            figures={"sessions": 1, "party_members_present": 100},
        ),
        user=None,
    )

    assert campaign_reference_date(campaign) == datetime.date(2026, 12, 1)
    status = campaign_status(
        campaign=campaign, units=Unit.objects.all(), today=datetime.date(2026, 12, 7)
    )
    (row,) = [r for r in status.rows if r.unit == unit]
    assert row.party_members == 400 and row.coverage == 25.0


def test_it_keeps_a_campaign_without_dates_of_its_own_at_its_directives_date(kl51_campaign):
    Campaign.objects.filter(pk=kl51_campaign.pk).update(guidance_date=None, peak_start=None)
    campaign = Campaign.objects.select_related("directive").get(pk=kl51_campaign.pk)

    assert campaign_reference_date(campaign) == campaign.directive.date


def test_it_dates_a_campaign_without_any_date_by_the_local_day_it_was_made(kl51_campaign):
    # 20:00 UTC on 30/06 is 03:00 on 01/07 in Điện Biên: the day the board made it.
    made = datetime.datetime(2026, 6, 30, 20, 0, tzinfo=datetime.UTC)
    Directive.objects.filter(pk=kl51_campaign.directive_id).update(date=None)
    Campaign.objects.filter(pk=kl51_campaign.pk).update(
        guidance_date=None, peak_start=None, created_at=made
    )
    campaign = Campaign.objects.select_related("directive").get(pk=kl51_campaign.pk)

    assert campaign_reference_date(campaign) == datetime.date(2026, 7, 1)
