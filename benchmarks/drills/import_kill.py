"""Drill: the worker is SIGKILLed at random points of a large Excel import, then restarted.

The import must complete exactly once (every row stored once), and the same file imported
again must change nothing.

python benchmarks/drills/import_kill.py [--small] [--engine sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import django_setup, fresh_install, lantoa  # noqa: E402

SETUP = (
    "from lantoa.guidance.demo import campaign_load_demo; campaign_load_demo();"
    "from lantoa.accounts.demo import demo_users_create; demo_users_create()"
)


def with_row_keys(data: bytes) -> bytes:
    """Give every filled row a key, as the template does for the blank rows it offers."""
    import io
    import uuid

    import openpyxl

    from lantoa.reporting.excel.layout import COLUMNS, SHEET

    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book[SHEET]
    key_column, title_column = list(COLUMNS).index("key") + 1, list(COLUMNS).index("title") + 1
    for number in range(2, sheet.max_row + 1):
        if sheet.cell(number, title_column).value and not sheet.cell(number, key_column).value:
            sheet.cell(number, key_column, str(uuid.uuid4()))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "lantoa", "db_worker", "--queue-name", "*", "--interval", "0.2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def drill(engine: str, rows: int, kills: int, seed: int) -> bool:
    rng = random.Random(seed)
    with fresh_install(engine) as env:
        lantoa(env, "shell", "-c", SETUP)
        os.environ.update(env)
        django_setup()
        from django.contrib.auth import get_user_model
        from django.db import close_old_connections
        from reporting_excel_import import build_workbook

        from lantoa.campaigns.models import Campaign
        from lantoa.reporting.excel.importer import (
            excel_import_apply_start,
            excel_import_check,
            excel_import_start,
            excel_imports_resume,
        )
        from lantoa.reporting.models import Activity, ExcelImport, ExcelImportStatus

        campaign = Campaign.objects.get()
        board = get_user_model().objects.get(username="bantuyengiao")
        data = with_row_keys(build_workbook(campaign, rows, rng))
        before = Activity.objects.count()
        upload = excel_import_start(
            campaign=campaign, user=board, filename="drill.xlsx", content=data, enqueue=False
        )
        excel_import_check(upload=upload)
        if upload.status != ExcelImportStatus.PREVIEW:
            print(f"{engine}: the workbook did not preview: {upload.message}")
            return False
        excel_import_apply_start(upload=upload, user=board, enqueue=True)
        close_old_connections()
        started = time.monotonic()
        done_kills = 0
        while True:
            worker = start_worker(env)
            if done_kills < kills:
                time.sleep(rng.uniform(0.5, 4.0))
                worker.send_signal(signal.SIGKILL)
                worker.wait()
                done_kills += 1
                status = ExcelImport.objects.get(pk=upload.pk).status
                print(f"{engine}: worker killed ({done_kills}/{kills}); import is {status}")
                if status == ExcelImportStatus.APPLIED:
                    break
                resumed = excel_imports_resume()  # what `lantoa serve` does at start-up
                close_old_connections()
                print(f"{engine}: restarted, {resumed} import(s) queued again")
                continue
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline:
                if ExcelImport.objects.get(pk=upload.pk).status != ExcelImportStatus.APPLYING:
                    break
                time.sleep(0.5)
            worker.terminate()
            worker.wait(30)
            break
        upload.refresh_from_db()
        added = Activity.objects.count() - before
        again = excel_import_start(
            campaign=campaign, user=board, filename="drill.xlsx", content=data, enqueue=False
        )
        excel_import_check(upload=again)
        counts = again.plan.get("counts", {})
        unchanged = not (counts.get("new") or counts.get("changed"))
        ok = upload.status == ExcelImportStatus.APPLIED and added == rows and unchanged
        print(
            f"{engine}: {rows:,} rows, {done_kills} kills: import {upload.status}, "
            f"{added:,} activities stored (expected {rows:,}); the same file again: "
            f"{counts.get('new', 0):,} new, {counts.get('changed', 0):,} changed; "
            f"{time.monotonic() - started:.1f} s — {'OK' if ok else 'FAILED'}"
        )
        return ok


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    rows, kills = (2_000, 2) if args.small else (50_000, 3)
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    results = []
    for engine in engines:
        # One Django per process: each engine in its own child.
        results.append(
            subprocess.run(
                [sys.executable, __file__, "--one", engine, str(rows), str(kills)]
            ).returncode
            == 0
        )
    raise SystemExit(0 if all(results) else 1)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        ok = drill(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), seed=51)
        raise SystemExit(0 if ok else 1)
    main()
