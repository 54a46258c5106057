"""Runs the WSGI server and the background worker together, and stops both on Ctrl-C."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import types
from collections.abc import Callable

from lantoa.project.daily_jobs import DailyJobClock

WORKER_STOP_SECONDS = 15


class ServeError(Exception):
    """The server cannot start, with a message for the operator."""


def worker_start(*, quiet: bool = False) -> subprocess.Popen[bytes]:
    """Start the database task worker as a child process; quiet, it says only what went wrong."""
    env = os.environ.copy()
    command = [sys.executable, "-m", "lantoa", "db_worker", "--queue-name", "*", "--interval", "1"]
    if quiet:
        # The demo's terminal keeps its logins on screen: no line per task, warnings still shown.
        env["LANTOA_LOG_LEVEL"] = "WARNING"
        command += ["--verbosity", "0"]
    return subprocess.Popen(command, env=env)


def worker_stop(worker: subprocess.Popen[bytes]) -> None:
    """Ask the worker to finish its current task and exit, killing it only if it hangs."""
    if worker.poll() is not None:
        return
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(WORKER_STOP_SECONDS)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


def serve(
    *,
    host: str,
    port: int,
    threads: int,
    with_worker: bool,
    before_start: Callable[[], None],
    announce: Callable[[str], None],
    quiet: bool = False,
) -> None:
    """Bind the port first (so a taken port fails at once), prepare, then serve until stopped."""
    from django.conf import settings
    from waitress import create_server

    from lantoa.project.wsgi import application  # builds the WSGI app: only when serving

    try:
        # Waitress drops X-Forwarded-* unless told which proxy to trust; behind our proxy the
        # app decides itself (core/network.py, SECURE_PROXY_SSL_HEADER), so they must reach it.
        server = create_server(
            application,
            host=host,
            port=port,
            threads=threads,
            clear_untrusted_proxy_headers=not settings.LANTOA_BEHIND_PROXY,
        )
    except OSError as exc:
        raise ServeError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc} "
            "(is another lantoa already running? choose another --port)"
        ) from None
    worker = None
    clock = None
    try:
        before_start()
        if with_worker:
            worker = worker_start(quiet=quiet)
            # Daily jobs without cron: enqueue once a day; each job runs once per date.
            clock = DailyJobClock()
            clock.start()

        def stop(signum: int, frame: types.FrameType | None) -> None:
            raise KeyboardInterrupt

        # Explicit handlers: a shell may start us with SIGINT ignored.
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        if quiet:
            # The routine lines of the server and the daily clock would push the last lines off.
            for name in ("waitress", "lantoa.project.daily_jobs"):
                logging.getLogger(name).setLevel(logging.WARNING)
        announce(f"Lan Tỏa is serving on http://{host}:{port}/ (Ctrl-C to stop)")
        server.run()  # waitress returns here after KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    finally:
        announce("Stopping the server and the worker…")
        server.close()
        if clock is not None:
            clock.stop()
        if worker is not None:
            worker_stop(worker)
