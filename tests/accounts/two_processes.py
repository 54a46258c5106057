"""Run a request-counting script in two real processes on one SQLite file, started together."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# What each script starts with: Django set up, and the counter's clock held at the second the
# test chose (argv[1]), so both processes count in one minute without waiting for the clock.
PRELUDE = """
import datetime, sys
from types import SimpleNamespace
import django
django.setup()
from lantoa.accounts import services_throttle
held = datetime.datetime.fromtimestamp(int(sys.argv[1]), tz=datetime.UTC)
services_throttle.timezone = SimpleNamespace(now=lambda: held)
"""
# The first process makes the table both count in before it says it is ready.
CREATE_TABLE = """
from django.db import connection
from lantoa.accounts.models import RequestCount
with connection.schema_editor() as editor:
    editor.create_model(RequestCount)
"""
# Each process says it is ready, then waits for the test's go line on its stdin.
READY_THEN_GO = """
print("ready", flush=True)
sys.stdin.readline()
"""


def allowed_in_two_processes(tmp_path: Path, *, setup: str, count: str) -> list[int]:
    """Run `setup`, wait for go, print `count` in two processes; return what each printed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = str(tmp_path)  # a SQLite file both processes open
    env["DJANGO_SETTINGS_MODULE"] = "lantoa.project.settings"
    # 200 requests in one clock minute: the counter's clock stands at a minute's first second.
    held = str(int(time.time()) // 60 * 60 + 1)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", PRELUDE + first + setup + READY_THEN_GO + f"print({count})\n"]
            + [held],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for first in (CREATE_TABLE, "")
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        return [int(worker.communicate(timeout=120)[0]) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
