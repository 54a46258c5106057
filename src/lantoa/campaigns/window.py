"""The days a campaign's activities may be dated, and the day its denominators are read."""

from __future__ import annotations

import datetime
from typing import Protocol

from django.utils import timezone

from lantoa.campaigns.models import Campaign


def campaign_start(campaign: Campaign) -> datetime.date | None:
    """Return the first day activities may be dated: the directive's date, else the peak start."""
    candidates = [
        d for d in (campaign.directive.date, campaign.guidance_date, campaign.peak_start) if d
    ]
    return min(candidates) if candidates else None


class Peak(Protocol):
    """A campaign, or the proposal it is confirmed from: its peak's end and whether it goes on."""

    @property
    def peak_end(self) -> datetime.date | None: ...

    @property
    def continuous(self) -> bool: ...


def campaign_end(campaign: Peak) -> datetime.date | None:
    """Return the last day activities may be dated: the peak's end, none if it goes on."""
    return None if campaign.continuous else campaign.peak_end


def campaign_reference_date(campaign: Campaign) -> datetime.date:
    """Return the date at which denominators are read: the campaign's own start."""
    # A campaign often spreads a directive years old (units merged since, figures renewed):
    # its guidance or peak dates it, the directive's date only when it has neither.
    own = [d for d in (campaign.guidance_date, campaign.peak_start) if d]
    made = timezone.localdate(campaign.created_at)  # the board's day, not UTC's
    return min(own) if own else campaign_start(campaign) or made
