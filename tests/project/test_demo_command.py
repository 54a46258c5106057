"""`lantoa demo` prints the logins last, once the server runs, and keeps the worker quiet."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from lantoa.accounts.demo import DEMO_LOGINS
from lantoa.project import server
from lantoa.project.demo import DemoSummary
from lantoa.project.management.commands import demo as demo_command

pytestmark = pytest.mark.django_db


def test_it_prints_the_logins_after_the_server_starts(monkeypatch):
    monkeypatch.setattr(
        demo_command, "demo_load", lambda: DemoSummary(units=185, logins=DEMO_LOGINS)
    )
    seen: dict[str, object] = {}

    def fake_serve(**kwargs: object) -> None:
        seen.update(kwargs)
        announce = kwargs["announce"]
        announce(f"{server.SERVING} http://127.0.0.1:8000/ (Ctrl-C để dừng)")  # type: ignore[operator]

    monkeypatch.setattr(demo_command, "serve", fake_serve)
    out = io.StringIO()
    call_command("demo", stdout=out)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    serving = next(i for i, line in enumerate(lines) if "Lan Tỏa đang chạy tại http://" in line)
    logins = [i for i, line in enumerate(lines) if line.strip().startswith("bantuyengiao")]
    assert logins and logins[0] > serving
    assert all("bantuyengiao" not in line for line in lines[:serving])
    assert seen["quiet"] is True and seen["with_worker"] is True


def test_it_starts_a_quiet_worker_that_still_reports_warnings(monkeypatch):
    started: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.setattr(
        server.subprocess, "Popen", lambda command, env: started.append((command, env))
    )
    server.worker_start(quiet=True)
    server.worker_start()
    (quiet_command, quiet_env), (loud_command, loud_env) = started
    assert quiet_command[-2:] == ["--verbosity", "0"] and quiet_env["LANTOA_LOG_LEVEL"] == "WARNING"
    assert "--verbosity" not in loud_command
    assert (
        loud_env.get("LANTOA_LOG_LEVEL") != "WARNING"
        or "LANTOA_LOG_LEVEL" in __import__("os").environ
    )
