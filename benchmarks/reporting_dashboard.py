"""p50/p95 of the board dashboard with N activities (default 1,000,000) in the demo campaign.

    .venv/bin/python benchmarks/reporting_dashboard.py [--activities N] [--database-url URL]

Builds a throwaway database (SQLite, or a fresh PostgreSQL database on the given server),
bulk-inserts the activities, builds the summary tables once, then times the dashboard as a
board user. It also times one new activity and submission until the dashboard shows it.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import random
import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _throwaway_db import board_client, throwaway_database  # noqa: E402

if TYPE_CHECKING:
    from lantoa.campaigns.models import Campaign

BATCH = 20_000
FIRST = datetime.date(2026, 6, 18)
DAYS = 150  # through mid-November 2026


def activities_insert(campaign: Campaign, count: int, rng: random.Random) -> float:
    """Insert activities spread over the campaign's units, channels and 150 days.

    PostgreSQL streams them with COPY (bulk_create would take about 3 minutes a million);
    SQLite uses bulk_create. Both draw the same rows from the same random sequence.
    """
    from django.db import connection

    rows = _activity_rows(campaign, count, rng)
    started = time.perf_counter()
    if connection.vendor == "postgresql":
        _activities_copy(campaign, rows, count, started)
    else:
        _activities_bulk_create(campaign, rows, count, started)
    return time.perf_counter() - started


ActivityRow = tuple[int, int | None, str, datetime.date, dict[str, int]]


def _activity_rows(campaign: Campaign, count: int, rng: random.Random) -> Iterator[ActivityRow]:
    """Return (unit, task, channel, date, figures) tuples: a unit assigned to the campaign, one
    of its tasks 70% of the time, figures only for the channel's own figures.

    The assignments are read here, before the caller opens a COPY on the same connection.
    """
    from lantoa.campaigns.models import Assignment, Channel
    from lantoa.reporting.figures import figures_for

    units: dict[int, list[int]] = {}
    for unit_id, task_id in Assignment.objects.filter(task__campaign=campaign).values_list(
        "unit_id", "task_id"
    ):
        units.setdefault(unit_id, []).append(task_id)
    unit_ids = sorted(units)
    channels = list(Channel.values)
    names = {channel: figures_for(channel) for channel in channels}
    days = [FIRST + datetime.timedelta(days=day) for day in range(DAYS)]

    def rows() -> Iterator[ActivityRow]:
        for _ in range(count):
            unit_id = rng.choice(unit_ids)
            channel = rng.choice(channels)
            task_id = rng.choice(units[unit_id]) if rng.random() < 0.7 else None
            date = days[rng.randrange(DAYS)]
            figures = {
                name: rng.randint(0, 3) if name == "party_members_present" else rng.randint(0, 50)
                for name in names[channel]
            }
            yield unit_id, task_id, channel, date, figures

    return rows()


def _progress(made: int, count: int, started: float) -> None:
    if made % 200_000 == 0 or made == count:
        print(f"  inserted {made:,} activities ({time.perf_counter() - started:.0f} s)", flush=True)


def _activities_bulk_create(
    campaign: Campaign, rows: Iterator[ActivityRow], count: int, started: float
) -> None:
    from lantoa.reporting.models import Activity, ActivitySource

    made = 0
    while made < count:
        batch = []
        for unit_id, task_id, channel, date, figures in itertools.islice(rows, BATCH):
            batch.append(
                Activity(
                    campaign=campaign,
                    unit_id=unit_id,
                    task_id=task_id,
                    channel=channel,
                    date=date,
                    title="Hoạt động tuyên truyền",
                    source=ActivitySource.DEMO,
                    **figures,
                )
            )
        Activity.objects.bulk_create(batch, batch_size=2000)
        made += len(batch)
        _progress(made, count, started)


def _activities_copy(
    campaign: Campaign, rows: Iterator[ActivityRow], count: int, started: float
) -> None:
    """COPY the rows into the activity table, one transaction per BATCH * 10 rows.

    Every column but the id gets the value Django would store for a new Activity (its defaults,
    created_at/updated_at now, a fresh unique key); only the drawn fields vary.
    """
    from django.db import connection, transaction
    from django.utils import timezone

    from lantoa.reporting.figures import ALL_FIGURES
    from lantoa.reporting.models import Activity, ActivitySource

    template = Activity(
        campaign=campaign, title="Hoạt động tuyên truyền", source=ActivitySource.DEMO
    )
    fields = [field for field in Activity._meta.concrete_fields if not field.primary_key]
    constant = [
        field.get_db_prep_save(field.pre_save(template, add=True), connection) for field in fields
    ]
    position = {field.attname: index for index, field in enumerate(fields)}
    unit_at, task_at = position["unit_id"], position["task_id"]
    channel_at, date_at, key_at = position["channel"], position["date"], position["key"]
    figure_at = {name: position[name] for name in ALL_FIGURES}
    times_at = [position["created_at"], position["updated_at"]]
    for index in figure_at.values():
        constant[index] = None
    # A concrete field always has its column.
    columns = ", ".join(connection.ops.quote_name(cast(str, field.column)) for field in fields)
    sql = f"COPY {connection.ops.quote_name(Activity._meta.db_table)} ({columns}) FROM STDIN"
    made = 0
    while made < count:
        with transaction.atomic(), connection.cursor() as cursor:
            now = timezone.now()
            for index in times_at:
                constant[index] = now
            with cursor.copy(sql) as copy:
                for unit_id, task_id, channel, date, figures in itertools.islice(rows, BATCH * 10):
                    row = constant.copy()
                    row[unit_at] = unit_id
                    row[task_at] = task_id
                    row[channel_at] = channel
                    row[date_at] = date
                    row[key_at] = uuid.uuid4()
                    for name, value in figures.items():
                        row[figure_at[name]] = value
                    copy.write_row(row)
                    made += 1
                    if made % 200_000 == 0 or made == count:
                        _progress(made, count, started)


def summary(timings: list[float]) -> str:
    """Return "p50 …, p95 …, max …" of a list of milliseconds."""
    ordered = sorted(timings)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=1_000_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument(
        "--no-request-page",
        action="store_true",
        help="skip the request page (reporting:request_detail), timed last",
    )
    args = parser.parse_args()
    engine, cleanup = throwaway_database(url=args.database_url, name="dashboard")
    try:
        run(args, engine)
    finally:
        cleanup()


def run(args: argparse.Namespace, engine: str) -> None:
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # lets the client see the template context
    from django.core.management import call_command
    from django.db import connection

    from lantoa.guidance.demo import campaign_load_demo
    from lantoa.organization.demo import province_load_demo
    from lantoa.organization.models import Unit
    from lantoa.reporting.models import Activity, UnitWeekChannelCount
    from lantoa.reporting.services import (
        ActivityInput,
        activity_record,
        report_request_create,
        review_refresh,
        submission_submit,
        summary_refresh,
    )

    call_command("migrate", verbosity=0)
    province_load_demo()
    campaign = campaign_load_demo()
    rng = random.Random(2026)
    print(f"Board dashboard benchmark on {engine}: {args.activities:,} activities")
    insert_seconds = activities_insert(campaign, args.activities, rng)
    started = time.perf_counter()
    units = list(Unit.objects.filter(assignments__task__campaign=campaign).distinct())
    for unit in units:
        summary_refresh(campaign=campaign, unit=unit)
    summary_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for unit in units:  # what the services keep for the review page, built once like summaries
        review_refresh(campaign_id=campaign.pk, unit_id=unit.pk)
    review_seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    request = report_request_create(
        campaign=campaign,
        title="Báo cáo tháng 7",
        due_date=datetime.date(2026, 7, 30),
        user=None,
    )
    expected = set(request.expected_units.values_list("pk", flat=True))  # not the board itself
    for unit in units[: len(units) * 2 // 3]:
        if unit.pk not in expected:
            continue
        submission_submit(request=request, unit=unit, results="Đã thực hiện", user=None)
    print(
        f"  stored: {Activity.objects.count():,} activities, "
        f"{UnitWeekChannelCount.objects.count():,} weekly rows, {len(units)} units; "
        f"insert {insert_seconds:.0f} s, summaries built in {summary_seconds:.1f} s, "
        f"review counts in {review_seconds:.1f} s"
    )
    client = board_client()
    url = f"/bao-cao/theo-doi/dot/{campaign.pk}/"
    started = time.perf_counter()
    client.get(url)  # the process's first page loads templates and modules
    warmup = (time.perf_counter() - started) * 1000
    timings = []
    for index in range(args.requests):
        params = {"sap_xep": ["don_vi", "-bao_phu", "hoat_dong"][index % 3]}
        if index % 5 == 4:
            params["loai"] = "commune"
        started = time.perf_counter()
        response = client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    print(
        f"  dashboard page, {len(timings)} requests: {summary(timings)} "
        f"(process's first page: {warmup:.0f} ms)"
    )
    for which in ("bao-phu", "hoat-dong"):
        chart_times = []
        for _ in range(20):
            started = time.perf_counter()
            response = client.get(f"{url}bieu-do/{which}/", HTTP_HX_REQUEST="true")
            chart_times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200 and b"<svg" in response.content
        print(
            f"  chart {which}: first draw {chart_times[0]:.0f} ms, "
            f"then cached: {summary(chart_times[1:])}"
        )
    # A unit records an activity and submits: how long until the dashboard shows it?
    unit = Unit.objects.get(code="03160")
    task = campaign.tasks.filter(assignments__unit=unit).first()
    late = report_request_create(
        campaign=campaign, title="Báo cáo bổ sung", due_date=datetime.date(2026, 11, 30), user=None
    )
    started = time.perf_counter()
    activity_record(
        campaign=campaign,
        unit=unit,
        data=ActivityInput(
            channel="oral",
            date=datetime.date(2026, 11, 20),
            title="Tuyên truyền miệng",
            task_id=task.pk if task else None,
            figures={"sessions": 1, "listeners": 77},
        ),
        user=None,
    )
    submission_submit(request=late, unit=unit, results="Đã thực hiện", user=None)
    response = client.get(url)
    seen = any(
        row.unit.code == "03160" and row.status.submitted
        for row in response.context["dashboard"].rows
    )
    print(
        f"  new activity + submission visible on the dashboard: {seen}, "
        f"after {(time.perf_counter() - started) * 1000:.0f} ms (write + next page load)"
    )
    if not args.no_request_page:
        request_page(client, request, args.requests)


def request_page(client: object, request: object, count: int) -> None:
    """Time the request page (reporting:request_detail): who submitted, the review flags."""
    from django.urls import reverse

    from lantoa.reporting.models import Activity

    submitted = request.submissions.values("unit_id")  # type: ignore[attr-defined]
    pending = Activity.objects.filter(campaign=request.campaign, unit_id__in=submitted).count()  # type: ignore[attr-defined]
    url = reverse("reporting:request_detail", args=[request.pk])  # type: ignore[attr-defined]
    timings: list[float] = []
    for _ in range(count):
        if sum(timings) > 30_000:  # a slow page: a few loads are enough to know
            break
        started = time.perf_counter()
        response = client.get(url)  # type: ignore[attr-defined]
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    print(
        f"  request page ({pending:,} activities of submitted units awaiting review, "
        f"{response.context['flag_count']:,} review flags), "
        f"{len(timings)} requests: first {timings[0]:.0f} ms, {summary(timings)}"
    )


if __name__ == "__main__":
    main()
