"""End-to-end Excel import of a 10,000-row workbook, against openpyxl's bare read-only pass.

    .venv/bin/python benchmarks/reporting_excel_import.py [--rows N] [--database-url URL]

Builds a throwaway database with the demo (as `lantoa demo --no-serve` loads it), writes the
board's workbook for the KL 51 campaign with N new rows spread over its communes, then times
the import as the worker runs it: size and zip checks, the parse in a child process with
memory and time limits, the plan (every row checked with activity_errors), and the apply in
one transaction with history. It then downloads the workbook again (now keyed) and imports it
unchanged, and times openpyxl.load_workbook(read_only=True) iterating the same file.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _throwaway_db import throwaway_database  # noqa: E402

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from lantoa.campaigns.models import Campaign


def build_workbook(campaign: Campaign, rows: int, rng: random.Random) -> bytes:
    """Return the board's workbook of the campaign with `rows` new activities appended."""
    import openpyxl

    from lantoa.campaigns.models import Assignment, Channel
    from lantoa.campaigns.window import campaign_start
    from lantoa.organization.models import Unit, UnitKind
    from lantoa.reporting.excel.layout import COLUMNS, SHEET, channel_labels, task_labels
    from lantoa.reporting.excel.template import board_workbook
    from lantoa.reporting.figures import figures_for

    communes = list(
        Unit.objects.filter(
            assignments__task__campaign=campaign, kind__in=[UnitKind.COMMUNE, UnitKind.WARD]
        )
        .distinct()
        .order_by("code")
    )
    tasks: dict[int, list[int]] = {}
    for unit_id, task_id in Assignment.objects.filter(task__campaign=campaign).values_list(
        "unit_id", "task_id"
    ):
        tasks.setdefault(unit_id, []).append(task_id)
    labels = task_labels(campaign)
    channels = channel_labels()
    first = campaign_start(campaign) or datetime.date(2026, 6, 18)
    last = min(campaign.peak_end or datetime.date.today(), datetime.date.today())
    days = max(1, (last - first).days)
    book = openpyxl.load_workbook(io.BytesIO(board_workbook(campaign=campaign)))
    sheet = book[SHEET]
    fields = list(COLUMNS)
    start = sheet.max_row + 1
    while sheet.cell(start - 1, fields.index("title") + 1).value is None and start > 2:
        start -= 1
    for index in range(rows):
        unit = communes[index % len(communes)]
        channel = rng.choice(list(Channel.values))
        values: dict[str, object] = {
            "unit": unit.code,
            "date": first + datetime.timedelta(days=rng.randrange(days)),
            "channel": channels[channel],
            "title": f"Hoạt động tuyên truyền số {index + 1}",
        }
        if unit.pk in tasks and rng.random() < 0.7:
            values["task"] = labels[rng.choice(tasks[unit.pk])]
        for name in figures_for(channel):
            values[name] = rng.randrange(0, 30)
        for name, value in values.items():
            sheet.cell(start + index, fields.index(name) + 1).value = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bare_pass(path: Path) -> float:
    """Return the seconds openpyxl takes to iterate every row of the sheet, read-only."""
    import openpyxl

    started = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in book["Hoạt động"].iter_rows(values_only=True))
    book.close()
    assert count > 0
    return time.perf_counter() - started


