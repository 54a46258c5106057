"""Run a request-counting script in two real processes on one SQLite file, started together."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

CREATE_TABLE = """
import django
django.setup()
from django.db import connection
from lantoa.accounts.models import RequestCount
with connection.schema_editor() as editor:
    editor.create_model(RequestCount)
"""
# What each script starts with: Django set up, then a wait for the test's go file (argv[1]).
PRELUDE = """
import os, sys, time
import django
django.setup()
"""
WAIT_FOR_GO = """
while not os.path.exists(sys.argv[1]):
    time.sleep(0.01)
"""


def allowed_in_two_processes(tmp_path: Path, *, setup: str, count: str) -> list[int]:
    """Run `setup`, wait for go, print `count` in two processes; return what each printed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = str(tmp_path)  # a SQLite file both processes open
    env["DJANGO_SETTINGS_MODULE"] = "lantoa.project.settings"
    subprocess.run([sys.executable, "-c", CREATE_TABLE], env=env, check=True, timeout=120)
    script = PRELUDE + setup + WAIT_FOR_GO + f"print({count})\n"
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(go)], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    # 200 requests in one clock minute: start them well before the minute turns.
    while time.time() % 60 > 40:
        time.sleep(1)
    go.touch()
    return [int(worker.communicate(timeout=120)[0]) for worker in workers]
