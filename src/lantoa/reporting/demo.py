"""Demo activities and one report round for the KL 51 campaign, so the dashboards look lived-in."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from lantoa.campaigns.models import Campaign, Channel, Task
from lantoa.organization.figures import unit_figure_at
from lantoa.organization.models import FigureKind, Unit, UnitKind
from lantoa.reporting.models import (
    ActivitySource,
    ReportRequest,
    Submission,
    SubmissionEvent,
)
from lantoa.reporting.services import (
    ActivityInput,
    activity_record,
    extension_grant,
    report_request_create,
    submission_accept,
    submission_return,
    submission_submit,
)

SEED = 51
FIRST_DAY = datetime.date(2026, 6, 18)  # the day after Kết luận 51 was issued
LAST_DAY = datetime.date(2026, 7, 31)
REQUEST_TITLE = "Báo cáo kết quả quán triệt Kết luận số 51-KL/TW"
REQUEST_DUE = datetime.date(2026, 7, 30)
RETURNED_UNIT = "03127"  # the demo reporter's ward sees a report that came back
RETURN_REASON = "Đề nghị bổ sung số liệu phát thanh trên loa truyền thanh cơ sở tháng 7/2026."
EXTENDED_UNIT_INDEX = 3


@dataclass
class DemoActivities:
    """What the demo loaded."""

    activities: int
    units: int
    submissions: int


def _day(rng: random.Random, start: datetime.date, end: datetime.date) -> datetime.date:
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


def _figure(unit: Unit, kind: str, default: int) -> int:
    figure = unit_figure_at(unit=unit, kind=kind, on=FIRST_DAY)
    return figure.value if figure else default


# What units write: a few recurring difficulties and proposals, so the report can group them.
DIFFICULTIES = [
    "Địa bàn rộng, giao thông đi lại khó khăn, mưa lũ chia cắt một số bản.",
    "Một bộ phận đảng viên cao tuổi, đồng bào dân tộc thiểu số còn hạn chế về tiếng phổ thông.",
    "Hệ thống loa truyền thanh cơ sở xuống cấp, nhiều cụm loa không hoạt động.",
    "",
]
PROPOSALS = [
    "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy cung cấp thêm tài liệu tuyên truyền bằng tiếng "
    "dân tộc (Thái, Mông).",
    "Đề nghị tỉnh hỗ trợ kinh phí sửa chữa hệ thống loa truyền thanh cơ sở.",
    "",
]
PRACTICES = [
    "Tổ chức tuyên truyền miệng bằng tiếng Mông tại các buổi sinh hoạt cộng đồng ở bản.",
    "Lồng ghép nội dung Kết luận trong các buổi sinh hoạt chi bộ định kỳ, có câu hỏi thảo luận.",
    "",
    "",
]


def _passages(unit: Unit) -> dict[str, str]:
    """Return what a demo unit writes; its own generator keeps the main demo sequence as it was."""
    own = random.Random(f"{SEED}-{unit.code}")  # noqa: S311 - demo data, deterministic on purpose
    return {
        "results": f"Đã tổ chức quán triệt, tuyên truyền Kết luận số 51-KL/TW của Bộ Chính trị "
        f"đến cán bộ, đảng viên và Nhân dân trên địa bàn {unit.name.removeprefix('Đảng ủy ')}.",
        "good_practices": own.choice(PRACTICES),
        "difficulties": own.choice(DIFFICULTIES),
        "proposals": own.choice(PROPOSALS),
    }


Figures = dict[str, int | None]
# A demo plan's row: how many such activities, channel, first and last day, title, task, figures.
PlanRow = tuple[
    Callable[[], int], str, datetime.date, datetime.date, str, int, Callable[[], Figures]
]


def _committee_plan(unit: Unit, tasks: list[Task], rng: random.Random) -> list[ActivityInput]:
    """Activities of a party committee: quán triệt first, then dissemination, then follow-up."""
    members = _figure(unit, FigureKind.PARTY_MEMBERS, 300)
    cells = _figure(unit, FigureKind.PARTY_CELLS, 20)
    brief, spread = tasks[0].pk, (tasks[1] if len(tasks) > 1 else tasks[0]).pk
    follow_up = (tasks[2] if len(tasks) > 2 else tasks[-1]).pk

    def maybe(share: float) -> Callable[[], int]:
        return lambda: int(rng.random() < share)

    def between(low: int, high: int) -> Callable[[], int]:
        return lambda: rng.randint(low, high)

    rows: list[PlanRow] = [
        (
            lambda: 1,
            Channel.CONFERENCE,
            FIRST_DAY,
            datetime.date(2026, 7, 10),
            "Hội nghị nghiên cứu, quán triệt Kết luận số 51-KL/TW",
            brief,
            lambda: {
                "sessions": rng.randint(1, 2),
                "party_members_present": int(members * rng.uniform(0.5, 0.75)),
                "other_attendees": rng.randint(20, 120),
                "connection_points": rng.randint(1, 6),
            },
        ),
        (
            maybe(0.8),
            Channel.CELL_MEETING,
            datetime.date(2026, 6, 25),
            LAST_DAY,
            "Sinh hoạt chi bộ chuyên đề về sở hữu trí tuệ",
            brief,
            lambda: {
                "cells": max(1, int(cells * rng.uniform(0.5, 0.9))),
                "party_members_present": int(members * rng.uniform(0.08, 0.18)),
            },
        ),
        (
            between(2, 5),
            Channel.LOUDSPEAKER,
            FIRST_DAY,
            LAST_DAY,
            "Phát bài tuyên truyền Kết luận 51 trên loa truyền thanh cơ sở",
            spread,
            lambda: {
                "broadcasts": rng.randint(2, 12),
                "minutes": rng.randint(10, 60),
                "villages": rng.randint(3, 25),
            },
        ),
        (
            maybe(0.7),
            Channel.LEAFLET,
            FIRST_DAY,
            LAST_DAY,
            "Cấp phát tờ rơi hỏi – đáp về bảo hộ nhãn hiệu, chỉ dẫn địa lý",
            spread,
            lambda: {"titles": rng.randint(1, 3), "copies": rng.randint(100, 1500)},
        ),
        (
            between(0, 3),
            Channel.SOCIAL,
            FIRST_DAY,
            LAST_DAY,
            "Đăng tin trên trang Zalo của Đảng ủy",
            spread,
            lambda: {"posts": rng.randint(1, 4), "reach": rng.randint(200, 4000)},
        ),
        (
            maybe(0.6),
            Channel.ORAL,
            datetime.date(2026, 7, 1),
            LAST_DAY,
            "Tuyên truyền miệng tại nhà văn hóa thôn, bản",
            follow_up,
            lambda: {"sessions": rng.randint(1, 6), "listeners": rng.randint(40, 400)},
        ),
    ]
    # A row's count is drawn first, then each activity's day and figures: the seeded demo's order.
    return [
        ActivityInput(
            channel=channel,
            date=_day(rng, first, last),
            title=title,
            task_id=task,
            figures=figures(),
        )
        for how_many, channel, first, last, title, task, figures in rows
        for _ in range(how_many())
    ]


def _press_plan(unit: Unit, tasks: list[Task], rng: random.Random) -> list[ActivityInput]:
    """Items a press agency published: print, online, radio, TV and short videos."""
    channels = [
        (Channel.PRINT, "Bài viết về bảo hộ sở hữu trí tuệ cho đặc sản địa phương"),
        (Channel.ONLINE, "Tin bài trên báo điện tử về Kết luận 51"),
        (Channel.RADIO, "Chuyên mục phát thanh Pháp luật và đời sống"),
        (Channel.TV, "Phóng sự truyền hình về gạo Điện Biên"),
        (Channel.VIDEO, "Video ngắn hỏi – đáp sở hữu trí tuệ"),
    ]
    if unit.kind == UnitKind.CENTRAL_PRESS:
        channels = channels[1:2]
    plan = []
    for index, (channel, title) in enumerate(channels):
        task = tasks[index % len(tasks)]
        for _ in range(rng.randint(1, 4)):
            figures: dict[str, int | None] = {"items": rng.randint(1, 5)}
            if channel in (Channel.ONLINE, Channel.VIDEO):
                figures["views"] = rng.randint(500, 20000)
            elif channel == Channel.PRINT:
                figures["copies"] = rng.randint(2000, 6000)
            else:
                figures["minutes"] = rng.randint(5, 30)
            plan.append(
                ActivityInput(
                    channel=channel,
                    date=_day(rng, FIRST_DAY, LAST_DAY),
                    title=title,
                    task_id=task.pk,
                    figures=figures,
                )
            )
    return plan


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 15)))


def _backdate(submission: Submission, day: datetime.date) -> None:
    """Move a demo submission (and its history) to the day it was sent."""
    moment = _at(day, 16)
    Submission.objects.filter(pk=submission.pk).update(
        first_submitted_at=moment, submitted_at=moment
    )
    SubmissionEvent.objects.filter(submission=submission, action="submitted").update(at=moment)


def _report_round(
    campaign: Campaign, expected: list[Unit], units: list[Unit], rng: random.Random
) -> int:
    """Ask the units (not the board itself) for the July report; most active ones answer."""
    request = report_request_create(
        campaign=campaign,
        title=REQUEST_TITLE,
        due_date=REQUEST_DUE,
        user=None,
        units=expected,
        description="Báo cáo kết quả nghiên cứu, quán triệt, tuyên truyền đến hết tháng 7/2026.",
    )
    count = 0
    for index, unit in enumerate(units):
        if rng.random() < 0.12 and unit.code != RETURNED_UNIT:
            continue  # active but has not reported yet
        if index == EXTENDED_UNIT_INDEX:
            extension_grant(
                request=request,
                unit=unit,
                due_date=datetime.date(2026, 8, 5),
                reason="Đơn vị đề nghị gia hạn do mưa lũ chia cắt.",
                user=None,
            )
            day = datetime.date(2026, 8, 4)
        elif rng.random() < 0.75:
            day = _day(rng, datetime.date(2026, 7, 22), REQUEST_DUE)
        else:
            day = _day(rng, datetime.date(2026, 7, 31), datetime.date(2026, 8, 12))
        submission = submission_submit(
            request=request,
            unit=unit,
            **_passages(unit),
            user=None,
        )
        _backdate(submission, day)
        count += 1
        if unit.code == RETURNED_UNIT:
            submission_return(submission=submission, reason=RETURN_REASON, user=None)
        elif rng.random() < 0.5:
            submission_accept(submission=submission, user=None)
        else:
            continue
        reviewed = _at(day + datetime.timedelta(days=2), 9)
        Submission.objects.filter(pk=submission.pk).update(reviewed_at=reviewed)
        SubmissionEvent.objects.filter(submission=submission).exclude(action="submitted").update(
            at=reviewed
        )
    return count


@transaction.atomic
def activities_load_demo(campaign: Campaign) -> DemoActivities:
    """Record activities for about two thirds of the units and one report round, once."""
    if ReportRequest.objects.filter(campaign=campaign, title=REQUEST_TITLE).exists():
        return DemoActivities(activities=0, units=0, submissions=0)
    rng = random.Random(SEED)  # noqa: S311 - demo data, deterministic on purpose
    units = sorted(
        Unit.objects.filter(assignments__task__campaign=campaign)
        .exclude(kind=UnitKind.BOARD)
        .distinct(),
        key=lambda unit: unit.code or "",
    )
    active = [unit for unit in units if unit.code == RETURNED_UNIT or rng.random() < 0.66]
    recorded = 0
    for unit in active:
        tasks = list(campaign.tasks.filter(assignments__unit=unit).order_by("position"))
        if unit.kind in (UnitKind.PRESS, UnitKind.CENTRAL_PRESS):
            plan = _press_plan(unit, tasks, rng)
        else:
            plan = _committee_plan(unit, tasks, rng)
        for data in plan:
            activity_record(
                campaign=campaign, unit=unit, data=data, user=None, source=ActivitySource.DEMO
            )
            recorded += 1
    submissions = _report_round(campaign, units, active, rng)
    return DemoActivities(activities=recorded, units=len(active), submissions=submissions)
