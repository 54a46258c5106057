"""The answer pages' throttle counts posts in the database, so the limit holds across processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from lantoa.awareness.public import POSTS_PER_WINDOW

CREATE_TABLE = """
import django
django.setup()
from django.db import connection
from lantoa.accounts.models import RequestCount
with connection.schema_editor() as editor:
    editor.create_model(RequestCount)
"""

# One server process: posts 100 times from one address once the test says go.
POSTER = """
import os, sys, time
import django
django.setup()
from django.test import RequestFactory
from lantoa.awareness.public import throttled
request = RequestFactory().post("/cuoc-thi/ABCDEF/", REMOTE_ADDR="10.1.2.3")
while not os.path.exists(sys.argv[1]):
    time.sleep(0.01)
print(sum(not throttled(request, code="contest-ABCDEF") for _ in range(100)))
"""


def _env(tmp_path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = str(tmp_path)  # a SQLite file both processes open
    env["DJANGO_SETTINGS_MODULE"] = "lantoa.project.settings"
    return env


def test_it_holds_the_limit_across_two_processes(tmp_path):
    env = _env(tmp_path)
    subprocess.run([sys.executable, "-c", CREATE_TABLE], env=env, check=True, timeout=120)
    go = tmp_path / "go"
    posters = [
        subprocess.Popen(
            [sys.executable, "-c", POSTER, str(go)], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    # 200 posts in one clock minute: start them well before the minute turns.
    while time.time() % 60 > 40:
        time.sleep(1)
    go.touch()
    allowed = [int(poster.communicate(timeout=120)[0]) for poster in posters]
    assert sum(allowed) == POSTS_PER_WINDOW, allowed
    assert all(allowed), "both processes posted"
