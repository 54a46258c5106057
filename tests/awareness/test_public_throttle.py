"""The answer pages' throttle counts posts in the database, so the limit holds across processes."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import time

import pytest
from django.utils import timezone

from lantoa.awareness.models import PublicPostCount
from lantoa.awareness.public import POSTS_PER_WINDOW
from lantoa.awareness.services_public import public_post_count, public_post_counts_prune

CREATE_TABLE = """
import django
django.setup()
from django.db import connection
from lantoa.awareness.models import PublicPostCount
with connection.schema_editor() as editor:
    editor.create_model(PublicPostCount)
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


@pytest.mark.django_db
def test_it_counts_each_address_and_minute_apart():
    now = timezone.now()
    later = now + datetime.timedelta(minutes=1)
    assert [public_post_count(scope="c:10.0.0.1", now=now) for _ in range(3)] == [1, 2, 3]
    assert public_post_count(scope="c:10.0.0.2", now=now) == 1
    assert public_post_count(scope="c:10.0.0.1", now=later) == 1


@pytest.mark.django_db
def test_it_prunes_the_counts_of_past_minutes():
    now = timezone.now()
    for minutes in (0, 1, 5):
        public_post_count(scope="c:10.0.0.1", now=now - datetime.timedelta(minutes=minutes))
    assert public_post_counts_prune(now=now) == 1
    assert PublicPostCount.objects.count() == 2


@pytest.mark.django_db
def test_it_keeps_no_client_address_in_the_counts():
    public_post_count(scope="c:203.0.113.7")
    stored = PublicPostCount.objects.get()
    assert "203.0.113.7" not in stored.scope
    assert len(stored.scope) == 64
