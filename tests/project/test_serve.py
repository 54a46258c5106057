import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from tests.installs import Install


@pytest.fixture
def installed(tmp_path, migrated_install: Install) -> Iterator[Install]:
    """A copy of the session's migrated installation: `serve` finds no migration to apply."""
    install = migrated_install.copy_to(tmp_path / "lantoa")
    yield install
    install.drop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_it_serves_pages_with_its_worker_and_stops_both_on_ctrl_c(installed):
    port = free_port()
    env = installed.env
    process = subprocess.Popen(
        [sys.executable, "-m", "lantoa", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/tai-khoan/dang-nhap/"
                ) as response:
                    status = response.status
                    body = response.read().decode()
                break
            except OSError:
                time.sleep(0.2)
        assert status == 200
        assert "Đăng nhập" in body
        workers = subprocess.run(
            ["pgrep", "-f", "lantoa db_worker", "-s", str(process.pid)],
            capture_output=True,
            text=True,
        ).stdout.split()
        assert workers, "the background worker is not running"
    finally:
        _stopped_clean(process, seconds=30)


def test_it_lets_the_forwarded_headers_reach_the_app_only_behind_a_proxy(settings, monkeypatch):
    """Waitress drops X-Forwarded-For by default: the app would see one address for everybody."""
    import waitress

    from lantoa.project import server

    seen: list[bool] = []

    def fake_create_server(application, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs["clear_untrusted_proxy_headers"])
        raise OSError("stop here")

    monkeypatch.setattr(waitress, "create_server", fake_create_server)
    for behind in (False, True):
        settings.LANTOA_BEHIND_PROXY = behind
        with pytest.raises(server.ServeError):
            server.serve(
                host="127.0.0.1",
                port=1,
                threads=1,
                with_worker=False,
                before_start=lambda: None,
                announce=lambda text: None,
            )
    assert seen == [True, False]


def _wait_until_served(port: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the server did not answer")


def _children(pid: int) -> set[str]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return set(found.stdout.split())


def test_it_serves_one_port_from_several_processes_and_restarts_one_that_dies(installed):
    port = free_port()
    env = installed.env
    env["LANTOA_SERVE_PROCESSES"] = "2"
    process = subprocess.Popen(
        [sys.executable, "-m", "lantoa", "serve", "--port", str(port), "--no-worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        _wait_until_served(port)
        first = _children(process.pid)
        assert len(first) == 2, first
        # A second server on the same port is refused, though ours listen with SO_REUSEPORT.
        second = subprocess.run(
            [sys.executable, "-m", "lantoa", "serve", "--port", str(port), "--processes", "2"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode != 0
        assert "không mở được cổng" in second.stderr
        os.kill(int(min(first)), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            now = _children(process.pid)
            if len(now) == 2 and now != first:
                break
            time.sleep(0.2)
        assert len(now) == 2 and min(first) not in now, now
        for _ in range(6):  # new connections, spread by the kernel over both processes
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 200
    finally:
        _stopped_clean(process, seconds=60)


def test_it_takes_the_number_of_processes_from_the_setting(settings, monkeypatch):
    from django.core.management import call_command

    from lantoa.project.management.commands import serve as serve_command

    seen: dict[str, object] = {}
    monkeypatch.setattr(serve_command, "serve", lambda **kwargs: seen.update(kwargs))
    settings.LANTOA_SERVE_PROCESSES = 3
    call_command("serve", "--no-worker")
    assert seen["processes"] == 3
    call_command("serve", "--no-worker", "--processes", "1")
    assert seen["processes"] == 1


def _stopped_clean(process: subprocess.Popen[str], *, seconds: int) -> None:
    """Ctrl-C the server's session; it must exit 0 and leave no process of it running."""
    os.killpg(process.pid, signal.SIGINT)
    output, _ = process.communicate(timeout=seconds)
    assert process.returncode == 0, output
    time.sleep(0.5)
    left = subprocess.run(["pgrep", "-s", str(process.pid)], capture_output=True, text=True)
    assert left.stdout.strip() == "", "a process of the server is still running"


def test_it_starts_the_worker_without_repeating_the_system_checks(monkeypatch):
    from lantoa.project import server

    started: list[list[str]] = []
    monkeypatch.setattr(server.subprocess, "Popen", lambda command, env: started.append(command))
    server.worker_start()
    server.worker_start(quiet=True)
    # `serve` ran them on the same code and settings before it starts the worker.
    assert all("--skip-checks" in command for command in started)
