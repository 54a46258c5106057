"""Reminder fragments other apps' pages show: the công văn đôn đốc a unit was sent."""

from __future__ import annotations

from typing import Any

from django import template

from lantoa.campaigns.models import Campaign
from lantoa.documents.selectors import outgoing_file_formats
from lantoa.organization.models import Unit
from lantoa.reminders.models import ReminderLetter
from lantoa.reminders.selectors import letters_issued_to

register = template.Library()


@register.inclusion_tag("reminders/fragments/unit_letters.html", takes_context=True)
def unit_reminder_letters(
    context: dict[str, Any], campaign: Campaign, unit: Unit
) -> dict[str, Any]:
    """List the issued letters of a campaign that name the unit, each with its file formats."""
    request = context["request"]
    # The work list shows this once per campaign and unit: read the user's letters once a request.
    issued: list[ReminderLetter] | None = getattr(request, "_lantoa_issued_letters", None)
    if issued is None:
        issued = list(letters_issued_to(user=request.user).prefetch_related("units"))
        request._lantoa_issued_letters = issued
    letters = [
        letter
        for letter in issued
        if letter.campaign_id == campaign.pk and any(u.pk == unit.pk for u in letter.units.all())
    ]
    return {
        "letters": [
            (letter, outgoing_file_formats(document=outgoing))
            for letter in letters
            # Always true: letters_issued_to reads only letters whose register entry is issued.
            if (outgoing := letter.outgoing) is not None
        ]
    }
