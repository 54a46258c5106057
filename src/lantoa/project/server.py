"""Runs the WSGI server and the background worker together, and stops both on Ctrl-C."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import types
from collections.abc import Callable
from typing import Any, NoReturn

from lantoa.project.daily_jobs import DailyJobClock

WORKER_STOP_SECONDS = 15
# Seconds a server process has to finish its requests after Ctrl-C before it is killed.
PROCESS_STOP_SECONDS = 15
LISTEN_BACKLOG = 1024
# The line said once the pages are served (`lantoa demo` prints the logins after it).
SERVING = "Lan Tỏa đang chạy tại"

log = logging.getLogger(__name__)


class ServeError(Exception):
    """The server cannot start, with a message for the operator."""


def worker_start(*, quiet: bool = False) -> subprocess.Popen[bytes]:
    """Start the database task worker as a child process; quiet, it says only what went wrong."""
    env = os.environ.copy()
    command = [sys.executable, "-m", "lantoa", "db_worker", "--queue-name", "*", "--interval", "1"]
    # `serve` has just run the system checks on the same code and settings: run again in the
    # worker they only delay it (about 0.8 CPU s, most of it importing every view for the URLs).
    command.append("--skip-checks")
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


def _stop_on_signals() -> None:
    def stop(signum: int, frame: types.FrameType | None) -> None:
        raise KeyboardInterrupt

    # Explicit handlers: a shell may start us with SIGINT ignored.
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def _waitress_options(threads: int) -> dict[str, Any]:
    from django.conf import settings

    # Waitress drops X-Forwarded-* unless told which proxy to trust; behind our proxy the
    # app decides itself (core/network.py, SECURE_PROXY_SSL_HEADER), so they must reach it.
    return {
        "threads": threads,
        "clear_untrusted_proxy_headers": not settings.LANTOA_BEHIND_PROXY,
    }


def _cannot_listen(host: str, port: int, exc: OSError) -> ServeError:
    return ServeError(
        f"không mở được cổng {host}:{port}: {exc.strerror or exc} "
        "(có thể một lantoa khác đang chạy; hãy chọn --port khác)"
    )


def listeners_bind(*, host: str, port: int, processes: int) -> list[list[socket.socket]]:
    """Bind, for each process, its own sockets on the port with SO_REUSEPORT (Linux)."""
    if not hasattr(socket, "SO_REUSEPORT"):
        raise ServeError("--processes lớn hơn 1 cần SO_REUSEPORT (Linux); hãy dùng --processes 1")
    try:
        addresses = {
            (family, address[:2])
            for family, _, _, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        }
        for family, address in addresses:
            # Without SO_REUSEPORT this bind fails if anything listens there, another lantoa
            # started with --processes too: ours would otherwise share the port with it.
            with socket.socket(family, socket.SOCK_STREAM) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                probe.bind(address)
        groups = []
        for _ in range(processes):
            group = []
            for family, address in sorted(addresses):
                sock = socket.socket(family, socket.SOCK_STREAM)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if family == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                sock.bind(address)
                sock.listen(LISTEN_BACKLOG)
                group.append(sock)
            groups.append(group)
    except OSError as exc:
        raise _cannot_listen(host, port, exc) from None
    return groups


def _process_run(sockets: list[socket.socket], threads: int) -> NoReturn:
    """Serve on the given sockets in this forked process until told to stop, then exit."""
    from waitress import create_server

    from lantoa.project.wsgi import application

    code = 0
    try:
        _stop_on_signals()
        server = create_server(application, sockets=sockets, **_waitress_options(threads))
        server.run()  # returns after KeyboardInterrupt
        server.close()
    except KeyboardInterrupt:
        pass
    except BaseException:  # noqa: BLE001 - the parent restarts us; the reason goes to the log
        log.exception("a server process failed")
        code = 1
    finally:
        logging.shutdown()
    os._exit(code)


def _process_start(sockets: list[socket.socket], threads: int) -> int:
    from django.db import connections

    # A connection open across fork would be shared by two processes.
    connections.close_all()
    pid = os.fork()
    if pid == 0:
        _process_run(sockets, threads)
    return pid


def _processes_stop(pids: list[int]) -> None:
    """Ask each server process to finish its requests and exit; kill any that hangs."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + PROCESS_STOP_SECONDS
    waiting = set(pids)
    while waiting:
        for pid in list(waiting):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                waiting.discard(pid)
        if waiting and time.monotonic() > deadline:
            for pid in waiting:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            return
        time.sleep(0.05)


def _processes_watch(groups: list[list[socket.socket]], pids: list[int], threads: int) -> None:
    """Restart a server process that died, until the parent is stopped (KeyboardInterrupt)."""
    while True:
        time.sleep(1)
        for index, pid in enumerate(pids):
            # waitpid on each pid, never -1: the worker is our child too, owned by its Popen.
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                log.warning("server process %s ended (status %s); starting another", pid, status)
                pids[index] = _process_start(groups[index], threads)


def serve(
    *,
    host: str,
    port: int,
    threads: int,
    with_worker: bool,
    before_start: Callable[[], None],
    announce: Callable[[str], None],
    quiet: bool = False,
    processes: int = 1,
) -> None:
    """Bind the port first (so a taken port fails at once), prepare, then serve until stopped.

    With processes above 1, that many forked waitress processes listen on the same port with
    SO_REUSEPORT (the kernel spreads connections among them); the worker and the daily clock
    still run once, in this process.
    """
    from waitress import create_server

    from lantoa.project.wsgi import application  # builds the WSGI app: only when serving

    server = None
    groups: list[list[socket.socket]] = []
    if processes > 1:
        groups = listeners_bind(host=host, port=port, processes=processes)
    else:
        try:
            server = create_server(application, host=host, port=port, **_waitress_options(threads))
        except OSError as exc:
            raise _cannot_listen(host, port, exc) from None
    worker = None
    clock = None
    pids: list[int] = []
    try:
        before_start()
        _stop_on_signals()
        if quiet:
            # The routine lines of the server and the daily clock would push the last lines off.
            for name in ("waitress", "lantoa.project.daily_jobs"):
                logging.getLogger(name).setLevel(logging.WARNING)
        # Forked before any thread starts: a child inherits no lock held by another thread.
        pids = [_process_start(group, threads) for group in groups]
        if with_worker:
            worker = worker_start(quiet=quiet)
            # Daily jobs without cron: enqueue once a day; each job runs once per date.
            clock = DailyJobClock()
            clock.start()
        announce(f"{SERVING} http://{host}:{port}/ (Ctrl-C để dừng)")
        if server is not None:
            server.run()  # waitress returns here after KeyboardInterrupt
        else:
            _processes_watch(groups, pids, threads)
    except KeyboardInterrupt:
        pass
    finally:
        announce("Đang dừng máy chủ và tiến trình nền…")
        if server is not None:
            server.close()
        _processes_stop(pids)
        for sock in (sock for group in groups for sock in group):
            sock.close()
        if clock is not None:
            clock.stop()
        if worker is not None:
            worker_stop(worker)
