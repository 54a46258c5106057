"""60 reporters at once, each recording an activity and submitting 50 reports: stored, errors.

    .venv/bin/python benchmarks/reporting_concurrency.py [--database-url URL]
        [--reporters 60] [--reports 50] [--units N] [--activities-only]

Builds a throwaway database (SQLite, or a fresh PostgreSQL database on the given server) with a
campaign for the province's active units and enough report requests that every reporter answers
50 of its own, then starts one process per reporter.
Each process, for each request, records an activity (activity_record) and submits its unit's
report (submission_submit). Prints the submissions stored, the errors and the throughput, and
whether every unit's summary (kept by each write) equals a full recount afterwards. With
--units N the reporters share N units, so several write into one summary at the same time;
with --activities-only nobody submits, so only the writers' own counting keeps the summaries
(a submission recounts in full and would hide a lost count).
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _throwaway_db import throwaway_database  # noqa: E402

DAY = datetime.date(2026, 11, 20)


def reporter(
    unit_id: int, request_ids: list[int], barrier: object, results: object, submit: bool
) -> None:
    """One reporter's process: an activity and a submission per report request."""
    from django.db import connections

    connections.close_all()  # never share the parent's connection
    from lantoa.organization.models import Unit
    from lantoa.reporting.models import ReportRequest
    from lantoa.reporting.services import ActivityInput, activity_record, submission_submit

    unit = Unit.objects.get(pk=unit_id)
    requests = list(ReportRequest.objects.filter(pk__in=request_ids).select_related("campaign"))
    errors: list[str] = []
    done = 0
    barrier.wait()  # type: ignore[attr-defined]
    started = time.perf_counter()
    for request in requests:
        attempt = time.perf_counter()
        try:
            activity_record(
                campaign=request.campaign,
                unit=unit,
                data=ActivityInput(
                    channel="loudspeaker",
                    date=DAY,
                    title=f"Phát thanh cho {request.title}",
                    figures={"broadcasts": 3, "minutes": 15, "villages": 4},
                ),
                user=None,
            )
            if submit:
                submission_submit(request=request, unit=unit, results="Đã thực hiện", user=None)
            done += 1
        except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
            waited = time.perf_counter() - attempt
            errors.append(f"{type(exc).__name__}: {exc} (after {waited:.0f} s)"[:200])
            if len(errors) == 1:
                traceback.print_exc()
    results.put((unit_id, done, errors, time.perf_counter() - started))  # type: ignore[attr-defined]
    connections.close_all()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--reporters", type=int, default=60)
    parser.add_argument("--reports", type=int, default=50)
    parser.add_argument("--units", type=int, default=0, help="share this many units")
    parser.add_argument("--activities-only", action="store_true", help="record, never submit")
    args = parser.parse_args()
    engine, cleanup = throwaway_database(url=args.database_url, name="concurrency")
    try:
        run(args, engine)
    finally:
        cleanup()


def run(args: argparse.Namespace, engine: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
    from lantoa.campaigns.services import campaign_create
    from lantoa.organization.demo import province_load_demo
    from lantoa.organization.models import Unit, UnitKind, UnitState
    from lantoa.reporting.models import Activity, Submission, UnitCampaignSummary
    from lantoa.reporting.services import report_request_create, summaries_refresh

    call_command("migrate", verbosity=0)
    board = province_load_demo()
    # Reporters outnumber the active units: two reporters of one unit then answer different
    # report requests, so every (request, unit) pair is submitted exactly once.
    units = list(
        Unit.objects.filter(state=UnitState.ACTIVE).exclude(kind=UnitKind.BOARD).order_by("code")
    )[: args.units or args.reporters]
    blocks = -(-args.reporters // len(units))
    campaign = campaign_create(
        owner=board,
        proposal=CampaignProposal(
            title="Đợt thử tải",
            subject_type="Kết luận",
            groups=[
                GroupProposal(
                    heading="Các đơn vị",
                    unit_ids=[unit.pk for unit in units],
                    tasks=[TaskProposal(text="Tuyên truyền trên loa truyền thanh")],
                )
            ],
        ),
        user=None,
    )
    requests = [
        report_request_create(
            campaign=campaign,
            title=f"Báo cáo kỳ {index + 1}",
            due_date=datetime.date(2026, 12, 31),
            user=None,
            units=units,
        )
        for index in range(args.reports * blocks)
    ]
    ids = [request.pk for request in requests]
    connections.close_all()
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(args.reporters + 1)
    results = context.Queue()
    processes = []
    for index in range(args.reporters):
        block = ids[(index // len(units)) * args.reports : (index // len(units) + 1) * args.reports]
        unit = units[index % len(units)]
        processes.append(
            context.Process(
                target=reporter,
                args=(unit.pk, block, barrier, results, not args.activities_only),
            )
        )
    for process in processes:
        process.start()
    barrier.wait()
    started = time.perf_counter()
    outcomes = [results.get() for _ in processes]
    elapsed = time.perf_counter() - started
    for process in processes:
        process.join()
    errors = [error for _unit, _done, unit_errors, _t in outcomes for error in unit_errors]
    stored = Submission.objects.filter(request__campaign=campaign).count()
    activities = Activity.objects.filter(campaign=campaign).count()
    expected = args.reporters * args.reports
    print(
        f"{engine}: {args.reporters} reporters ({len(units)} units) × {args.reports} reports = "
        f"{expected} submissions, each after recording an activity"
    )
    print(
        f"  stored {stored} submissions and {activities} activities, {len(errors)} errors, "
        f"in {elapsed:.1f} s ({stored / elapsed:.0f} submissions/s)"
    )
    for error in sorted(set(errors))[:5]:
        print(f"  error: {error}")
    kept = summary_rows(UnitCampaignSummary, campaign)
    summaries_refresh(campaign=campaign, units=units)
    recounted = summary_rows(UnitCampaignSummary, campaign)
    print(
        f"  summaries kept by the writers equal a full recount: {kept == recounted} "
        f"({len(recounted)} units)"
    )


def summary_rows(model: object, campaign: object) -> dict[int, tuple[object, ...]]:
    """Return each unit's summary figures, to compare before and after a recount."""
    return {
        row[0]: row[1:]
        for row in model.objects.filter(campaign=campaign).values_list(  # type: ignore[attr-defined]
            "unit_id", "activities", "by_channel", "figures", "tasks_done", "last_activity"
        )
    }


if __name__ == "__main__":
    main()
