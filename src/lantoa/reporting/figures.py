"""Which figures each channel asks for (DESIGN.md channel table), with Vietnamese labels."""

from __future__ import annotations

from lantoa.campaigns.models import Channel

# Every figure is a nullable whole number on Activity: None means "not reported", 0 means zero.
FIGURE_LABELS: dict[str, str] = {
    "sessions": "Số buổi",
    "party_members_present": "Số đảng viên tham dự",
    "other_attendees": "Số người khác tham dự",
    "connection_points": "Số điểm cầu",
    "cells": "Số chi bộ tổ chức",
    "items": "Số tin, bài, sản phẩm",
    "copies": "Số bản phát hành",
    "titles": "Số đầu tài liệu",
    "views": "Số lượt xem",
    "minutes": "Thời lượng (phút)",
    "posts": "Số bài đăng",
    "reach": "Số lượt tiếp cận",
    "broadcasts": "Số lần phát",
    "villages": "Số thôn, bản, tổ dân phố được phủ sóng",
    "listeners": "Số người nghe",
}

CHANNEL_FIGURES: dict[str, list[str]] = {
    Channel.CONFERENCE: [
        "sessions",
        "party_members_present",
        "other_attendees",
        "connection_points",
    ],
    Channel.CELL_MEETING: ["cells", "party_members_present"],
    Channel.PRINT: ["items", "copies"],
    Channel.ONLINE: ["items", "views"],
    Channel.RADIO: ["items", "minutes"],
    Channel.TV: ["items", "minutes"],
    Channel.SOCIAL: ["posts", "reach"],
    Channel.LEAFLET: ["titles", "copies"],
    Channel.PODCAST: ["items", "views"],
    Channel.VIDEO: ["items", "views"],
    Channel.LOUDSPEAKER: ["broadcasts", "minutes", "villages"],
    Channel.ORAL: ["sessions", "listeners"],
}

# The channels whose sessions count as "quán triệt" for party members.
BRIEFING_CHANNELS = (Channel.CONFERENCE, Channel.CELL_MEETING)
# The figures that count people reached in person (a sum over them is "people reached").
REACH_FIGURES = ("party_members_present", "other_attendees", "listeners")
# Channels that carry a link (URL) to the published item.
LINK_CHANNELS = (Channel.ONLINE, Channel.SOCIAL, Channel.PODCAST, Channel.VIDEO)

ALL_FIGURES = list(FIGURE_LABELS)


def figures_for(channel: str) -> list[str]:
    """Return the figure names a channel asks for, in form order."""
    return list(CHANNEL_FIGURES.get(channel, []))