def timed_import(path: Path, campaign: Campaign, user: User | None) -> dict[str, float]:
    """Run the import like the worker does, returning the seconds of each step."""
    from django.core.files import File

    from lantoa.reporting.excel.importer import (
        excel_import_apply,
        excel_import_apply_start,
        excel_import_check,
        excel_import_start,
    )

    times: dict[str, float] = {}
    started = time.perf_counter()
    cpu = time.process_time()
    with path.open("rb") as handle:
        upload = excel_import_start(
            campaign=campaign,
            user=user,
            filename=path.name,
            content=File(handle, name=path.name),
            enqueue=False,
        )
    times["store"] = time.perf_counter() - started
    mark = time.perf_counter()
    excel_import_check(upload=upload)
    times["check+parse+plan"] = time.perf_counter() - mark
    if upload.status != "preview":
        raise SystemExit(f"import did not preview: {upload.message} {upload.plan.get('errors')}")
    counts = upload.plan["counts"]
    mark = time.perf_counter()
    if counts["new"] or counts["changed"]:
        excel_import_apply_start(upload=upload, user=user, enqueue=False)
        excel_import_apply(upload=upload)
        if upload.status != "applied":
            raise SystemExit(f"apply failed: {upload.message}")
    times["apply"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - started
    times["cpu"] = time.process_time() - cpu
    times["rows"] = counts["rows"]
    times["new"] = counts["new"]
    times["unchanged"] = counts["unchanged"]
    return times


def stage_split(path: Path) -> dict[str, float]:
    """Time the safety check and the child-process parse on their own."""
    from lantoa.core.isolation import parse_in_child
    from lantoa.core.uploads import check_upload
    from lantoa.reporting.excel.layout import reader_spec
    from lantoa.reporting.excel.reader import read_workbook

    mark = time.perf_counter()
    check_upload(path, filename=path.name, allowed={".xlsx"})
    checked = time.perf_counter() - mark
    mark = time.perf_counter()
    parse_in_child(read_workbook, str(path), reader_spec(), seconds=120)
    return {"check": checked, "child parse": time.perf_counter() - mark}


def main() -> None:
    """Build the data, run the imports, print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    engine, clean_up = throwaway_database(url=args.database_url, name="excel")
    try:
        import django

        django.setup()
        from django.core.management import call_command

        from lantoa.guidance.demo import campaign_load_demo
        from lantoa.project.demo import demo_load
        from lantoa.reporting.excel.template import board_workbook
        from lantoa.reporting.models import Activity, ActivityChange

        call_command("migrate", interactive=False, verbosity=0)
        demo_load()
        campaign = campaign_load_demo()
        folder = Path(tempfile.mkdtemp(prefix="lantoa-excel-bench-"))
        path = folder / "tong-hop.xlsx"
        path.write_bytes(build_workbook(campaign, args.rows, random.Random(51)))
        before = Activity.objects.count()
        size = path.stat().st_size
        print(f"Database: {engine}; workbook {size / 1024 / 1024:.1f} MB, {args.rows:,} new rows")
        cold = time.perf_counter()
        stage_split(path)  # also starts the parser's fork server, as a running worker has it
        print(f"parser process cold start + first check/parse: {time.perf_counter() - cold:.2f} s")
        split = stage_split(path)
        bare = bare_pass(path)
        first = timed_import(path, campaign, None)
        added = Activity.objects.count() - before
        assert added == args.rows, (added, args.rows)
        history = ActivityChange.objects.filter(source="excel").count()
        again = folder / "tai-lai.xlsx"
        again.write_bytes(board_workbook(campaign=campaign))
        bare_again = bare_pass(again)
        second = timed_import(again, campaign, None)
        assert Activity.objects.count() - before == args.rows
        print(
            f"openpyxl bare read_only pass: {bare:.2f} s "
            f"(check {split['check']:.2f} s, child parse {split['child parse']:.2f} s alone)"
        )
        for label, run, bare_time in (
            ("first import (new rows)", first, bare),
            ("same workbook again (unchanged rows)", second, bare_again),
        ):
            rate = run["rows"] / run["total"]
            print(
                f"{label}: {run['rows']:,.0f} rows in {run['total']:.2f} s = {rate:,.0f} rows/s "
                f"[store {run['store']:.2f} s, check+parse+plan {run['check+parse+plan']:.2f} s, "
                f"apply {run['apply']:.2f} s]; ratio to openpyxl bare pass: "
                f"{run['total'] / bare_time:.2f}×; CPU of this process {run['cpu']:.2f} s "
                "(the child's parse not included)"
            )
        print(f"history rows written: {history:,}; activities added: {added:,}")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        clean_up()


if __name__ == "__main__":
    main()
