"""Which figures each channel asks for (the table lives in campaigns.channels), and their uses."""

from __future__ import annotations

from lantoa.campaigns.channels import CHANNEL_FIGURES, FIGURE_LABELS
from lantoa.campaigns.models import Channel

# The channels whose sessions count as "quán triệt" for party members.
BRIEFING_CHANNELS = (Channel.CONFERENCE, Channel.CELL_MEETING)


def briefed_counted(briefed: int | None, members: int | None) -> int | None:
    """Return the party members briefed that count: the sum of those present, at most the unit's
    members (a conference and then cell meetings brief the same people)."""
    if briefed is None or not members:
        return briefed
    return min(briefed, members)


# The figures that count people reached in person (a sum over them is "people reached").
REACH_FIGURES = ("party_members_present", "other_attendees", "listeners")
# Channels that carry a link (URL) to the published item.
LINK_CHANNELS = (Channel.ONLINE, Channel.SOCIAL, Channel.PODCAST, Channel.VIDEO)

ALL_FIGURES = list(FIGURE_LABELS)


def figures_for(channel: str) -> list[str]:
    """Return the figure names a channel asks for, in form order."""
    return list(CHANNEL_FIGURES.get(channel, []))
