"""Which figures each channel asks for (DESIGN.md channel table), with Vietnamese labels.

Activities carry them (reporting.figures reads this table); a unit's plan names them too.
"""

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
